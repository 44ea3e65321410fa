"""Reported speech (round 19): what a quoted clause with a pronoun subject and no object is about,
for the statement fact that links its speaker to it (rule ``pronoun-clause-argument``).

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
    assert "pronoun-clause-argument" in set(rule_names())


@pytest.mark.parametrize(("text", "said"), [
    # a word that stands in for what its phrase names
    ('Title\n\n"We knew nothing about Anna Berg," said Tom Reed.\n', ("Tom Reed", "Anna Berg")),
    ('Title\n\n"Nothing short of victory will do," said Jon Dahl.\n', ("Jon Dahl", "victory")),
    ('Title\n\n"They have already met many of the council\'s demands," said Anna Berg.\n', ("Anna Berg", "demands")),
    # "with" on the verb, the agent of a passive whose subject is the speaker
    ('Title\n\n"We will meet with the owners of Nordbank," said Tom Reed.\n', ("Tom Reed", "owners")),
    ('Title\n\n"I was shocked by the verdict," Tom Reed said.\n', ("Tom Reed", "verdict")),
    # the adjective's preposition that the parse hangs on "be"
    ('Title\n\n"I\'m extremely outraged at the hypocrisy," Anna Berg told Radio Bergen.\n', ("Anna Berg", "hypocrisy")),
    # a clause of reason, when the clause itself names nothing
    ('Title\n\n"We can\'t comment because we were not present at the hearing," said Jon Dahl.\n',
     ("Jon Dahl", "hearing")),
])
def test_a_pronoun_clause_is_about_its_argument(text: str, said: tuple[str, str]) -> None:
    assert said in _said(text)
    with ablated(["pronoun-clause-argument"]):
        assert said not in _said(text)


@pytest.mark.parametrize("text", [
    # nothing named at all: no statement
    'Title\n\n"I am so happy," said Anna Berg.\n',
    # the agent of a passive about someone else; a capacity; a time; a likeness
    'Title\n\n"He was greatly loved by the public," said Anna Berg.\n',
    'Title\n\n"I\'m lucky as an artist to be able to sing here," said Anna Berg.\n',
    'Title\n\n"It will be strange on match days," said Anna Berg.\n',
    'Title\n\n"It feels like we have turned a page," said Anna Berg.\n',
])
def test_no_argument_no_statement(text: str) -> None:
    assert not any(who == "Anna Berg" for who, _ in _said(text))


def test_switching_off_pronoun_clause_topic_leaves_the_argument_rule_on() -> None:
    # --ablate measures one rule at a time: pronoun-clause-topic off is not pronoun-clause-argument off
    text = 'Title\n\n"We knew nothing about Anna Berg," said Tom Reed.\n'
    with ablated(["pronoun-clause-topic"]):
        assert ("Tom Reed", "Anna Berg") in _said(text)
    with ablated(["pronoun-clause-topic", "pronoun-clause-argument"]):
        assert ("Tom Reed", "Anna Berg") not in _said(text)
