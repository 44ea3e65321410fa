"""Names (round 17): a firm whose name is a possessive ("Moody's") keeps its "'s" (rule
``possessive-name``, :func:`kg.resolve.mentions.possessive_name`); a possessive inside a name is
written as the text writes it ("Women's Tennis Association", not "Women 's"); a capitalised number
word opens the name it stands before ("Million Dollar Baby", rule ``number-word-in-name``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.registry import ablated, rule_names


def _subjects(text: str) -> set[str]:
    return {s for s, _, _, _ in graph_facts(text)}


def test_the_rules_are_registered() -> None:
    assert {"possessive-name", "number-word-in-name"} <= set(rule_names())


def test_a_firm_written_as_a_possessive_subject_keeps_its_name() -> None:
    text = "Bergen Ratings warns on debt. Harrow's said the outlook for Nordbank was stable."
    assert "Harrow's" in _subjects(text)
    with ablated(["possessive-name"]):
        assert "Harrow" in _subjects(text)


def test_the_firms_possessor_mentions_join_it() -> None:
    # "Harrow's analysts" is the possessor of analysts: still the firm the document named Harrow's
    text = ("Harrow's has reported its best sales for a decade. Harrow's chief executive Tom Reed said "
            "the firm would open 50 shops.")
    facts = graph_facts(text)
    names = {s for s, _, _, _ in facts} | {o for _, _, _, o in facts}
    assert "Harrow's" in names
    assert "Harrow" not in names


def test_a_possessor_alone_is_not_a_possessive_name() -> None:
    # a possessive with its noun after it is the owner's name, whatever the owner
    text = "Nordbank's profits rose by 5% to 40m euros, Nordbank said."
    subjects = _subjects(text)
    assert "Nordbank" in subjects
    assert "Nordbank's" not in subjects


def test_a_possessive_inside_a_name_has_no_space() -> None:
    text = "The Bergen Women's Rowing Association fined Vexa Holdings on Monday."
    assert ("Bergen Women's Rowing Association", "FINE", "Vexa Holdings") in {
        (s, r, o) for s, r, _, o in graph_facts(text)}


def test_a_firm_the_document_also_writes_bare_keeps_its_bare_name() -> None:
    # "and Harrow's fell": the parse reads Harrow's as a name, but the document calls the firm Harrow
    text = "Harrow said prices would fall. The move follows Harrow's decision to cut jobs, and Harrow's fell 3%."
    names = {s for s, _, _, _ in graph_facts(text)} | {o for _, _, _, o in graph_facts(text)}
    assert "Harrow" in names
    assert "Harrow's" not in names


def test_a_firm_written_bare_in_another_paragraph_keeps_its_bare_name() -> None:
    text = "Harrow said prices would fall.\n\nAnalysts were surprised, and Harrow's fell 3% on Monday."
    names = {s for s, _, _, _ in graph_facts(text)} | {o for _, _, _, o in graph_facts(text)}
    assert "Harrow's" not in names


def test_a_possessive_before_a_title_owns_it() -> None:
    # the parse makes Vexa the subject, but a capitalised word after the "'s" begins what it owns
    text = "Vexa's Up All Night was in fifth place."
    names = {s for s, _, _, _ in graph_facts(text)} | {o for _, _, _, o in graph_facts(text)}
    assert "Vexa's" not in names



@pytest.mark.parametrize("text, name", [
    ("Million Mile Road won the award for best film on Sunday.", "Million Mile Road"),
    ("Jon Dahl directed Hundred Acre Wood, which stars Anna Berg.", "Hundred Acre Wood"),
])
def test_a_capitalised_number_word_opens_the_name(text: str, name: str) -> None:
    facts = graph_facts(text)
    names = {s for s, _, _, _ in facts} | {o for _, _, _, o in facts}
    assert name in names
    with ablated(["number-word-in-name"]):
        facts = graph_facts(text)
        assert name not in {s for s, _, _, _ in facts} | {o for _, _, _, o in facts}



def test_a_count_of_a_noun_after_the_name_is_no_part_of_it() -> None:
    facts = graph_facts("Three Halden Kjerstad players joined Vexa Holdings on Monday.")
    names = {s for s, _, _, _ in facts} | {o for _, _, _, o in facts}
    assert "Three Halden Kjerstad" not in names


def test_a_country_named_with_and_is_one_name_to_its_last_word() -> None:
    facts = graph_facts("Tom Reed flew to the Turks and Caicos Islands on Monday.")
    assert ("Tom Reed", "FLY", "fly", "Turks and Caicos Islands") in facts
