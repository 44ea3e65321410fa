"""Facts stated in other words than "play", "write" and a wish (round 23, helper sense23):
"Tom Reed takes on Jon Dahl in the final" is (Tom Reed; PLAY; Jon Dahl) in a contest only
(``contest-take-on``, kg.extract.contests); the verb "pen" is WRITE in the predicate table; "would
love to work with" keeps the wish as its modality, "would love" (``would-wish``, kg.extract.verbs),
and the matcher pairs a gold "would love to work with" with that fact.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off (the table entry: with
main's table, "pen" was PEN).
"""

from __future__ import annotations

import dataclasses

import pytest
from factories import sentence_triples

from kg.eval import facts as fact_eval
from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names
from kg.model import Entity, Fact
from kg.resolve.predicates import relation_type


def _facts(text: str) -> list[Fact]:
    return extract_text(text).facts


def test_the_rules_are_registered() -> None:
    assert {"contest-take-on", "would-wish", "fixture-side"} <= set(rule_names())


MEETINGS = [
    ("Tom Reed takes on Jon Dahl in the final on Sunday.", ("Tom Reed", "PLAY", "Jon Dahl")),
    ("Bergen City will take on Halden in the third round of the cup.", ("Bergen City", "PLAY", "Halden")),
    ("Anna Berg took on Eva Lund in a tense match in Bergen.", ("Anna Berg", "PLAY", "Eva Lund")),
]


@pytest.mark.parametrize(("sentence", "fact"), MEETINGS)
def test_take_on_a_side_in_a_contest_is_play(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["contest-take-on"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Vexa Holdings took on 300 staff in the first round of hiring.",
    "Tom Reed took on the role of chairman at Nordbank.",
    "Nordbank took on Vexa Holdings as a client last year.",
])
def test_take_on_off_the_field_keeps_its_sense(sentence: str) -> None:
    assert not any(rel == "PLAY" for _, rel, _ in sentence_triples(sentence))


def test_the_verb_pen_is_write() -> None:
    assert relation_type("pen") == "WRITE"
    assert ("Jon Dahl", "WRITE", "Winter Roads") in sentence_triples("Jon Dahl penned Winter Roads in Bergen last year.")


@pytest.mark.parametrize(("sentence", "act", "wish"), [
    ("Anna Berg said she would love to work with Tom Reed.", "WORK", "would love"),
    ("Nordbank would like to buy Vexa Holdings, Tom Reed said.", "ACQUIRE", "would like"),
])
def test_would_love_to_is_the_act_with_the_wish_as_modality(sentence: str, act: str, wish: str) -> None:
    def modalities() -> set[str | None]:
        return {f.modality for f in _facts(f"Title\n\n{sentence}\n") if f.relation == act}
    assert modalities() == {wish}
    with ablated(["would-wish"]):
        assert modalities() == {"would"}


def test_a_habit_and_a_plain_would_are_untouched() -> None:
    habit = {f.modality for f in _facts("Title\n\nAnna Berg likes to work with Tom Reed.\n") if f.relation == "WORK"}
    assert habit == {"like"}
    plain = {f.modality for f in _facts("Title\n\nAnna Berg would work with Tom Reed.\n") if f.relation == "WORK"}
    assert plain == {"would"}


def test_the_matcher_pairs_a_gold_wish_with_the_act_and_its_modality() -> None:
    anna, tom = Entity.make("Anna Berg", "PERSON"), Entity.make("Tom Reed", "PERSON")
    fact = Fact(subject=anna, relation="WORK", predicate="work", text="work", object=tom, confidence=0.8,
                doc_id="d", sentence=0, char_start=0, char_end=10, evidence="Anna Berg would love to work with Tom Reed.",
                modality="would love")
    gold = fact_eval.GoldFact("x.txt", "Anna Berg", "would love to work with", object="Tom Reed")
    assert fact_eval.fact_matches(gold, fact)
    assert not fact_eval.fact_matches(gold, dataclasses.replace(fact, modality="would"))
    assert not fact_eval.fact_matches(gold, dataclasses.replace(fact, modality="would hate"))


FIXTURES = [
    ("Tom Reed has named the Halden team for Saturday's clash with Bergen.", ("Halden", "PLAY", "Bergen")),
    ("Nordvik's team for Friday's match against Halden shows three changes.", ("Nordvik", "PLAY", "Halden")),
    ("Jon Dahl returns to the Nordvik side for Sunday's game with Halden.", ("Nordvik", "PLAY", "Halden")),
]


@pytest.mark.parametrize(("sentence", "fact"), FIXTURES)
def test_a_named_team_for_a_day_s_fixture_plays_the_side_after_with(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["fixture-side"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Reed has named his team for Saturday's clash with Bergen.",
    "Tom Reed has named the Halden team for the tour of Bergen.",
])
def test_no_fixture_fact_without_a_named_team_or_a_fixture(sentence: str) -> None:
    assert not any(rel == "PLAY" for _, rel, _ in sentence_triples(sentence))
