"""What a quotation's "I" does not assert (round 20, rule ``first-person-claim``): once "I" is its
speaker (rule ``quoted-first-person``), a quoted clause the speaker asks, believes, wishes,
hedges or only pictures gives no fact; nor does a stance "to me", a time or manner phrase read as
an object, a negated "I don't think" statement, or a speaker named past a reopened quotation.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each fails without the rule: ablated, the wrong fact comes back.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names

Fact = tuple[str, str, str, bool]


def _facts(text: str) -> set[Fact]:
    return {(f.subject.name, f.relation, f.object.name, f.negated) for f in extract_text(text).facts}


def test_the_rule_is_registered() -> None:
    assert "first-person-claim" in rule_names()


@pytest.mark.parametrize(("text", "wrong"), [
    # a question asks
    ('Title\n\n"You don\'t think I would sell the Bergen yard, do you?" said Tom Reed.\n',
     ("Tom Reed", "SELL", "Bergen yard", False)),
    # a clause under a verb of opinion, feeling or wishing, or that verb itself
    ('Title\n\n"I feel that I deserved the prize," said Tom Reed.\n', ("Tom Reed", "DESERVE", "prize", False)),
    ('Title\n\n"I wish I had been given a contract like this," said Tom Reed.\n',
     ("Tom Reed", "RECEIVE", "contract", False)),
    ('Title\n\n"I think the way that Nordbank works is wrong," said Tom Reed.\n', ("Tom Reed", "THINK", "way", False)),
    # a comparison of two degrees; the "it" of an extraposed clause
    ('Title\n\n"The more involved I can be with Nordbank, the better," said Tom Reed.\n',
     ("Tom Reed", "BE_WITH", "Nordbank", False)),
    ('Title\n\nThe Bergen Medal went to Tom Reed. "It gives me a lot of joy to know the crew did well," said Reed.\n',
     ("Bergen Medal", "GIVE_TO", "Tom Reed", False)),
    # a hedging adverb
    ('Title\n\n"I found out I had supposedly missed a meeting," said Tom Reed.\n',
     ("Tom Reed", "MISS", "meeting", False)),
    # "myself" pictured as a subject
    ('Title\n\n"I could not see myself winning the Bergen Cup," said Tom Reed.\n',
     ("Tom Reed", "WIN", "Bergen Cup", False)),
    # the speaker's stance, not a participant
    ('Title\n\n"To me, the board has spoken," said Tom Reed.\n', ("board", "SPEAK", "Tom Reed", False)),
    # a time phrase, a comparison, a cause read as the object
    ('Title\n\n"The first time I sailed it I just stood there," said Tom Reed.\n',
     ("Tom Reed", "STAND", "first time", False)),
    ('Title\n\n"I was a bit nervous at the outset," said Tom Reed.\n', ("Tom Reed", "BE_AT", "outset", False)),
    ('Title\n\n"I am sailing like a novice," said Tom Reed.\n', ("Tom Reed", "SAIL", "novice", False)),
    ('Title\n\n"I came because of the noise," said Tom Reed.\n', ("Tom Reed", "COME", "noise", False)),
    # "I don't think S" denies S: no negated statement of S (the quotation's own statement stays)
    ('Title\n\n"I don\'t think the bank is the only buyer watching the yard," said Tom Reed.\n',
     ("Tom Reed", "SAY", "bank", True)),
])
def test_an_unasserted_first_person_clause_gives_no_fact(text: str, wrong: Fact) -> None:
    assert wrong not in _facts(text)
    with ablated(["first-person-claim"]):
        assert wrong in _facts(text)


def test_no_speaker_named_past_a_reopened_quotation() -> None:
    text = ('Title\n\nJon Dahl added: "It is not my right to give orders and say when I want to sail. '
            '"I feel that the crews are sailing with a new spirit as I saw them race against Bergen (Nordvik won 4-0 '
            'on Friday) and I simply want to add to their success. '
            '"I do confess that I was rude to the Bergen press at times but now I have gained more experience. '
            '"Many of the great sailors had the press against them. '
            '"So I am now used to the fact that the press can be against me at times. '
            'Meanwhile, Nordbank spokesman Tom Reed welcomed the apology and said no one had pressed Dahl to apologise. '
            '"Dahl\'s apology today makes him a role model for all sailors," Reed said.\n')
    wrong = ("Tom Reed", "GAIN", "more experience", False)
    assert wrong not in _facts(text)
    assert ("Tom Reed", "WELCOME", "apology", False) in _facts(text)
    with ablated(["first-person-claim"]):
        assert wrong in _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ('Title\n\n"I offered them a settlement in May," said Jon Dahl, the Nordbank chairman.\n',
     ("Jon Dahl", "OFFER", "settlement", False)),
    ('Title\n\nTom Reed said: "I did not sell my shares in Fjordline."\n', ("Tom Reed", "SELL", "shares", True)),
])
def test_an_asserted_first_person_clause_keeps_its_fact(text: str, fact: Fact) -> None:
    assert fact in _facts(text)
