"""Reported speech (issue #13, item 2, round 16): what a quoted clause with a pronoun subject is
about, for the statement fact that links its speaker to it.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _said(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in extract_text(text).facts if f.relation == "SAY"}


def test_the_rule_is_registered() -> None:
    assert "pronoun-clause-topic" in set(rule_names())


@pytest.mark.parametrize(("text", "said"), [
    # the preposition of the clause's adjective
    ('"We are pleased with the sale of the Bergen yard," said Tom Reed.', ("Tom Reed", "sale")),
    ('"I am hugely disappointed for Jon Dahl," said Tom Reed.', ("Tom Reed", "Jon Dahl")),
    # the object of the verb the clause's verb governs, direct or through its preposition
    ('"We want to keep Jon Dahl at the club," said Tom Reed.', ("Tom Reed", "Jon Dahl")),
    ('"We have to deal with the debts of the Bergen yard," said Tom Reed.', ("Tom Reed", "debts")),
    ('"You have to risk a lot of money in Bergen," said Tom Reed.', ("Tom Reed", "money")),  # what "a lot" counts
    # what "be about" names
    ('"It was all about the harbour," Tom Reed said.', ("Tom Reed", "harbour")),
])
def test_a_pronoun_clause_is_about_its_predicates_object(text: str, said: tuple[str, str]) -> None:
    assert said in _said(text)
    # (round 19's pronoun-clause-argument reads "with" and "about" too: "pleased with the sale",
    # "all about the harbour"; each rule is switched off alone, so both go for none of it)
    with ablated(["pronoun-clause-topic", "pronoun-clause-argument"]):
        assert said not in _said(text)


@pytest.mark.parametrize("text", [
    # a preposition of the clause's own verb is when, where or how
    '"At this stage we are on a high," said Jon Dahl.',
    '"I would only be pleased in terms of the sales," said Jon Dahl.',
    # a bare noun is part of an idiom; a particle verb's preposition is no object's
    '"We did not plan to take part," said Jon Dahl.',
    '"We wanted to get off to a good start," said Jon Dahl.',
    # a noun given something ("give the yard more time") is not what is said
    '"We wanted to give the yard more time," said Jon Dahl.',
])
def test_an_adjunct_or_an_idiom_is_no_topic(text: str) -> None:
    assert not any(who == "Jon Dahl" for who, _ in _said(text))


def _attributed(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


def test_the_finding_rule_is_registered() -> None:
    assert "finding-verb" in set(rule_names())


@pytest.mark.parametrize(("text", "fact"), [
    ("Bergen police pointed out that Tom Reed had moved to Oslo.", ("Tom Reed", "MOVE", "Oslo", "Bergen police")),
    ("Nordbank test results show that the Vexa 9 has reached speeds of 40 knots.",
     ("Vexa", "REACH", "speeds", "Nordbank")),  # the results' maker (round 17, document-source)
    ("Analysts predict Vexa Holdings will become a bigger rival of Nordbank.",
     ("Vexa Holdings", "BECOME", "bigger rival", "analysts")),
    ("Jon Dahl agreed that Nordbank had won the Bergen contract.", ("Nordbank", "WIN", "Bergen contract", "Jon Dahl")),
    ("The Bergen Post fears that Vexa Holdings will close the yard.", ("Vexa Holdings", "CLOSE", "yard", "Bergen Post")),
])
def test_a_finding_is_its_finders_claim(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in _attributed(text)
    with ablated(["finding-verb"]):
        assert fact not in _attributed(text)


@pytest.mark.parametrize(("text", "fact"), [
    # an indirect question claims nothing
    ("Nordbank refused to reveal whether Tom Reed is on its shortlist.", ("Tom Reed", "BE_ON", "shortlist", None)),
    # a person who shows something demonstrates it
    ("Tom Reed showed he can control a game.", ("Tom Reed", "CONTROL", "game", None)),
])
def test_a_question_or_a_demonstration_is_no_finding(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in _attributed(text)


def test_a_finding_inside_what_was_said_is_the_speakers() -> None:
    # the parse hangs "predicted" on the reported clause: the prediction is still Anna Berg's
    facts = _attributed("Anna Berg said Nordbank would close the branch and predicted that Jon Dahl would buy the yard.")
    assert ("Jon Dahl", "ACQUIRE", "yard", "Anna Berg") in facts
