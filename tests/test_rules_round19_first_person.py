"""The first person of a quotation (round 19): "I", "me", "my", "myself" are its speaker (rule
``quoted-first-person``), so the quoted clause's facts are the speaker's; the statement stays
beside them (rule ``first-person-statement``); "we" stays unresolved.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.subject.name, f.relation, f.object.name, f.attribution)
            for f in extract_text(text).facts}


def test_the_rules_are_registered() -> None:
    assert {"quoted-first-person", "first-person-statement"} <= set(rule_names())


@pytest.mark.parametrize(("text", "fact"), [
    ('Title\n\n"I offered them a settlement in May," said Jon Dahl, the Nordbank chairman.\n',
     ("Jon Dahl", "OFFER", "settlement", "Jon Dahl")),
    ('Title\n\nTom Reed said: "I will meet Anna Berg in Bergen."\n', ("Tom Reed", "MEET", "Anna Berg", "Tom Reed")),
    # a quotation that goes on in the next sentence is the same speaker's
    ('Title\n\n"Sales are up," said Ola Brekke. "I sold my shares in Fjordline."\n',
     ("Ola Brekke", "SELL", "shares", "Ola Brekke")),
])
def test_i_in_a_quotation_is_its_speaker(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(text)
    with ablated(["quoted-first-person"]):
        assert fact not in _facts(text)


@pytest.mark.parametrize("text", [
    # "we" is as often a nation, a side or people at large as the speaker's firm: unresolved
    'Title\n\n"We sold the Bergen yard to Nordbank," said Ola Brekke of Vexa Holdings.\n',
    'Title\n\nFormer Vexa Holdings chief Ola Brekke said: "We sold the Bergen yard to Nordbank."\n',
    'Title\n\nOla Brekke of Vexa Holdings joined Fjordline Group as an adviser. "We sold the Bergen yard," said Ola Brekke'
    ' of Fjordline Group.\n',
])
def test_we_stays_unresolved(text: str) -> None:
    assert not any(relation == "SELL" for _, relation, _, _ in _facts(text))


@pytest.mark.parametrize("text", [
    # a condition, and the clause that rests on it, state nothing that happened
    'Title\n\n"If I meet Anna Berg in Bergen, I will sign the deal," said Tom Reed.\n',
    # a pronoun named as a word
    'Title\n\n"Vexa has taken the \'I\' out of the team," said Tom Reed.\n',
])
def test_a_supposed_or_mentioned_first_person_stays_unresolved(text: str) -> None:
    assert not any(subject == "Tom Reed" and relation != "SAY" for subject, relation, _, _ in _facts(text))
    assert not any(obj == "Tom Reed" for _, _, obj, _ in _facts(text))


def test_the_statement_stays_beside_a_first_person_fact() -> None:
    text = 'Title\n\n"I offered them a settlement in May," said Jon Dahl.\n'
    assert {("Jon Dahl", "SAY", "settlement", None), ("Jon Dahl", "OFFER", "settlement", "Jon Dahl")} <= _facts(text)
    with ablated(["first-person-statement"]):
        assert ("Jon Dahl", "SAY", "settlement", None) not in _facts(text)


def test_i_outside_a_quotation_or_with_no_named_speaker_stays_unresolved() -> None:
    assert not any(r == "JOIN" for _, r, _, _ in _facts('Title\n\nA spokesman said: "I joined Nordbank in 1999."\n'))
    assert not any(r == "JOIN" for _, r, _, _ in _facts('Title\n\nI joined Nordbank in 1999, Tom Reed wrote.\n'))
