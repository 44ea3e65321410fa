"""References across sentences, round 23: a one-word stage name the tagger typed a firm or left
untyped is a person to "he" and "the singer" when the text gives it an occupation only a person
has (``occupation-named-person``: "soul star Vexo"), and an epithet anyone of renown is given
("star") rules out no occupation a description after it names (``neutral-kind-said``: "soul
star Vexo ... The singer"); and a name written after "the" ("the Bergen Palladium") is no
person the tagger mistyped, so it does not keep an epithet from the one person named before it
(``article-name``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

from factories import fact_triples

from kg.extract.registry import ablated, rule_names

_LEAD = ("Vexo leads awards\n\n"
         "Chart-topping soul star Vexo is leading the field at the Nordic Music Awards, with five nominations. ")


def test_the_rules_are_registered() -> None:
    assert {"occupation-named-person", "neutral-kind-said", "article-name"} <= set(rule_names())


def test_he_stands_for_a_star_the_tagger_called_a_firm() -> None:
    text = _LEAD + "He joined Nordlys Records last year.\n"
    assert ("Vexo", "JOIN", "Nordlys Records") in fact_triples(text)
    with ablated(["occupation-named-person"]):
        assert ("Vexo", "JOIN", "Nordlys Records") not in fact_triples(text)


def test_the_singer_is_the_star_just_named() -> None:
    text = _LEAD + "The singer, who grew up in Bergen, joined Nordlys Records last year.\n"
    facts = fact_triples(text)
    assert ("Vexo", "JOIN", "Nordlys Records") in facts
    assert ("Vexo", "GROW_UP", "Bergen") in facts
    for rule in ("occupation-named-person", "neutral-kind-said"):
        with ablated([rule]):
            assert ("Vexo", "JOIN", "Nordlys Records") not in fact_triples(text)


def test_a_band_stays_an_organisation() -> None:
    # "rock band Vexo": a kind of organisation said of the name; "he" after it is not the band
    text = ("Vexo sells out\n\nRock band Vexo sold out three nights in Bergen. "
            "He will tour Norway with Nordlys Records in the spring.\n")
    assert not any(s == "Vexo" and r == "TOUR" for s, r, _ in fact_triples(text))


def test_an_occupation_said_of_the_name_still_rules_out_another() -> None:
    # "lawyer Tom Reed" is no singer: "the singer" after him stays unresolved
    text = ("Reed speaks\n\nThe case was heard in Bergen on Monday, said lawyer Tom Reed. "
            "The singer, who grew up in Oslo, joined Nordlys Records last year.\n")
    assert ("Tom Reed", "JOIN", "Nordlys Records") not in fact_triples(text)


def _gig(venue: str) -> str:
    return ("Vexo gig venue revealed\n\n"
            f"Rapper Vexo is to play an intimate gig in Bergen on Saturday, following a show {venue} on Friday.\n\n"
            "The US star will play just two songs at a night showcasing his label Nordlys Records.\n")


def test_a_name_written_after_the_is_no_mistyped_person() -> None:
    # "the Bergen Palladium", typed a firm, does not keep "The US star" from the rapper just named
    text = _gig("at the Bergen Palladium")
    assert ("Vexo", "SHOWCASE", "Nordlys Records") in fact_triples(text)
    with ablated(["article-name"]):
        assert ("Vexo", "SHOWCASE", "Nordlys Records") not in fact_triples(text)


def test_the_actor_is_the_one_said_to_be_an_actor_not_the_star() -> None:
    text = ("Reed set for Norwegian adventure\n\n"
            "Actor Tom Reed is to co-produce and star in an adventure film set in Norway.\n\n"
            "The new picture is expected to be similar to Reed's action films of the 1980s. "
            "Vexo, star of Winter Road, is the preferred choice of the studio.\n\n"
            "On a visit to Bergen, the 60-year-old actor said he hoped to start shooting Summer Road next year.\n")
    facts = fact_triples(text)
    assert ("Tom Reed", "SHOOT", "Summer Road") in facts
    assert not any(s == "Vexo" and r == "SHOOT" for s, r, _ in facts)
