"""References within a sentence (round 18): an "it", "its", "they" or "their" bound to the
subject of its clause (rule ``clause-subject``), the organisation a spokesperson speaks for
(``spokesperson-organisation``) and a name typed a person that reports on "it" (``reported-it``);
:mod:`kg.resolve.binding`.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). The positive cases fail without their rule.
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.resolve.binding import clause_subject


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def _bound(text: str, word: str) -> str | None:
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == word)
    found = clause_subject(tok)
    return found.text if found is not None else None


def test_the_rules_are_registered() -> None:
    assert {"clause-subject", "spokesperson-organisation", "reported-it"} <= set(rule_names())


def test_they_of_a_clause_joined_to_another_is_its_subject() -> None:
    text = "Vexa Holdings will have to pay in the end, but they have been delaying the deal for months."
    assert ("Vexa Holdings", "DELAY", "deal") in _pairs(text)
    with ablated(["clause-subject"]):
        assert not any(s == "Vexa Holdings" and r == "DELAY" for s, r, _ in _pairs(text))


def test_they_of_an_adverbial_clause_is_the_team_above() -> None:
    text = "The coach Tom Reed insisted Norway can cope without Jon Dahl as they chase a first league title."
    assert ("Norway", "CHASE", "first league title") in _pairs(text)
    with ablated(["clause-subject"]):
        assert not any(s == "Norway" and r == "CHASE" for s, r, _ in _pairs(text))


def test_a_possessive_is_bound_by_its_clause_subject() -> None:
    assert _bound("Nordbank may unveil its new savings account in May.", "its") == "Nordbank"
    assert _bound("Bergen brushed aside Molde to secure their place in the final.", "their") == "Bergen"


def test_no_binding_past_a_plural_noun_or_an_object_controller() -> None:
    # the users update the software; "the rates" may be meant by "their"
    assert _bound("Nordbank urged users and firms to update their software.", "their") is None
    assert _bound("Nordbank said that with rates at their current level, prices would rise.", "their") is None
    # the three countries; the analysts
    assert _bound("Nordbank said it will watch Molde, Bergen and Oslo to see they pay.", "they") is None
    assert _bound("Analysts ask whether Nordbank can grow as they draw up forecasts.", "they") is None
    # the records, not the bank
    assert _bound("Nordbank gave no details of how the records vanished, but said they were safe.", "they") is None


def test_no_binding_for_an_object_or_two_subjects() -> None:
    assert _bound("Nordbank beat them in the final.", "them") is None
    assert _bound("Nordbank and Vexa said they would merge next year.", "they") is None


def test_a_spokesperson_speaks_for_the_organisation() -> None:
    text = "A spokeswoman for Vexa Holdings said it had no plans to close the Bergen plant."
    assert ("Vexa Holdings", "HAVE", "plans") in _pairs(text)
    with ablated(["spokesperson-organisation"]):
        assert not any(s == "Vexa Holdings" and r == "HAVE" for s, r, _ in _pairs(text))


def test_a_name_typed_a_person_that_reports_on_it() -> None:
    text = "Vexa announced it had won approval for a new factory in Bergen."
    assert ("Vexa", "WIN", "approval") in _pairs(text)
    with ablated(["reported-it"]):
        assert ("Vexa", "WIN", "approval") not in _pairs(text)


def test_a_firm_reports_on_itself() -> None:
    text = "Nordbank said on Monday that it would cut 300 jobs in Bergen."
    assert ("Nordbank", "CUT", "300 jobs") in _pairs(text)
    with ablated(["reported-it"]):
        assert ("Nordbank", "CUT", "300 jobs") not in _pairs(text)


def test_a_report_that_says_nothing_of_its_subject_is_no_binding() -> None:
    text = "Jon Dahl said it was a disappointing result for the club."
    assert not any(s == "Jon Dahl" and r != "SAY" for s, r, _ in _pairs(text))



def test_no_binding_past_another_it() -> None:
    # the second "it" is the drug, not the firm
    assert _bound("Nordbank said it would sell it again if it gets approval.", "it") == "Nordbank"
    doc_text = "Nordbank said it would sell it again if it gets approval."
    doc = load_model()(doc_text)
    last = [t for t in doc if t.lower_ == "it"][-1]
    assert clause_subject(last) is None
