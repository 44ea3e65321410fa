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
    ('Title\n\n"Would I sell the Bergen yard now?" said Tom Reed.\n',
     ("Tom Reed", "SELL", "Bergen yard", False)),
    # a clause under a verb of opinion, feeling or wishing, or that verb itself
    ('Title\n\n"I feel I earned the medal after a hard season," said Tom Reed.\n', ("Tom Reed", "EARN", "medal", False)),
    ('Title\n\n"I wish I had signed a longer deal with Nordbank," said Tom Reed.\n',
     ("Tom Reed", "SIGN", "longer deal", False)),
    ('Title\n\n"I feel the way that Nordbank pays its staff is unfair," said Tom Reed.\n', ("Tom Reed", "FEEL", "way", False)),
    # a comparison of two degrees; the "it" of an extraposed clause
    ('Title\n\n"The more often I sail with Nordbank, the better," said Tom Reed.\n',
     ("Tom Reed", "SAIL_WITH", "Nordbank", False)),  # round 25's companion-phrase keeps "with"
    ('Title\n\nThe Bergen Medal went to Tom Reed. "It brings me great pleasure to see the young crews race," said Reed.\n',
     ("Bergen Medal", "BRING_TO", "Tom Reed", False)),
    # a hedging adverb
    ('Title\n\n"They told me I had allegedly skipped a board meeting," said Tom Reed.\n',
     ("Tom Reed", "DECLINE", "board meeting", False)),
    # "myself" pictured as a subject
    ('Title\n\n"I could not see myself winning the Bergen Cup," said Tom Reed.\n',
     ("Tom Reed", "WIN", "Bergen Cup", False)),
    # the speaker's stance, not a participant
    ('Title\n\n"To me, the board has spoken," said Tom Reed.\n', ("board", "SPEAK", "Tom Reed", False)),
    # a time phrase, a comparison, a cause read as the object
    ('Title\n\n"The whole morning I waited there," said Tom Reed.\n',
     ("Tom Reed", "WAIT", "whole morning", False)),
    ('Title\n\n"I was rather anxious at the outset," said Tom Reed.\n', ("Tom Reed", "BE_ANXIOUS_AT", "outset", False)),
    ('Title\n\n"I am sailing like a novice," said Tom Reed.\n', ("Tom Reed", "SAIL", "novice", False)),
    ('Title\n\n"I came because of the noise," said Tom Reed.\n', ("Tom Reed", "COME", "noise", False)),
    # "I don't think S" denies S: no negated statement of S (the quotation's own statement stays)
    ('Title\n\n"I don\'t think the bank is the only buyer watching the yard," said Tom Reed.\n',
     ("Tom Reed", "SAY", "bank", True)),
])
def test_an_unasserted_first_person_clause_gives_no_fact(text: str, wrong: Fact) -> None:
    assert wrong not in _facts(text)
    # round 24's quoted-it keeps a quotation's "It" from the narrator's "Bergen Medal" too: off as well
    with ablated(["first-person-claim", "quoted-it"]):
        assert wrong in _facts(text)


def test_no_speaker_named_past_a_reopened_quotation() -> None:
    text = ('Title\n\nJon Dahl spoke to reporters after the race in Bergen. "I have gained more experience this year. '
            '"The crews are faster now. Meanwhile, Nordbank spokesman Tom Reed praised the crews and said nobody '
            'had forced Dahl to race. "Dahl\'s win today shows real courage," Reed said.\n')
    wrong = ("Tom Reed", "GAIN", "more experience", False)
    assert wrong not in _facts(text)
    assert ("Tom Reed", "PRAISE", "crews", False) in _facts(text)
    with ablated(["first-person-claim"]):
        assert wrong in _facts(text)


@pytest.mark.parametrize(("text", "fact"), [
    ('Title\n\n"I offered them a settlement in May," said Jon Dahl, the Nordbank chairman.\n',
     ("Jon Dahl", "OFFER", "settlement", False)),
    ('Title\n\nTom Reed said: "I did not sell my shares in Fjordline."\n', ("Tom Reed", "SELL", "shares", True)),
])
def test_an_asserted_first_person_clause_keeps_its_fact(text: str, fact: Fact) -> None:
    assert fact in _facts(text)


def test_a_condition_is_a_rule_of_its_own() -> None:
    # "if I meet ...": the condition and the clause resting on it leave "I" unresolved (rule
    # first-person-condition), which --ablate can switch off on its own
    text = 'Title\n\n"If I meet Anna Berg in Bergen, I will sign the deal," said Tom Reed.\n'
    assert ("Tom Reed", "SIGN", "deal", False) not in _facts(text)
    with ablated(["first-person-condition"]):
        assert ("Tom Reed", "SIGN", "deal", False) in _facts(text)
