"""A clause a speaker denies (round 20, ``denied-clause``): "Tom Reed denied that Nordbank owes
him money" states no debt; the clause's facts are Reed's claim, negated.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _polar(text: str) -> set[tuple[str, str, str, bool, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.negated, f.attribution) for f in extract_text(text).facts}


DENIED = "Shipyard dispute\n\nNordbank denied that it had misled Vexa Holdings over the sale of the yard.\n"


def test_the_rule_is_registered() -> None:
    assert "denied-clause" in rule_names()


def test_a_denied_clause_is_negated_and_the_deniers() -> None:
    assert ("Nordbank", "MISLEAD", "Vexa Holdings", True, "Nordbank") in _polar(DENIED)


def test_without_the_rule_the_denied_clause_reads_as_stated() -> None:
    with ablated(["denied-clause"]):
        facts = _polar(DENIED)
    assert ("Nordbank", "MISLEAD", "Vexa Holdings", False, "Nordbank") in facts


def test_a_negated_clause_denied_is_stated() -> None:
    text = "Shipyard dispute\n\nTom Reed denied that Vexa Holdings had not paid Jon Dahl.\n"
    assert ("Vexa Holdings", "PAY", "Jon Dahl", False, "Tom Reed") in _polar(text)


def test_a_said_clause_keeps_its_polarity() -> None:
    text = "Shipyard dispute\n\nTom Reed said that Vexa Holdings had paid Jon Dahl.\n"
    assert ("Vexa Holdings", "PAY", "Jon Dahl", False, "Tom Reed") in _polar(text)


def test_a_denial_itself_negated_leaves_the_clause_unnegated() -> None:
    text = "Shipyard dispute\n\nTom Reed did not deny that Vexa Holdings had paid Jon Dahl.\n"
    assert ("Vexa Holdings", "PAY", "Jon Dahl", True, "Tom Reed") not in _polar(text)
