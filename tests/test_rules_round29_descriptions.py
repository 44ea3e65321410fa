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


MIDFIELDER = ("Molde want 6m pounds for the midfielder, but chief executive Tom Reed has confirmed the club "
              "are still in talks with Halden. The 26-year-old has already handed in a transfer request.")


def test_an_unnamed_person_noun_keeps_the_age_open() -> None:
    # "the midfielder" is someone the text talks of: the one name of the window is no safer antecedent
    assert not any(t[0] == "Tom Reed" and t[1] == "HAND_IN" for t in fact_triples(MIDFIELDER))
    with ablated(["unnamed-person-object"]):
        assert ("Tom Reed", "HAND_IN", "transfer request") in fact_triples(MIDFIELDER)


def test_a_person_noun_after_the_name_of_its_sentence_is_that_person() -> None:
    # "the sprinter" follows Dahl in its sentence and re-describes him: no unnamed person
    text = ("Jon Dahl won the 100m in Bergen. Dahl agreed the medal capped off a hard year for the sprinter. "
            "\"I think the medal is important,\" said the Molde-based athlete.")
    assert ("Jon Dahl", "SAY", "medal") in fact_triples(text)


WANTS = ("Halden have rejected a bid for the midfielder, but chief executive Tom Reed says the club are still "
         "in talks. The 26-year-old has already handed in a transfer request, and he wants a move to Bergen.")


def test_an_open_age_competes_for_the_he_after_it() -> None:
    assert not any(t[0] == "Tom Reed" and t[1] == "WANT" for t in fact_triples(WANTS))
    with ablated(["open-age"]):
        assert ("Tom Reed", "WANT", "move") in fact_triples(WANTS)
