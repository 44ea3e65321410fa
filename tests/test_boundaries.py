"""A name's "?" or "!" ends no sentence when a comma or a word in lower case follows
(``mark-in-name``, :mod:`kg.extract.boundaries`). Texts written for this test."""

from __future__ import annotations

from factories import graph_facts

from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names

TEXT = "Asked about Nordbank's future, Tom Reed said: Why not? and left the room."


def _sentences(text: str) -> list[str]:
    return [s.text for s in load_model()(text).sents]


def test_the_repair_is_registered_and_runs_before_the_parser() -> None:
    assert "mark-in-name" in rule_names()
    names = load_model().pipe_names
    assert names.index("kg_mark_boundaries") < names.index("parser")


def test_a_word_in_lower_case_after_a_question_mark_goes_on_with_the_sentence() -> None:
    assert _sentences(TEXT) == [TEXT]
    with ablated(["mark-in-name"]):
        assert len(_sentences(TEXT)) == 2  # the model's own reading: "and left the room." alone


def test_a_mark_before_a_capital_still_ends_the_sentence() -> None:
    assert _sentences("Is the deal over? Tom Reed thinks so.") == ["Is the deal over?", "Tom Reed thinks so."]


def test_a_title_with_an_exclamation_mark_keeps_its_sentence_facts() -> None:
    text = "Tom Reed won best song for Bergen Nights! after getting five nominations."
    facts = graph_facts(text)
    assert ("Tom Reed", "GET", "get", "five nominations") in facts, facts
    with ablated(["mark-in-name"]):
        assert ("Tom Reed", "GET", "get", "five nominations") not in graph_facts(text)
