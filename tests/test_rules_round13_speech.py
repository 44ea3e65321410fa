"""Reported speech on news (issue #13, item 2, round 13): what a speaker told someone, a clause
framed by a pronoun ("he is confident that ..."), a quantity's topic and a quotation that runs on
into the next sentence.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names
from kg.model import Fact


def _said(text: str) -> list[Fact]:
    return [f for f in extract_text(text).facts if f.rule == "statement"]


def _statements(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.predicate, f.object.name) for f in _said(text)}


def _attributed(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"reported-clause", "nested-attribution", "continued-quotation", "quoted-as-saying",
            "quoted-self"} <= set(rule_names())


@pytest.mark.parametrize(("text", "statement"), [
    ('Her coach Tom Reed told the Bergen Post: "Nordbank is not ready for the final."',
     ("Tom Reed", "tell", "Nordbank")),
    ('"The tax is unfair and badly drafted," councillor Anna Berg told parliament.', ("Anna Berg", "tell", "tax")),
    ('"There is clearly some doubt about the deal," Anna Berg told Radio Bergen.', ("Anna Berg", "tell", "doubt")),
    ('"The harbour project is facing serious delays," Tom Reed said in a statement.',
     ("Tom Reed", "say", "harbour project")),
])
def test_a_clause_told_beside_an_addressee_or_an_adjunct_is_what_was_said(text: str, statement: tuple) -> None:
    assert statement in _statements(text)
    with ablated(["reported-clause"]):
        assert statement not in _statements(text)


def test_the_addressee_stays_who_was_told() -> None:
    # the clause is read besides the addressee, not instead of it
    facts = extract_text('"The tax is unfair," Anna Berg told Radio Bergen.').facts
    assert ("Anna Berg", "SAY", "tell", "Radio Bergen") in {
        (f.subject.name, f.relation, f.predicate, f.object.name) for f in facts if f.rule == "svo"}


def test_facts_of_a_clause_told_are_the_speakers() -> None:
    facts = _attributed('"Vexa Holdings will close the Bergen plant," Tom Reed told Radio Bergen.')
    assert ("Vexa Holdings", "CLOSE", "Bergen plant", "Tom Reed") in facts
    # the clause gave a fact of its own: no statement fact beside it
    assert not _said('"Vexa Holdings will close the Bergen plant," Tom Reed told Radio Bergen.')


@pytest.mark.parametrize(("text", "statement"), [
    ('But Berg said: "Everything clearly shows that the fine should be cancelled."', ("Berg", "say", "fine")),
    ("Reed said he is confident the harbour can reopen next spring.", ("Reed", "say", "harbour")),
])
def test_a_pronouns_clause_frames_what_is_said(text: str, statement: tuple) -> None:
    assert statement in _statements(text)


def test_the_framing_clause_is_kept_when_the_inner_one_names_nothing() -> None:
    # "what I wanted" names nothing: the statement is about the start
    assert ("Reed", "tell", "fine start") in _statements(
        '"It is a fine start to the season - just what I wanted," Reed told his website.')


def test_a_quantity_is_about_what_it_counts() -> None:
    assert ("Nordbank", "say", "loans") in _statements(
        "Nordbank said that 10% of the loans issued last year were at risk of default.")


def test_a_clause_inside_a_reported_clause_is_the_speakers_claim() -> None:
    text = "Reed said he is confident Nordbank can return to profit next year."
    assert ("Nordbank", "RETURN", "profit", "Reed") in _attributed(text)
    with ablated(["nested-attribution"]):  # (then "he is confident" holds it: rule stance-adjective, round 22)
        assert ("Nordbank", "RETURN", "profit", "he") in _attributed(text)
    with ablated(["nested-attribution", "stance-adjective"]):
        assert ("Nordbank", "RETURN", "profit", None) in _attributed(text)


def test_a_clause_known_by_a_verb_that_reports_nothing_has_no_speaker() -> None:
    assert ("Vexa", "ACQUIRE", "plant", None) in _attributed("Nordbank knows that Vexa bought the plant.")


QUOTED = ('"Sales of the new card are up sharply," said Tom Reed, head of Nordbank.\n\n'
          '"However, rising costs and a weak krone are hurting our margins."\n\n'
          '"Vexa Holdings has cut its prices in Bergen."')


def test_a_quotation_that_runs_on_is_its_speakers() -> None:
    assert ("Tom Reed", "say", "rising costs") in _statements(QUOTED)
    assert ("Vexa Holdings", "CUT", "prices", "Tom Reed") in _attributed(QUOTED)
    with ablated(["continued-quotation"]):
        assert ("Tom Reed", "say", "rising costs") not in _statements(QUOTED)
        assert ("Vexa Holdings", "CUT", "prices", None) in _attributed(QUOTED)


def test_a_statement_of_a_quotation_that_runs_on_has_its_words() -> None:
    (said,) = [f for f in _said(QUOTED) if f.object.name == "rising costs"]
    assert said.object_text == "However, rising costs and a weak krone are hurting our margins"


@pytest.mark.parametrize("text", [
    # a sentence between them that is no quotation ends the speaker's turn
    '"Nordbank will grow," Tom Reed said. The bank\'s shares rose. "The harbour is closed."',
    # a quotation with no speaker named before it is nobody's
    'Anna Berg said the harbour was closed. "The storm damaged the western pier."',
])
def test_a_quotation_after_other_words_is_not_continued(text: str) -> None:
    assert not any(f.object.name in ("harbour", "storm") and f.subject.name in ("Tom Reed", "Anna Berg")
                   for f in _said(text) if "harbour is closed" in f.evidence or "storm" in f.evidence)


QUOTED_AS = '"Vexa Holdings has been misleading its customers," the agency quoted prosecutor Tom Reed as saying.'


def test_who_is_quoted_as_saying_is_the_speaker() -> None:
    assert ("Vexa Holdings", "MISLEAD", "customers", "Tom Reed") in _attributed(QUOTED_AS)
    assert ("Tom Reed", "say", "great loss") in _statements(
        '"We are mourning a great loss," the agency quoted Nordbank worker Tom Reed as saying.')
    with ablated(["quoted-as-saying"]):
        assert ("Vexa Holdings", "MISLEAD", "customers", None) in _attributed(QUOTED_AS)
        assert not _statements('"We are mourning a great loss," the agency quoted Nordbank worker Tom Reed as saying.')


def test_a_quote_after_as_saying_is_the_quoted_ones() -> None:
    text = 'The Bergen Post quoted Anna Berg as saying: "Nordbank will close the harbour branch."'
    assert ("Nordbank", "CLOSE", "harbour branch", "Anna Berg") in _attributed(text)


def test_i_inside_a_quotation_is_its_speaker() -> None:
    text = '"I think Vexa Holdings has overtaken Nordbank this year," said analyst Tom Reed.'
    assert ("Vexa Holdings", "OVERTAKE", "Nordbank", "Tom Reed") in _attributed(text)
    with ablated(["quoted-self", "quoted-first-person"]):  # (either rule gives "I" its speaker)
        assert ("Vexa Holdings", "OVERTAKE", "Nordbank", "I") in _attributed(text)


def test_a_quotation_goes_on_past_a_full_stop_inside_its_marks() -> None:
    # the second and third sentences are inside the quotation opened in the second
    text = ('"The new branch is going to be very different," said Anna Berg of Nordbank. "The old one '
            'was slow. Vexa Holdings has a busy, noisy office that is not good for savers."')
    # (the model tags "office" here an organisation: lower-case-not-name makes it a common noun,
    # "busy, noisy office"; the attribution is what this test reads)
    assert ("Vexa Holdings", "HAVE", "busy, noisy office", "Anna Berg") in _attributed(text)
    with ablated(["continued-quotation"]):
        assert ("Vexa Holdings", "HAVE", "busy, noisy office", None) in _attributed(text)


def test_a_sentence_with_a_verb_of_saying_is_no_continuation() -> None:
    # marks left open make the second sentence look quoted, but it names a speaker of its own
    text = '"Sales are up," said Tom Reed. "Profits, Anna Berg said, rose at Vexa Holdings in Bergen.'
    assert not any(f.subject.name == "Tom Reed" or f.attribution == "Tom Reed"
                   for f in extract_text(text).facts if "Profits" in f.evidence)
