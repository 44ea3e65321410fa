"""Rules ``modal-adjective`` and ``reduced-passive``: what a clause does not say happened (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated


def _facts(text: str) -> dict[tuple[str, str, str], tuple[str | None, bool]]:
    return {(f.subject.name, f.relation, f.object.name): (f.modality, f.negated) for f in extract_text(text).facts}


@pytest.mark.parametrize(("text", "fact", "said"), [
    ("Nordbank is likely to buy Vexa Holdings.", ("Nordbank", "ACQUIRE", "Vexa Holdings"), ("likely", False)),
    ("Nordbank is due to buy Vexa Holdings in May.", ("Nordbank", "ACQUIRE", "Vexa Holdings"), ("due", False)),
    ("Tom Reed is favourite to take home the Golden Bear.", ("Tom Reed", "TAKE", "Golden Bear"), ("favourite", False)),
    ("Tom Reed was unable to attend the meeting in Bergen.", ("Tom Reed", "ATTEND", "meeting"), ("unable", True)),
])
def test_an_adjective_of_likelihood_or_readiness_is_the_acts_modality(text: str, fact, said) -> None:  # type: ignore[no-untyped-def]
    assert _facts(text).get(fact) == said
    with ablated(["modal-adjective"]):
        assert _facts(text).get(fact) == (None, False)  # read as done


def test_an_adjective_that_states_the_act_adds_no_modality() -> None:
    assert _facts("Nordbank was quick to buy Vexa Holdings.").get(("Nordbank", "ACQUIRE", "Vexa Holdings")) == (None, False)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Tom Reed was applauded when taken off against Nordvik last month.", ("Tom Reed", "TAKE_OFF", "Nordvik"), None),
    ("Tom Reed smiled when asked about Nordvik.", ("Tom Reed", "ASK", "Nordvik"), None),
    ("The bank declined to comment when contacted by Vexa Holdings.", None, ("Vexa Holdings", "CONTACT", "bank")),
])
def test_a_reduced_adverbial_clause_with_a_past_participle_is_passive(text: str, wrong, right) -> None:  # type: ignore[no-untyped-def]
    facts = set(_facts(text))
    if wrong is not None:
        assert wrong not in facts, facts
    if right is not None:
        assert right in facts, facts
    with ablated(["reduced-passive"]):
        facts = set(_facts(text))
    assert (wrong in facts) if wrong is not None else (right not in facts), facts
