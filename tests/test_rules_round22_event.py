"""Nouns of an act done with or towards a named party (round 22, ``partner-noun``): "Tom Reed's
duet with Anna Berg", "Nordbank formed a partnership with Vexa Holdings"; and a result noun's
ends in a relative clause or an apposition (``match-result``): "Anna Berg, who followed up her win
over top seed Jon Dahl".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def _one(sentence: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{sentence}\n")


def test_the_rule_is_registered() -> None:
    assert "partner-noun" in rule_names()


POSITIVE = [
    ("Tom Reed's duet with Anna Berg earned the pair a nod.", ("Tom Reed", "DUET_WITH", "Anna Berg")),
    ("Tom Reed's work with rapper Anna Berg won him a prize.", ("Tom Reed", "WORK_WITH", "Anna Berg")),
    ("Nordbank formed a partnership with Vexa Holdings in May.", ("Nordbank", "PARTNER", "Vexa Holdings")),
    ("Nordbank's rivalry with Vexa Holdings grew last year.", ("Nordbank", "RIVALRY_WITH", "Vexa Holdings")),
    ("Tom Reed won a court battle with Vexa Holdings.", ("Tom Reed", "BATTLE_WITH", "Vexa Holdings")),
    ("Anna Berg wrote the song about her love for Tom Reed.", ("Anna Berg", "LOVE", "Tom Reed")),
    ("Anna Berg's divorce from Tom Reed was finalised in May.", ("Anna Berg", "DIVORCE", "Tom Reed")),
    ("Anna Berg's engagement to Tom Reed was announced on Friday.", ("Anna Berg", "BE_ENGAGED_TO", "Tom Reed")),
    ("Tom Reed's split from Nordbank came after a row over pay.", ("Tom Reed", "SPLIT_FROM", "Nordbank")),
]


@pytest.mark.parametrize(("sentence", "fact"), POSITIVE)
def test_the_noun_keeps_its_verb_s_arguments(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in _one(sentence)
    with ablated(["partner-noun"]):
        assert fact not in _one(sentence)


@pytest.mark.parametrize("sentence", [
    "Nordbank may form a partnership with Vexa Holdings.",  # a modal: not stated
    "Tom Reed denied his feud with Jon Dahl.",  # denied
    "Tom Reed's possible collaboration with Anna Berg was discussed.",  # in doubt
    "Bergen lost Tom Reed before Saturday's clash with Vexa United.",  # a day is no party
])
def test_no_fact_when_not_stated_or_no_party(sentence: str) -> None:
    assert not any(f[1] in ("PARTNER", "FEUD_WITH", "COLLABORATE_WITH", "CLASH_WITH") for f in _one(sentence))


def test_a_possessive_in_a_relative_clause_is_the_antecedent_s() -> None:
    sentence = "He now meets Anna Berg, who followed up her win over top seed Jon Dahl by beating Ole Berg."
    assert ("Anna Berg", "DEFEAT", "Jon Dahl") in _one(sentence)
    with ablated(["match-result"]):
        assert ("Anna Berg", "DEFEAT", "Jon Dahl") not in _one(sentence)


def test_a_relative_possessor_of_a_partner_noun() -> None:
    sentence = "He praised Nordbank, which signed a partnership with Vexa Holdings last year."
    assert ("Nordbank", "PARTNER", "Vexa Holdings") in _one(sentence)


def test_work_on_a_work_is_no_partner() -> None:
    sentence = "Tom Reed won the award for his work with Anna Berg's The Bergen Tales."
    assert not any(f[1] == "WORK_WITH" for f in _one(sentence))


def test_an_announcer_is_not_the_partner() -> None:
    assert not any(f[1] == "PARTNER" for f in _one("Nordvik chief Tom Reed announced a partnership with Vexa Holdings."))


PERFORMANCES = [
    ("Tom Reed is regarded as unbeatable for his performance as Jon Dahl.", ("Tom Reed", "PLAY", "Jon Dahl")),
    ("Anna Berg arrived in Oslo following her appearance at the Bergen Music Awards.",
     ("Anna Berg", "APPEAR_AT", "Bergen Music Awards")),
    ("Anna Berg gave a performance on Nordvik TV in April.", ("Anna Berg", "PERFORM_ON", "Nordvik TV")),
]


def test_the_performance_rule_is_registered() -> None:
    assert "performance-noun" in rule_names()


@pytest.mark.parametrize(("sentence", "fact"), PERFORMANCES)
def test_a_performance_keeps_its_verb_s_arguments(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in _one(sentence)
    with ablated(["performance-noun"]):
        assert fact not in _one(sentence)


def test_a_planned_performance_gives_nothing() -> None:
    assert not any(f[2] == "Bergen Music Awards" and f[1] == "PERFORM_AT"
                   for f in _one("Anna Berg may give a performance at the Bergen Music Awards."))


def test_made_an_appearance_stays_the_light_verb_s() -> None:
    facts = _one("Anna Berg made her appearance in Cold Harbour.")
    assert ("Anna Berg", "APPEAR", "Cold Harbour") in facts
    assert not any(f[1] == "APPEAR_IN" for f in facts)


def test_a_performance_in_a_place_is_a_result_not_a_part() -> None:
    facts = _one("Nordbank said its performance in Germany was strong.")
    assert not any(f[1] == "PERFORM_IN" for f in facts)
