"""Two shapes of dev's "one sentence: partial" misses (round 25, helper part25), both a kind said of a
name inside one noun phrase:

* ``kind-beside-name``: a kind noun right before a name the parse did not join to it, a title with
  its own "The" ("the play The Fjord Tale") or a bare classifier ("cement firm Vexa"), read as
  (name; IS_A; kind);
* ``possessed-name-kind``: a name between a possessive and a kind noun ("Uganda's Vexa Vision
  newspaper", "Nordbank's Vexa games console"), read as (name; IS_A; kind).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"kind-beside-name", "possessed-name-kind"} <= set(rule_names())


KIND_BESIDE = [
    ("Uganda's authorities have banned the play The Fjord Tale.", ("Fjord Tale", "IS_A", "play")),
    ("Russian drama The Return has been named winner of the Bergen award.", ("Return", "IS_A", "Russian drama")),
    ("Tom Reed's boxing drama Cold Harbour has become the new favourite to win best picture.",
     ("Cold Harbour", "IS_A", "boxing drama")),
    ("The parents are suing the store over a CD by rock group Nordlys that contains swear words.",
     ("Nordlys", "IS_A", "rock group")),
    ("The comedy Blue Harbour has dominated this year's Nordic Film Awards.", ("Blue Harbour", "IS_A", "comedy")),
    ("Horror film The Long Night was the second best-selling DVD.", ("Long Night", "IS_A", "horror film")),
]


@pytest.mark.parametrize(("sentence", "fact"), KIND_BESIDE)
def test_a_kind_right_before_a_name_is_what_the_name_is(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["kind-beside-name"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Bergen beat holders Nordvik on Sunday.", ("Nordvik", "IS_A", "holders")),  # a title of a side
    ("Nordbank sold shares Vexa Holdings had bought.", ("Vexa Holdings", "IS_A", "shares")),  # two clauses
    ("Jon Dahl, founder of the CGA consultancy Anna Lind-Berg, agreed.", ("Anna Lind-Berg", "IS_A", "consultancy")),
    ("And in the pack Bergen-Nordvik Ospreys forward Tom Reed is preferred at blindside flanker to Jon Dahl.",
     ("Bergen-Nordvik Ospreys", "IS_A", "pack")),
])
def test_no_kind_from_a_title_or_across_clauses(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact not in sentence_triples(sentence)


POSSESSED = [
    ("Some members are siding with the council, Uganda's Vexa Vision newspaper reports.",
     ("Vexa Vision", "IS_A", "newspaper")),
    ("Movies are among those to be made available for Nordbank's Vexa games console.",
     ("Vexa", "IS_A", "games console")),
    ("Microsoft's Vexa operating system was updated on Monday.", ("Vexa", "IS_A", "operating system")),
]


@pytest.mark.parametrize(("sentence", "fact"), POSSESSED)
def test_a_name_between_a_possessive_and_a_kind_is_of_that_kind(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["possessed-name-kind"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Arsenal's Champions League match was postponed.",  # what the match is in, not what it is
    "Bergen's Nordic festival opened on Monday.",  # where
    "Nordbank's London office will close.",  # a place
    "The firm's Christmas sales rose by 5%.",  # when, and no kind noun
    "Nordbank's Tom Reed show drew two million viewers.",  # a person's name: whose show
])
def test_no_kind_for_a_place_a_time_a_person_or_a_contest(sentence: str) -> None:
    assert not any(r == "IS_A" for _, r, _ in sentence_triples(sentence))
