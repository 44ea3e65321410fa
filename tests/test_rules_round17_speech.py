"""Reported speech (round 17): "according to X", a document's maker as the source of its claim,
and a verb of finding or fearing set off by commas.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"according-source", "according-statement", "document-source", "parenthetical-speech"} <= set(rule_names())


@pytest.mark.parametrize(("text", "said"), [
    ("Nordbank's profits fell to their lowest level in three years in March, according to the Bergen Post.",
     ("Bergen Post", "SAY", "profits", None)),
    ("According to Tom Reed, the market is not ready for a merger.", ("Tom Reed", "SAY", "market", None)),
    ("The harbour project is running late, according to figures from Nordbank.",
     ("Nordbank", "SAY", "harbour project", None)),
])
def test_according_to_gives_a_statement_when_the_clause_gives_no_fact(text: str, said: tuple[str, str, str, None]) -> None:
    assert said in _facts(text)
    with ablated(["according-statement"]):
        assert said not in _facts(text)


@pytest.mark.parametrize("text", [
    "Vexa Holdings will close its plant in Bergen, according to reports.",  # no one named says it
    "Vexa Holdings has five days to pay the fine, according to the agreement.",  # terms, not a claim
])
def test_according_to_a_nameless_document_gives_no_statement(text: str) -> None:
    assert not any(rel == "SAY" for _, rel, _, _ in _facts(text))


def test_according_to_attributes_the_clause_and_a_fact_keeps_the_statement_out() -> None:
    facts = _facts("Vexa Holdings will buy the Bergen yard, according to Tom Reed.")
    assert ("Vexa Holdings", "ACQUIRE", "Bergen yard", "Tom Reed") in facts
    assert not any(rel == "SAY" for _, rel, _, _ in facts)


@pytest.mark.parametrize(("text", "fact", "before"), [
    # the document's maker, named by "by" / "from", a participle's agent, or the name before it
    ("Vexa Holdings is the largest lender in Bergen, according to a report by Nordbank.",
     ("Vexa Holdings", "IS_A", "largest lender", "Nordbank"), "report"),
    ("Vexa Holdings is the largest lender in Bergen, according to new figures released by Nordbank.",
     ("Vexa Holdings", "IS_A", "largest lender", "Nordbank"), "new figures"),
    # the participle the parse hangs on the "of" noun makes the document ("round-up" split at its hyphen)
    ("Nordbank is the safest bank in Bergen, according to a round-up of lenders published by Vexa Research.",
     ("Nordbank", "IS_A", "safest bank", "Vexa Research"), "round-up"),
    # a place before the noun is where the survey was made; its "by" phrase names the maker
    ("Nordbank is the safest bank in Bergen, according to a Halden survey by Vexa Research.",
     ("Nordbank", "IS_A", "safest bank", "Vexa Research"), "Halden survey"),
])
def test_according_to_a_document_names_its_maker(text: str, fact: tuple[str, str, str, str], before: str) -> None:
    assert fact in _facts(text)
    with ablated(["according-source", "document-source"]):
        assert (*fact[:3], before) in _facts(text)


def test_a_document_that_says_is_its_makers_voice() -> None:
    text = "Vexa Holdings bought the Bergen yard for £10m, a Nordbank statement said."
    assert ("Vexa Holdings", "ACQUIRE", "Bergen yard", "Nordbank") in _facts(text)
    with ablated(["document-source"]):
        assert ("Vexa Holdings", "ACQUIRE", "Bergen yard", "Nordbank statement") in _facts(text)


def test_the_report_is_the_one_named_before() -> None:
    text = ("A Nordbank report on the Bergen market came out on Monday.\n"
            "Prices in Bergen will rise by 5% next year, the report said.")
    assert ("Nordbank", "SAY", "prices", None) in _facts(text)
    with ablated(["document-source"]):
        assert ("Nordbank", "SAY", "prices", None) not in _facts(text)


def test_a_finding_that_a_named_study_makes_is_a_statement_of_its_maker() -> None:
    text = "A study by Vexa Research found that most savers in Bergen keep their money at home."
    assert ("Vexa Research", "SAY", "most savers", None) in _facts(text)
    with ablated(["document-source"]):
        assert not any(rel == "SAY" for _, rel, _, _ in _facts(text))  # (study SAY savers: two common nouns)


@pytest.mark.parametrize(("text", "fact"), [
    ("Vexa Holdings, analysts fear, could close its plant in Bergen.", ("Vexa Holdings", "CLOSE", "plant", "analysts")),
    ("Vexa Holdings, analysts predict, will cut 200 jobs at its plant in Bergen.", ("Vexa Holdings", "CUT", "200 jobs", "analysts")),
    ("The Bergen Post, analysts estimate, lost readers to Vexa News last year.", ("Bergen Post", "LOSE", "readers", "analysts")),
])
def test_a_parenthetical_verb_of_finding_attributes_its_clause(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(text)
    with ablated(["parenthetical-speech"]):
        assert fact not in _facts(text)


def test_a_verb_of_fearing_with_its_own_object_is_no_parenthetical() -> None:
    # "fear" with an object of its own is a clause of its own, not an aside on the other
    facts = _facts("Vexa Holdings will close its plant in Bergen, and workers fear the worst.")
    assert ("Vexa Holdings", "CLOSE", "plant", "workers") not in facts


@pytest.mark.parametrize(("text", "fact"), [
    # a day's statement is made on the day, not by it; a place's survey is made there
    ("Monday's statement said Nordbank would sell the Bergen yard to Vexa Holdings.",
     ("Nordbank", "SELL", "Bergen yard", "statement")),
    ('"This Michigan survey tells you that Nordbank is losing customers to Vexa Holdings."',
     ("Nordbank", "LOSE", "customers", "Michigan survey")),
])
def test_a_day_or_a_place_is_no_documents_maker(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(text)


def test_a_makers_description_stands_for_the_name_it_is_given() -> None:
    text = "Vexa Holdings will close its plant in Bergen, according to figures gathered by industry watchdog, Vexa Watch."
    assert ("Vexa Holdings", "CLOSE", "plant", "Vexa Watch") in _facts(text)
