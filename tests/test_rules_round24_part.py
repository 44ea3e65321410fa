"""Two shapes of dev's "one sentence: partial" misses (round 24, helper part24): a fixture stated as
an infinitive of purpose (``fixture-purpose``): "Halden will travel to Bergen to meet Molde"; and
a deal made with a party named in the noun's "with" phrase (``deal-with``): "Nordbank struck a
deal with Vexa Holdings".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"fixture-purpose", "deal-with"} <= set(rule_names())


FIXTURES = [
    ("Halden will travel to Bergen to meet holders Vexa United in January.", ("Halden", "MEET", "Vexa United")),
    ("Nordvik have brought Tom Reed back into their squad to face Molde on Sunday.", ("Nordvik", "FACE", "Molde")),
    ("Jon Dahl flew to Oslo on Monday to play Ole Lund in the quarter-finals.", ("Jon Dahl", "PLAY", "Ole Lund")),
]


@pytest.mark.parametrize(("sentence", "fact"), FIXTURES)
def test_a_journey_to_face_a_side_states_the_fixture(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["fixture-purpose"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Halden will not travel to Bergen to face Molde.", ("Halden", "Molde")),  # negated journey
    ("Halden could travel to Bergen to face Molde.", ("Halden", "Molde")),  # a possibility
    ("Halden hope to travel to Bergen to face Molde.", ("Halden", "Molde")),  # a hope
    ("Jon Dahl went to Bergen to beat Ole Lund.", ("Jon Dahl", "Ole Lund")),  # an outcome: an aim
    ("Tom Reed had signed up to play Jack in Cold Harbour.", ("Tom Reed", "Jack")),  # a part
    ("Tom Reed has been dropped from the squad to face Molde.", ("Tom Reed", "Molde")),  # a passive
])
def test_no_fixture_from_an_aim_a_possibility_or_a_part(sentence: str, pair: tuple[str, str]) -> None:
    assert not any((s, o) == pair for s, _, o in sentence_triples(sentence))


DEALS = [
    ("Nordbank struck a deal with Vexa Holdings.", ("Nordbank", "STRIKE_DEAL_WITH", "Vexa Holdings")),
    ("Nordbank signed a deal with Vexa Holdings last week.", ("Nordbank", "SIGN_DEAL_WITH", "Vexa Holdings")),
    ("Tom Reed has signed a new contract with Nordvik.", ("Tom Reed", "SIGN_CONTRACT_WITH", "Nordvik")),
    ("Nordbank has a distribution agreement with Vexa Holdings.",
     ("Nordbank", "HAVE_AGREEMENT_WITH", "Vexa Holdings")),
]


@pytest.mark.parametrize(("sentence", "fact"), DEALS)
def test_a_deal_links_its_two_parties(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["deal-with"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Nordbank rejected a deal with Vexa Holdings.",  # no deal made
    "Nordbank is close to a deal with Vexa Holdings.",  # not yet made
    "Nordbank is trying to strike a deal with Vexa Holdings.",  # an attempt
    "Nordbank signed the deal with great relief.",  # no party
])
def test_no_deal_without_a_verb_that_makes_one(sentence: str) -> None:
    assert not any(r.endswith("_WITH") and "DEAL" in r for _, r, _ in sentence_triples(sentence))
