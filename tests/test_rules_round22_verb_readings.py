"""Two readings of a verb group (round 22): a particle parted from its verb by a score
(``particle-before-score``) and a coordinated verb outside its first conjunct's negation
(``past-conjunct-own-negation``, ``corrected-conjunct-affirmed``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with their rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

RULES = ("particle-before-score", "past-conjunct-own-negation", "corrected-conjunct-affirmed")


def _facts(sentence: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.name, f.relation, f.object.name, f.negated)
            for f in extract_text(f"Report\n\n{sentence}\n").facts}


def test_the_rules_are_registered() -> None:
    assert set(RULES) <= set(rule_names())


def test_a_score_after_the_particle_leaves_it_with_its_verb() -> None:
    # (round 23: with the score, a contest, contest-loss reads "went down to" as Jon Dahl's win)
    for sentence in ("Tom Reed went down 6-3 6-4 to Jon Dahl in the final.",
                     "Tom Reed went down (6-3 6-4) to Jon Dahl."):
        assert ("Jon Dahl", "DEFEAT", "Tom Reed", False) in _facts(sentence)
        with ablated(["contest-loss"]):
            assert ("Tom Reed", "GO_DOWN", "Jon Dahl", False) in _facts(sentence)
    with ablated(["contest-loss"]):
        assert ("Tom Reed", "GO_OUT", "Jon Dahl", False) in _facts("Tom Reed went out 2-1 to Jon Dahl.")


def test_without_the_rule_the_particle_is_lost() -> None:
    with ablated(["particle-before-score"]):
        assert ("Tom Reed", "GO", "Jon Dahl", False) in _facts("Tom Reed went down 6-3 6-4 to Jon Dahl in the final.")


def test_a_particle_next_to_its_verb_is_read_as_before() -> None:
    assert ("Tom Reed", "GO_DOWN", "Jon Dahl", False) in _facts("Tom Reed went down to Jon Dahl.")
    assert ("Tom Reed", "HOLD_OFF", "Jon Dahl", False) in _facts("Tom Reed held off Jon Dahl 6-4 in Bergen.")


REPLY = "Jon Dahl did not want to comment but replied that Nordbank had bought Vexa Holdings."
SOLD = "Nordbank did not buy Vexa Holdings and sold Bergen Bank instead."
JOINED = "Tom Reed did not join Nordbank but joined Vexa Holdings."


def test_a_past_conjunct_is_outside_the_did_not() -> None:
    facts = _facts(SOLD)
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", True) in facts
    assert ("Nordbank", "SELL", "Bergen Bank", False) in facts
    assert ("Tom Reed", "JOIN", "Vexa Holdings", False) in _facts(JOINED)
    assert ("Jon Dahl", "SAY", "Nordbank", False) in _facts(REPLY)


def test_without_the_rule_the_past_conjunct_is_negated() -> None:
    with ablated(["past-conjunct-own-negation"]):
        assert ("Nordbank", "SELL", "Bergen Bank", True) in _facts(SOLD)
    with ablated(["past-conjunct-own-negation", "corrected-conjunct-affirmed"]):
        assert ("Jon Dahl", "SAY", "Nordbank", True) in _facts(REPLY)


CORRECTED = "Nordbank will not buy Vexa Holdings but merge with Bergen Bank."


def test_after_not_and_but_the_conjunct_is_affirmed() -> None:
    facts = _facts(CORRECTED)
    assert ("Nordbank", "ACQUIRE", "Vexa Holdings", True) in facts
    assert ("Nordbank", "MERGE", "Bergen Bank", False) in facts


def test_without_the_rule_the_corrected_conjunct_is_negated() -> None:
    with ablated(["corrected-conjunct-affirmed"]):
        assert ("Nordbank", "MERGE", "Bergen Bank", True) in _facts(CORRECTED)


def test_or_and_a_participle_under_have_still_share_the_negation() -> None:
    facts = _facts("Nordbank will not buy or sell Vexa Holdings.")
    assert ("Nordbank", "SELL", "Vexa Holdings", True) in facts
    assert ("Nordbank", "SELL", "Bergen Bank", True) in _facts("Nordbank has not bought Vexa Holdings and sold Bergen Bank.")
