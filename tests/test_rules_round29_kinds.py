"""Round 29, kinds and places said of names (kind29): a nationality, a place's possessive or a
country's name on a kind said of an organisation's name (apposition, copula, "one of", a kind
before the name) gives its seat (kind-seat); names after "like" behind a plural noun are members
of its kind (like-example)."""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated

SEATS = [
    ("Nordbank, a Norwegian software firm, cut 300 jobs.", ("Nordbank", "BASE", "Norway")),
    ("Vexa Holdings is Norway's second-largest cement maker.", ("Vexa Holdings", "BASE", "Norway")),
    ("Vexa Holdings is a Swiss cement maker.", ("Vexa Holdings", "BASE", "Switzerland")),
    ("Vexa Holdings is one of Norway's biggest banks.", ("Vexa Holdings", "BASE", "Norway")),
    ("Vexa Holdings, the largest US retailer, said its sales rose.", ("Vexa Holdings", "BASE", "US")),
    ("Tom Reed sold shares in UK drug firm Vexa Holdings on Monday.", ("Vexa Holdings", "BASE", "UK")),
]


@pytest.mark.parametrize(("sentence", "seat"), SEATS)
def test_a_placed_kind_said_of_a_firm_gives_its_seat(sentence: str, seat: tuple[str, str, str]) -> None:
    assert seat in sentence_triples(sentence)
    with ablated(["kind-seat"]):
        assert seat not in sentence_triples(sentence)


def test_each_name_of_a_list_takes_the_plural_kind_seat() -> None:
    sentence = "Vexa Holdings and Nordbank are Swiss banks."
    facts = sentence_triples(sentence)
    assert {("Vexa Holdings", "BASE", "Switzerland"), ("Nordbank", "BASE", "Switzerland")} <= facts
    with ablated(["kind-seat"]):
        assert not any(t[1] == "BASE" for t in sentence_triples(sentence))


@pytest.mark.parametrize("sentence", [
    "Vexa Holdings is not a Swiss bank.",      # denied
    "Vexa Holdings was once a Swiss bank.",    # another time
    "Vexa Holdings bought two Swiss banks.",   # a plural kind as an object: other firms
    "Tom Reed is a Norwegian designer.",       # a person's kind: where he is from, not a seat
    "Norway is Europe's biggest market.",      # a place is no firm
])
def test_no_seat_from_a_kind_not_said_of_the_firm_now(sentence: str) -> None:
    assert not any(t[1] == "BASE" for t in sentence_triples(sentence))


def test_names_like_a_plural_kind_are_members_of_it() -> None:
    sentence = "As well as burgers like the Vexa Melt and Fjord Stack, the company now sells salads."
    facts = sentence_triples(sentence)
    assert {("Vexa Melt", "IS_A", "burger"), ("Fjord Stack", "IS_A", "burger")} <= facts
    with ablated(["like-example"]):
        assert not any(t[1] == "IS_A" for t in sentence_triples(sentence))


@pytest.mark.parametrize("sentence", [
    "A bank like Nordbank would not take that risk.",   # a singular noun compares
    "Rivals like them cut prices.",                      # a pronoun names no one
    "Nordbank looked like Vexa Holdings in 2004.",       # a verb's "like"
    "How can you have people like Tom Reed up against Jon Dahl?",        # a noun of no kind
    "It is much faster than with 2G networks like Fjordnet.",            # a figure the kind's title cuts
    "We always hear the views of successful artists like the Reeds of the world.",  # a name for a type
    "Blockbuster films like Harry Fjord and The Prisoner Of Molde took £11.5m.",    # one title cut in two?
])
def test_no_member_from_a_comparison(sentence: str) -> None:
    assert not any(t[1] == "IS_A" for t in sentence_triples(sentence))
