"""Verbs of answering and of opinion as reporting verbs, and disclosures (round 21,
``answering-verb``, ``opinion-verb``, ``disclosure-statement``): '"Nordbank will not sell the
plant," Tom Reed replied' is Reed's claim, "Tom Reed felt that Nordbank had misled Vexa Holdings"
is Reed's opinion, with a statement, and "Jon Dahl revealed that S" keeps its statement beside S.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail with the rule switched off.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def _statements(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in extract_text(text).facts if f.rule == "statement"}


REPLIED = 'Shipyard dispute\n\n"Nordbank will not sell the plant to Vexa Holdings," Tom Reed replied.\n'
RESPONDED = "Shipyard dispute\n\nJon Dahl responded that Nordbank had never paid Vexa Holdings.\n"
FELT = "Shipyard dispute\n\nTom Reed felt that Nordbank had misled Vexa Holdings.\n"


def test_the_rules_are_registered() -> None:
    assert {"answering-verb", "opinion-verb", "disclosure-statement"} <= set(rule_names())


def test_a_quotation_before_replied_is_the_speakers() -> None:
    assert ("Nordbank", "SELL", "plant", "Tom Reed") in _facts(REPLIED)
    with ablated(["answering-verb"]):
        assert ("Nordbank", "SELL", "plant", None) in _facts(REPLIED)


def test_a_that_clause_after_responded_is_the_speakers() -> None:
    assert ("Nordbank", "PAY", "Vexa Holdings", "Jon Dahl") in _facts(RESPONDED)
    with ablated(["answering-verb"]):
        assert ("Nordbank", "PAY", "Vexa Holdings", None) in _facts(RESPONDED)


def test_a_quotation_after_countered_is_the_speakers() -> None:
    text = 'Shipyard dispute\n\nBut Jon Dahl countered: "Nordbank has never paid Vexa Holdings for the plant."\n'
    assert ("Nordbank", "PAY", "Vexa Holdings", "Jon Dahl") in _facts(text)
    with ablated(["answering-verb"]):
        assert ("Nordbank", "PAY", "Vexa Holdings", None) in _facts(text)


def test_replied_with_no_clause_reports_nothing() -> None:
    text = "Rugby\n\nBergen replied with three tries against Nordvik in the second half.\n"
    assert all(f[3] is None for f in _facts(text))


def test_a_clause_felt_is_the_holders_opinion_with_a_statement() -> None:
    assert ("Nordbank", "MISLEAD", "Vexa Holdings", "Tom Reed") in _facts(FELT)
    assert ("Tom Reed", "feel", "Nordbank") in _statements(FELT)
    with ablated(["opinion-verb"]):
        assert ("Nordbank", "MISLEAD", "Vexa Holdings", None) in _facts(FELT)
        assert not _statements(FELT)


def test_a_first_person_feeling_is_left_to_the_quotation_rules() -> None:
    text = 'Shipyard dispute\n\n"Nordbank is in trouble," said Tom Reed. "We feel that Nordbank has misled Vexa Holdings."\n'
    facts = _facts(text)
    assert ("Nordbank", "MISLEAD", "Vexa Holdings", "Tom Reed") in facts  # the quotation's speaker, not "We"
    with ablated(["opinion-verb"]):
        assert _facts(text) == facts


def test_a_disclosure_keeps_its_statement_beside_the_clause() -> None:
    text = "Shipyard dispute\n\nJon Dahl revealed that Nordbank had cut 300 jobs at Vexa Holdings.\n"
    assert ("Jon Dahl", "reveal", "Nordbank") in _statements(text)
    assert ("Nordbank", "CUT", "300 jobs", "Jon Dahl") in _facts(text)
    with ablated(["disclosure-statement"]):
        assert not _statements(text)


def test_a_plain_said_clause_gives_no_statement_beside_it() -> None:
    text = "Shipyard dispute\n\nJon Dahl said that Nordbank had cut 300 jobs at Vexa Holdings.\n"
    assert not _statements(text)
