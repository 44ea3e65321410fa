"""Round 25 review (review25b): the boundaries of the scorer's round-25 pairings.

Each pairing must pair what a reader takes as the same fact and keep apart what only looks alike:

* kg's passive with a preposition pairs with the gold's active lemma only when kg read it from the
  gold's own sentence ("draw against" is also a drawn match: "grabbed a draw against Halden");
* a gold "be involved in" pairs with kg's stative INVOLVE ("was involved in"), not with an active
  "involves", which says the other way round;
* a gold verb pairs with kg's ROLE by its agent noun only when bare or with "for" ("play for" and a
  "player"; not "play against"), and only with a ROLE.
"""

from __future__ import annotations

import dataclasses

import pytest
from factories import graph_facts

from kg.eval import facts as fact_eval
from kg.model import Entity, Fact
from kg.resolve.predicates import relation_type

DRAWN = "Nordvik were drawn against Vexa United in the fourth round."
A_DRAW = "Nordvik grabbed a late draw against Vexa United on Saturday."


def _fact(subject: str, predicate: str, obj: str, text: str, evidence: str, relation: str | None = None) -> Fact:
    return Fact(subject=Entity.make(subject, "ORG"), relation=relation or relation_type(predicate),
                predicate=predicate, text=text, object=Entity.make(obj, "ORG"), confidence=0.8, doc_id="d",
                sentence=0, char_start=0, char_end=10, evidence=evidence)


def _gold(subject: str, relation: str, obj: str, evidence: str = "") -> fact_eval.GoldFact:
    return fact_eval.GoldFact("x.txt", subject, relation, object=obj, evidence=evidence)


def test_a_passive_pairs_with_the_gold_s_active_lemma_of_its_own_sentence() -> None:
    drawn = _fact("Nordvik", "be drawn against", "Vexa United", "were drawn against", DRAWN)
    assert fact_eval.fact_matches(_gold("Nordvik", "draw against", "Vexa United", DRAWN), drawn)
    # the gold's "draw against" of a drawn match is no cup draw
    assert not fact_eval.fact_matches(_gold("Nordvik", "draw against", "Vexa United", A_DRAW), drawn)


def test_be_involved_in_pairs_with_the_stative_not_with_the_active() -> None:
    gold = _gold("Nordbank", "be involved in", "Vexa Holdings")
    stative = _fact("Nordbank", "involve", "Vexa Holdings", "was directly involved in",
                    "Nordbank was directly involved in Vexa Holdings.")
    assert fact_eval.fact_matches(gold, stative)
    # "Nordbank's plan involves Vexa Holdings": Vexa is part of it, not the other way round
    active = dataclasses.replace(stative, text="involves", evidence="Nordbank involves Vexa Holdings.")
    assert not fact_eval.fact_matches(gold, active)


@pytest.mark.parametrize(("gold", "noun", "relation", "pairs"), [
    ("play for", "player", "ROLE", True),        # "plays for Halden": a Halden player
    ("direct", "director", "ROLE", True),
    ("play against", "player", "ROLE", False),   # an opponent of Halden, no Halden player
    ("deal with", "dealer", "ROLE", False),      # a client, no Halden dealer
    ("show", "shower", "SHOWER", False),         # "showered praise on": no agent noun, no ROLE
])
def test_an_agent_noun_pairs_only_as_a_role_of_the_bare_verb(gold: str, noun: str, relation: str,
                                                              pairs: bool) -> None:
    fact = _fact("Tom Reed", noun, "Halden", "is", "Tom Reed is a Halden player.", relation=relation)
    assert fact_eval.fact_matches(_gold("Tom Reed", gold, "Halden"), fact) is pairs


@pytest.mark.parametrize("sentence", [
    "Shareholders called for Tom Reed's resignation as chairman of Nordbank.",
    "Tom Reed's resignation as chairman of Nordbank was rejected by the board.",
    "Tom Reed's resignation as chairman of Nordbank would be a blow to the bank.",
])
def test_a_leaving_that_has_not_happened_leaves_the_post_held(sentence: str) -> None:
    # tenure-as: the resignation called for, rejected or hypothetical is no former post
    predicates = {p for s, _, p, o in graph_facts(f"Title\n\n{sentence}\n") if s == "Tom Reed" and o == "Nordbank"}
    assert predicates == {"chairman"}


def test_a_stated_leaving_gives_a_former_post() -> None:
    text = "Title\n\nTom Reed's resignation as chairman of Nordbank was announced on Monday.\n"
    assert {p for s, _, p, o in graph_facts(text) if s == "Tom Reed" and o == "Nordbank"} == {"former chairman"}


def test_an_appointment_blocked_gives_no_post() -> None:
    text = "Title\n\nVexa Holdings blocked Tom Reed's appointment as chairman of Nordbank.\n"
    assert not any(s == "Tom Reed" and o == "Nordbank" for s, _, _, o in graph_facts(text))
    text = "Title\n\nThe board approved Tom Reed's appointment as chairman of Nordbank.\n"
    assert {p for s, _, p, o in graph_facts(text) if s == "Tom Reed" and o == "Nordbank"} == {"chairman"}
