"""Round 24's second set of sense guards (helper sense24): a verb typed by a sense it does not
have in the sentence ("struck a deal" as ATTACK, "fired Bergen into the last 16" as DISMISS) or
by its bare lemma when its particle stands after the object ("ruled Jon Dahl out of").

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB): with its rule the wrong fact is gone, with the rule switched off it is back,
and a near sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, sentence_triples

from kg.extract.registry import rule_names

# (rule, sentence, the wrong fact the rule takes away, the fact that comes instead or None)
CASES = [
    # a particle after the object is still the verb's: rule out = exclude, not RULE (to govern)
    ("particle-after-object", "A knee injury ruled Jon Dahl out of the final against Molde.",
     ("knee injury", "RULE", "Jon Dahl"), ("knee injury", "RULE_OUT", "Jon Dahl")),
    ("particle-after-object", "Flu ruled Anna Berg, the defending champion, out of the Bergen Open.",
     ("Flu", "RULE", "Anna Berg"), ("Flu", "RULE_OUT", "Anna Berg")),
    ("particle-after-object", "Bronchitis ruled Anna Berg, the 2004 Bergen Open champion, out of her Oslo quarter-final on Friday.",
     ("Bronchitis", "RULE", "Anna Berg"), ("Bronchitis", "RULE_OUT", "Anna Berg")),
    ("particle-after-object", "Tom Reed knocked Halden out of the cup on Sunday.",
     ("Tom Reed", "KNOCK", "Halden"), ("Tom Reed", "DEFEAT", "Halden")),
    # "fire" with a direction or a shot is shooting, not dismissing
    ("shot-firing", "Tom Reed fired Bergen into the last 16 with two late goals.", ("Tom Reed", "DISMISS", "Bergen"), None),
    ("shot-firing", "Jon Dahl fired Nordvik to victory over Halden.", ("Jon Dahl", "DISMISS", "Nordvik"), None),
    ("shot-firing", "Anna Berg fired 12 aces against Karin Lund.", ("Anna Berg", "DISMISS", "12 aces"), None),
    # "strike" with an agreement noun is making the agreement, not attacking it
    ("strike-agreement", "Nordbank struck a deal with Vexa Holdings in March.", ("Nordbank", "ATTACK", "deal"),
     ("Nordbank", "STRIKE_DEAL_WITH", "Vexa Holdings")),
    ("strike-agreement", "Vexa Holdings has struck an agreement to supply Nordbank.", ("Vexa Holdings", "ATTACK", "agreement"),
     None),
]


def test_the_rules_are_registered() -> None:
    assert {"particle-after-object", "shot-firing", "strike-agreement"} <= set(rule_names())


@pytest.mark.parametrize(("rule", "sentence", "wrong", "kept"), CASES)
def test_the_guard_takes_the_wrong_fact_away(rule: str, sentence: str, wrong: tuple[str, str, str],
                                             kept: tuple[str, str, str] | None) -> None:
    assert_guard_case(rule, sentence, wrong, kept)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Vexa Holdings fired Tom Reed over the affair.", ("Vexa Holdings", "DISMISS", "Tom Reed")),  # a reason, not a direction
    ("Nordbank fired Jon Dahl in March.", ("Nordbank", "DISMISS", "Jon Dahl")),
    ("The storm struck Bergen on Monday.", ("storm", "ATTACK", "Bergen")),  # what is hit
    ("Jon Dahl struck Tom Reed in the face.", ("Jon Dahl", "ATTACK", "Tom Reed")),
    ("Anna Berg ruled out a move to Vexa Holdings.", ("Anna Berg", "RULE_OUT", "move")),  # particle before the object
    ("Nordbank will receive a fee of £6m - out of a total of £20m.", ("Nordbank", "RECEIVE", "fee")),  # after a dash
])
def test_near_sentences_keep_their_facts(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
