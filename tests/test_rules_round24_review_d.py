"""Review24d: guards on round 24's late rules, each for a sentence the rule read wrongly.

Sentences written for this test (invented names, news style): the fact must hold (or be absent)
with the guard in place; each fails on the code before the guard.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples


@pytest.mark.parametrize(("sentence", "fact"), [
    # shot-firing: after an object that is no shot, only a goal of motion makes "fire" shooting
    ("Vexa Holdings fired 200 workers across its European branches.", ("Vexa Holdings", "DISMISS", "200 workers")),
    ("Nordbank fired its chief executive inside a week.", ("Nordbank", "DISMISS", "chief executive")),
    ("Nordbank fired Tom Reed to the dismay of investors.", ("Nordbank", "DISMISS", "Tom Reed")),
])
def test_a_dismissal_with_a_place_or_a_stance_stays(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Tom Reed fired across goal.", ("Tom Reed", "DISMISS", "goal")),  # no object: shooting
    ("Jon Dahl fired Nordvik to victory over Halden.", ("Jon Dahl", "DISMISS", "Nordvik")),
])
def test_shooting_still_gives_no_dismissal(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact not in sentence_triples(sentence)


def test_misread_position_skips_a_verbs_object_and_adverb() -> None:
    # "moves Bergen forward": Bergen is the verb's object and "forward" its adverb, no position
    facts = sentence_triples("The deal moves Bergen forward Tom Reed said on Monday.")
    assert ("Tom Reed", "ROLE", "Bergen") not in facts
    assert ("Jon Dahl", "ROLE", "Bergen") in sentence_triples("Bergen forward Jon Dahl says the club is ready.")


def test_among_the_people_is_no_kind() -> None:
    facts = sentence_triples("Tom Reed was among the people ruled out of the final.")
    assert ("Tom Reed", "IS_A", "people") not in facts
    assert ("Tom Reed", "IS_A", "player") in sentence_triples("Tom Reed is among the players who left Nordbank.")


@pytest.mark.parametrize(("sentence", "fact", "not_fact"), [
    # particle-after-object: "out of" after make/pay/build gives a source or a material, no particle
    ("Vexa Holdings made a profit out of the sale.", ("Vexa Holdings", "MAKE", "profit"),
     ("Vexa Holdings", "MAKE_OUT", "profit")),
    ("Tom Reed paid the fine out of his own pocket.", ("Tom Reed", "PAY", "fine"), ("Tom Reed", "PAY_OUT", "fine")),
    ("Nordbank bought Vexa Holdings out of administration.", ("Nordbank", "ACQUIRE", "Vexa Holdings"),
     ("Nordbank", "BUY_OUT", "Vexa Holdings")),
])
def test_out_of_as_a_source_keeps_the_plain_verb(sentence: str, fact: tuple[str, str, str],
                                                 not_fact: tuple[str, str, str]) -> None:
    facts = sentence_triples(sentence)
    assert fact in facts
    assert not_fact not in facts


def test_a_voted_out_member_keeps_the_particle() -> None:
    assert ("Tom Reed", "VOTE_OUT", "Jon Dahl") in sentence_triples("Tom Reed voted Jon Dahl out of office.")
