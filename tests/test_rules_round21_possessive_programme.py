"""An organisation's possessive before a programme's or a work's name (round 21):
``possessive-programme`` ("told Nordvision's Tonight programme" → Nordvision broadcasts Tonight)
and ``split-work-title`` (a title the parse splits from its kind noun, in ``possessive-work``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

RADIO = ("Bank row\n\n\"We will not sell the unit,\" Jon Dahl told the Vexa Radio's Morning Line programme. "
         "Tom Reed later told Nordvision's Tonight programme that he had resigned. "
         "Tom Reed, the presenter of Nordvision's Late Night show, said little.\n")
SCHEMES = ("Space budget\n\nNasa's Apollo programme cost billions. "
           "Nordbank's Vexa savings programme has two million members. "
           "Nordbank expanded its Vexa Gold programme last year.\n")
FILM = ("Film awards\n\nJon Dahl's acclaimed documentary The Long Harbour won the prize. "
        "Tom Reed's new novel The Cold Sea was also praised.\n")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"possessive-programme", "split-work-title"} <= set(rule_names())


def test_a_station_s_programme_that_is_told_or_presented() -> None:
    facts = _facts(RADIO)
    assert ("Vexa Radio", "BROADCAST", "Morning Line") in facts
    assert ("Nordvision", "BROADCAST", "Late Night") in facts
    # alone "Tonight" would read as a date: the programme noun stays in the name
    assert ("Nordvision", "BROADCAST", "Tonight programme") in facts


def test_what_a_presenter_presents_is_a_programme() -> None:
    text = "TV news\n\nTom Reed, the presenter of Nordvision's Late Night, said little.\n"
    facts = _facts(text)
    assert ("Nordvision", "BROADCAST", "Late Night") in facts
    assert ("Nordvision", "MAKE", "Late Night") not in facts
    with ablated(["possessive-programme"]):
        assert not any(f[1] == "BROADCAST" for f in _facts(text))


def test_a_programme_spoken_on_is_no_product() -> None:
    text = "TV news\n\nJon Dahl appeared on Nordvision's Late Night show.\n"
    facts = _facts(text)
    assert ("Nordvision", "BROADCAST", "Late Night") in facts
    assert ("Nordvision", "MAKE", "Late Night") not in facts


def test_a_person_a_lower_case_word_or_a_person_s_possessive_gives_no_broadcast() -> None:
    text = ("TV news\n\nJon Dahl told Nordvision's Tom Reed programme that he would stay. "
            "Jon Dahl told Nordvision's Sunday morning Politics programme that he would stay. "
            "Jon Dahl told Anna Berg's Late Night programme that he would stay.\n")
    assert not any(f[1] == "BROADCAST" for f in _facts(text))


def test_a_place_after_the_kind_noun_is_no_title() -> None:
    assert ("Tom Reed", "WRITE", "Norway") not in _facts("Books\n\nTom Reed's new novel Norway was also praised.\n")


def test_without_the_rule() -> None:
    with ablated(["possessive-programme"]):
        assert not any(f[1] == "BROADCAST" for f in _facts(RADIO))


def test_a_programme_that_is_a_scheme_is_not_broadcast() -> None:
    facts = _facts(SCHEMES)
    assert not any(f[1] == "BROADCAST" for f in facts)
    # a programme nobody speaks on stays the possessor's product (``possessive-product``)
    assert ("Nasa", "MAKE", "Apollo") in facts


def test_a_title_the_parse_splits_from_its_kind_noun() -> None:
    facts = _facts(FILM)
    assert ("Jon Dahl", "MAKE", "Long Harbour") in facts
    assert ("Tom Reed", "WRITE", "Cold Sea") in facts
    with ablated(["split-work-title"]):
        facts = _facts(FILM)
    assert ("Jon Dahl", "MAKE", "Long Harbour") not in facts
    assert ("Tom Reed", "WRITE", "Cold Sea") not in facts
