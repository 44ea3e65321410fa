"""The entity-pair reading of issue #13, round 12 (rule ``entity-pair``, :mod:`kg.extract.pairs`):
two names one verb governs, with the verb (and its preposition) as the relation, where no other
rule joined them.

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_entity_pair_is_a_registered_rule() -> None:
    assert "entity-pair" in rule_names()


@pytest.mark.parametrize(("text", "fact"), [
    # a transfer verb's "to" phrase after its object: the goal of the sale
    ("Vexa Holdings sold its shipping unit to Nordbank last year.", ("Vexa Holdings", "SELL_TO", "Nordbank")),
    # through a committing verb, which becomes the modality
    ("Vexa Holdings agreed to sell its shipping unit to Nordbank.", ("Vexa Holdings", "SELL_TO", "Nordbank")),
    # "with" after a common-noun object: with whom the subject did it
    ("Tom Reed signed a deal with Nordbank.", ("Tom Reed", "SIGN_WITH", "Nordbank")),
])
def test_a_verb_s_second_argument_joins_the_two_names(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _triples(text)
    with ablated(["entity-pair"]):
        assert fact not in _triples(text)


def test_the_fact_carries_its_rule_a_lower_confidence_and_the_modality() -> None:
    facts = [f for f in extract_text("Vexa Holdings agreed to sell its shipping unit to Nordbank.").facts
             if f.rule == "entity-pair"]
    assert len(facts) == 1
    assert facts[0].modality == "agree" and facts[0].confidence < 0.5


def test_negation_is_kept() -> None:
    facts = [f for f in extract_text("Vexa Holdings did not sell its shipping unit to Nordbank.").facts
             if f.rule == "entity-pair"]
    assert [(f.relation, f.negated) for f in facts] == [("SELL_TO", True)]


def test_no_fact_where_another_rule_joins_the_pair() -> None:
    # the verb rules give Vexa Holdings ACQUIRE Nordbank: the pair reading adds nothing
    facts = extract_text("Nordbank was bought by Vexa Holdings in March.").facts
    assert not any(f.rule == "entity-pair" for f in facts)


@pytest.mark.parametrize("text", [
    # a name right before a finite verb is the reported clause's subject, not what was warned
    "Tom Reed warned Nordbank would lose money this year.",
    # a verb-noun idiom: the preposition is the idiom's ("paid tribute to"), no payment
    "Anna Berg paid tribute to Tom Reed after the final.",
    # with a name as object, "with" relates the object, not the subject ("paired Reed with Berg")
    "Nordvik paired Tom Reed with Ole Dahl in attack.",
    # a later phrase of place after the object is an adjunct the gold of news leaves out
    "Tom Reed signed the deal in Bergen on Tuesday.",
    # "but" joins two clauses: the second name is no second object
    "Tom Reed beat Ole Dahl 6-4 6-2 but Karl Lund lost to Per Holm.",
    # an infinitive on a noun says what the deal is for, not what happened
    "Nordbank signed a deal for Vexa Holdings to sell ten ships to Fjord Line.",
    # a condition says what might be
    "If Vexa Holdings sells its unit to Nordbank, prices will rise.",
    # a question states nothing
    "Will Vexa Holdings sell its unit to Nordbank?",
    # a title between two names that the small model tags as a verb
    "Fjord Air head Tom Reed said the airline would grow.",
    # a pronoun object: "with" relates what it stands for ("merged it with Fjord Capital")
    "Nordbank bought Vexa, merging it with Fjord Capital.",
    # a possessive name determines the object, it is not the object
    "Tom Reed oversaw Nordbank's move into Bergen.",
    # a headline: telegraphic, its names often stand for others
    "Vexa sells unit to Norway\n\nVexa Holdings has sold its shipping unit.",
])
def test_no_pair_fact_outside_the_clear_shapes(text: str) -> None:
    assert not any(f.rule == "entity-pair" for f in extract_text(text).facts)


def test_a_closer_rule_s_fact_is_kept_over_the_same_pair_reading() -> None:
    # svo and the pair reading both read (Tom Reed, HIRE, Ole Dahl): the graph keeps svo's
    facts = [f for f in extract_text("Tom Reed hired Ole Dahl in May.").facts if f.relation == "HIRE"]
    assert [f.rule for f in facts] == ["svo"]
