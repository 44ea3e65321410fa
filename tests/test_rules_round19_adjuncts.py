"""The subject of a passive clause does what its adjunct's gerund says (issue #13, round 19).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB).
"""

from __future__ import annotations

import pytest
from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Reed was sacked after criticising Nordbank.", ("Tom Reed", "CRITICISE", "Nordbank")),
    ("Tom Reed and Anna Berg have been awarded medals after beating Vexa Holdings in the final.",
     ("Anna Berg", "DEFEAT", "Vexa Holdings")),
])
def test_a_passive_subject_does_what_the_adjunct_gerund_says(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in fact_triples(text)
    with ablated(["passive-adjunct-controller"]):
        assert fact not in fact_triples(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("Jon Dahl was injured while playing for Bergen City.", ("Jon Dahl", "PLAY", "Bergen City")),
    ("Anna Berg scored twice while playing against Vexa United.", ("Anna Berg", "PLAY", "Vexa United")),
])
def test_a_gerund_after_a_subordinator_is_done_by_the_clauses_subject(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in fact_triples(text)
    with ablated(["subordinated-gerund"]):
        assert fact not in fact_triples(text)


@pytest.mark.parametrize("text", [
    "The Bergen plant was saved by cutting costs at Nordbank.",
    "Vexa Holdings was rescued through selling shares to Nordbank.",
])
def test_a_gerund_of_means_is_the_unnamed_doers_not_the_subjects(text: str) -> None:
    assert not {f for f in extract_text(text).facts if f.relation in ("CUT", "SELL")}


def test_each_name_of_a_list_the_parse_read_as_an_apposition_is_a_subject() -> None:
    text = "Tom Reed, Anna Berg and Jon Dahl joined Nordbank in May."
    facts = fact_triples(text)
    assert {"Tom Reed", "Anna Berg", "Jon Dahl"} <= {s for s, r, _ in facts if r == "JOIN"}
    with ablated(["listed-subject"]):
        assert "Anna Berg" not in {s for s, r, _ in fact_triples(text) if r == "JOIN"}


def test_a_relative_clause_after_a_list_is_its_last_names_alone() -> None:
    facts = fact_triples("Nordbank signed Tom Reed, Anna Berg and Jon Dahl - who retains his place despite an injury - in May.")
    assert {s for s, r, _ in facts if r == "RETAIN"} == {"Jon Dahl"}
