"""Statements kept beside a reported clause's facts (round 23): the statement of a sentence that
goes on with a quotation whose speaker another sentence names (``continued-statement``), and of a
clause whose subject is the speaker's own "he" or "it" (``self-report-statement``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names
from kg.model import Fact
from kg.resolve.facts import self_report


def _facts(text: str) -> list[Fact]:
    return extract_text(text).facts


def _said(facts: list[Fact], speaker: str) -> set[str]:
    """The topics of the speaker's statements."""
    return {f.object.name for f in facts if f.relation == "SAY" and f.subject.name == speaker}


def _attributed(facts: list[Fact]) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in facts}


def test_the_rules_are_registered() -> None:
    assert {"continued-statement", "self-report-statement"} <= set(rule_names())


CONTINUED = ('Harbour deal\n\n"Sales are up," said Tom Reed, the chief executive of Nordbank. '
             '"Vexa Holdings has bought the harbour plant."\n')


def test_a_continued_quotation_keeps_its_statement_beside_its_facts() -> None:
    facts = _facts(CONTINUED)
    assert ("Vexa Holdings", "ACQUIRE", "harbour plant", "Tom Reed") in _attributed(facts)
    assert "Vexa Holdings" in _said(facts, "Tom Reed")
    with ablated(["continued-statement"]):
        facts = _facts(CONTINUED)
    assert ("Vexa Holdings", "ACQUIRE", "harbour plant", "Tom Reed") in _attributed(facts)
    assert "Vexa Holdings" not in _said(facts, "Tom Reed")


NAMED_AFTER = ('Bergen Rovers\n\n"Bergen Rovers have signed Jon Dahl. He starts on Monday," '
               'said Tom Reed, the club\'s manager.\n')


def test_a_quotation_whose_speaker_is_named_after_it_keeps_the_first_statement() -> None:
    facts = _facts(NAMED_AFTER)
    assert "Jon Dahl" in _said(facts, "Tom Reed") or "Bergen Rovers" in _said(facts, "Tom Reed")
    with ablated(["continued-statement"]):
        ablated_said = _said(_facts(NAMED_AFTER), "Tom Reed")
    assert not {"Jon Dahl", "Bergen Rovers"} & ablated_said


def test_a_sentence_naming_its_own_speaker_gives_its_facts_only() -> None:
    # "X said S" with S's facts: the statement is left out, as before (the rule is about
    # sentences that carry a speaker over)
    facts = _facts("Title\n\nTom Reed said Vexa Holdings had bought the harbour plant.\n")
    assert ("Vexa Holdings", "ACQUIRE", "harbour plant", "Tom Reed") in _attributed(facts)
    assert "Vexa Holdings" not in _said(facts, "Tom Reed")


SELF = "Title\n\nNordbank said it would close the Bergen plant next year.\n"


def test_the_speakers_own_it_keeps_the_statement() -> None:
    facts = _facts(SELF)
    assert ("Nordbank", "CLOSE", "Bergen plant", "Nordbank") in _attributed(facts)
    assert "Bergen plant" in _said(facts, "Nordbank")
    with ablated(["self-report-statement"]):
        facts = _facts(SELF)
    assert ("Nordbank", "CLOSE", "Bergen plant", "Nordbank") in _attributed(facts)
    assert "Bergen plant" not in _said(facts, "Nordbank")


def test_a_pronoun_for_someone_else_is_no_self_report() -> None:
    # the rule asks that the pronoun be resolved to the speaker the fact is attributed to; a
    # named subject, or a pronoun resolved to someone else, leaves the statement out as before
    fact = next(f for f in _facts(SELF) if f.relation == "CLOSE")
    assert self_report(fact)
    assert not self_report(replace(fact, attribution="Anna Berg"))
    assert not self_report(replace(fact, subject_text="Nordbank"))
