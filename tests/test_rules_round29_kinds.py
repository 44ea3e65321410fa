"""Round 29, kinds and places said of names (kind29): a nationality or a place's possessive on a
kind said of an organisation's name (apposition, copula, "one of") gives its seat (kind-seat)."""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated

SEATS = [
    ("Nordbank, a Norwegian software firm, cut 300 jobs.", ("Nordbank", "BASE", "Norway")),
    ("Vexa Holdings is Norway's second-largest cement maker.", ("Vexa Holdings", "BASE", "Norway")),
    ("Vexa Holdings is a Swiss cement maker.", ("Vexa Holdings", "BASE", "Switzerland")),
    ("Vexa Holdings is one of Norway's biggest banks.", ("Vexa Holdings", "BASE", "Norway")),
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
