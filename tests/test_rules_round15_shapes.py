"""One-sentence shapes with a right parse and, before round 15, no rule (issue #13, round 14's class
(g)): a prize in an "N-winning" compound, a prize "given to" its winner, and rivals "fought off".

Each sentence is written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and fails with its rule switched off (``ablated``).
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.registry import ablated

# -- "Oscar-winning director Tom Reed": the prize before the hyphen was won by the name -------------


@pytest.mark.parametrize(("text", "winner", "prize"), [
    ("Oscar-winning director Tom Reed will shoot his next film in Bergen.", "Tom Reed", "Oscar"),
    ("World Cup-winning captain Jon Dahl has retired from rugby.", "Jon Dahl", "World Cup"),
    ("Critics expect a big opening for last year's Oscar-winning Night Harbour.", "Night Harbour", "Oscar"),
])
def test_an_n_winning_compound_says_the_name_won_the_prize(text: str, winner: str, prize: str) -> None:
    assert (winner, "WIN", "win", prize) in graph_facts(text)
    with ablated(["prize-compound"]):
        assert (winner, "WIN", "win", prize) not in graph_facts(text)


def test_the_prize_in_the_title_is_not_where_the_title_is_held() -> None:
    text = "World Cup-winning captain Jon Dahl has retired from rugby."
    facts = graph_facts(text)
    assert not any(r == "ROLE" and o == "World Cup" for _, r, _, o in facts)
    assert ("Jon Dahl", "IS_A", "world cup winning captain", "world cup winning captain") in facts
    with ablated(["prize-compound"]):  # before: a role held at the World Cup
        assert ("Jon Dahl", "ROLE", "winning captain", "World Cup") in graph_facts(text)


@pytest.mark.parametrize("text", [
    # no prize with a name of its own: "award-winning" does not say which award
    "The award-winning writer Anna Berg spoke in Bergen on Monday.",
    # no name the compound describes
    "The Oscar-winning film opens in Bergen on Friday.",
    # a name the model did not tag that goes on past its head: the node would be cut ("Lord")
    "Critics expect a big opening for last year's Oscar-winning Lord of the Harbours.",
])
def test_a_compound_without_a_named_prize_or_winner_says_nothing_won(text: str) -> None:
    assert not any(r == "WIN" for _, r, _, _ in graph_facts(text))


# -- "The top prize was given to Anna Berg": a prize given is won ------------------------------------


@pytest.mark.parametrize(("text", "winner", "prize"), [
    ("The top music award was given to Vexa Sound, a small firm from Bergen.", "Vexa Sound", "top music award"),
    ("The best newcomer prize was handed to Anna Berg on Sunday night.", "Anna Berg", "best newcomer prize"),
])
def test_a_prize_given_to_a_name_is_won_by_it(text: str, winner: str, prize: str) -> None:
    assert (winner, "WIN", "win", prize) in graph_facts(text)
    with ablated(["prize-given-to"]):
        assert not any(r == "WIN" for _, r, _, _ in graph_facts(text))


def test_a_thing_given_that_is_no_prize_is_not_won() -> None:
    assert not any(r == "WIN" for _, r, _, _ in graph_facts("The old mill was given to Bergen in 1950."))


# -- "fought off competition from A and B": the subject beat each contender --------------------------


@pytest.mark.parametrize(("text", "beaten"), [
    ("Vexa Holdings fought off competition from Nordbank and Halden to win the contract.", {"Nordbank", "Halden"}),
    ("Tom Reed saw off a late challenge from Jon Dahl to take the Nordic title.", {"Jon Dahl"}),
])
def test_fighting_off_competition_from_rivals_beats_each_of_them(text: str, beaten: set[str]) -> None:
    winner = " ".join(text.split()[:2])
    assert {(winner, "DEFEAT", "beat", b) for b in beaten} <= graph_facts(text)
    with ablated(["fought-off"]):
        assert not any(r == "DEFEAT" and o in beaten for _, r, _, o in graph_facts(text))


@pytest.mark.parametrize("text", [
    # not what happened: a wish, a denial
    "Vexa Holdings must fight off competition from Nordbank to keep the contract.",
    "Vexa Holdings did not fight off competition from Nordbank this year.",
])
def test_a_contest_not_won_beats_no_one(text: str) -> None:
    assert not any(r == "DEFEAT" and o == "Nordbank" for _, r, _, o in graph_facts(text))


# -- "a feud between A and B": the noun of a conflict and its two sides ------------------------------


@pytest.mark.parametrize(("text", "fact"), [
    ("The sale is the latest twist in a feud between Mr Reed and his brother Jon.", ("Reed", "FEUD_WITH", "feud with", "Jon")),
    ("The rivalry between Nordvik and Halden United has grown this season.",
     ("Nordvik", "RIVALRY_WITH", "rivalry with", "Halden United")),
    ("There has been a long battle between Vexa Holdings and Nordbank over the plant.",
     ("Vexa Holdings", "BATTLE_WITH", "battle with", "Nordbank")),
])
def test_a_conflict_between_two_names_relates_them(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)
    with ablated(["between-pair"]):
        assert fact not in graph_facts(text)


@pytest.mark.parametrize("text", [
    # three sides: who fought whom is not said
    "The battle between Vexa, Nordbank and Halden goes on.",
    # no conflict: a period between two months
    "Sales rose between October and December.",
])
def test_no_pair_without_two_sides_of_a_conflict(text: str) -> None:
    assert not any(r.endswith("_WITH") for _, r, _, _ in graph_facts(text))
