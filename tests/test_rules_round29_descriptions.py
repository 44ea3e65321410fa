"""Round 29, person descriptions (desc29): a one-word name with a plural verb is a side, not a
person (plural-agreement-name), and a country's name is no person (country-named-person), so
neither ties with the player an age or an occupation re-describes."""

from __future__ import annotations

from factories import fact_triples as _facts

from kg.extract.registry import ablated


def fact_triples(text: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{text}\n")  # an article: the first line is its title


SIGNED = ("Molde have signed Halden midfielder Jon Dahl until the end of the season. "
          "\"It was an easy decision,\" the 29-year-old told the club's website.")


def test_a_side_with_a_plural_verb_does_not_tie_with_the_player() -> None:
    assert ("Jon Dahl", "SAY", "easy decision") in fact_triples(SIGNED)
    with ablated(["plural-agreement-name"]):
        assert ("Jon Dahl", "SAY", "easy decision") not in fact_triples(SIGNED)


def test_a_singular_verb_says_nothing_of_the_name() -> None:
    # "Molde has": the name may be a person's as far as agreement goes, so the age stays open
    text = SIGNED.replace("Molde have", "Molde has")
    assert not any(t[1] == "SAY" for t in fact_triples(text))


def test_two_players_named_keep_the_age_open() -> None:
    # the side is out, but two people fit "the 29-year-old": it stays unresolved
    text = ("Molde have signed Halden midfielders Jon Dahl and Tom Reed until the end of the season. "
            "\"It was an easy decision,\" the 29-year-old told the club's website.")
    assert not any(t[1] == "SAY" for t in fact_triples(text))


FACE = ("Jon Dahl will face Wales at Molde on Sunday. The striker, who missed the win over Denmark "
        "through injury, must attend a hearing on Wednesday.")


def test_a_country_is_no_person_for_the_player() -> None:
    assert ("Jon Dahl", "ATTEND", "hearing") in fact_triples(FACE)
    with ablated(["country-named-person"]):
        assert ("Jon Dahl", "ATTEND", "hearing") not in fact_triples(FACE)


def test_two_people_beside_the_country_keep_the_striker_open() -> None:
    text = FACE.replace("Jon Dahl will face", "Jon Dahl and Tom Reed will face")
    assert not any(t[1] == "ATTEND" for t in fact_triples(text))
