"""Verbs that name a contest's result only in a contest (round 23, ``contest-win`` and
``contest-loss``, kg.extract.contests): "Tom Reed eliminated Jon Dahl 6-3 6-4" and "Jon Dahl fell
6-3 to Tom Reed" are (Tom Reed; DEFEAT; Jon Dahl) in the graph; off the field ("Vexa Holdings
eliminated 300 jobs", "the board ousted Tom Reed as chairman") the verbs keep their own sense.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"contest-win", "contest-loss", "contest-result-infinitive"} <= set(rule_names())


WINS = [
    ("Tom Reed eliminated Jon Dahl 6-3 6-4 in Bergen on Tuesday.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
    ("Bergen City overcame Halden in the semi-final on Saturday.", ("Bergen City", "DEFEAT", "Halden")),
    ("Jon Dahl was ousted by Tom Reed in the second round.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
    ("Tom Reed outlasted Jon Dahl to reach the final.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
    ("Anna Berg dispatched Eva Lund 6-1 6-2 in the quarter-finals.", ("Anna Berg", "DEFEAT", "Eva Lund")),
    ("Anna Berg eased past Eva Lund 6-1 6-2 on Monday.", ("Anna Berg", "DEFEAT", "Eva Lund")),
    ("Bergen City brushed aside Halden to reach the cup final.", ("Bergen City", "DEFEAT", "Halden")),
    ("Tom Reed overcame eighth seed Jon Dahl 6-7 7-6 6-2.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
]
LOSSES = [
    ("Jon Dahl fell 6-3 6-4 to Tom Reed in Bergen.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
    ("Halden went down 3-1 to Nordvik on Saturday.", ("Nordvik", "DEFEAT", "Halden")),
    ("Eva Lund succumbed to Anna Berg in the final.", ("Anna Berg", "DEFEAT", "Eva Lund")),
]


@pytest.mark.parametrize(("sentence", "fact"), WINS)
def test_a_win_verb_in_a_contest_is_a_defeat(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["contest-win"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "fact"), LOSSES)
def test_a_loss_verb_in_a_contest_is_the_winner_s_defeat(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["contest-loss"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Vexa Holdings eliminated 300 jobs at its plant in Bergen.",  # no side for the object
    "Anna Berg overcame her fear of flying.",  # no side for the object
    "The board ousted Tom Reed as chairman of Nordbank on Monday.",  # no contest named
    "Nordbank shares fell 5% to 300p on Friday.",  # a quantity after "to"
    "The town fell to the rebels after a siege.",  # no side, no contest
    "Vexa Holdings overcame Nordbank's objections to the deal.",  # no side for the object
    "Bergen City ousted Halden from the top of the league on Saturday.",  # a place in a ranking
])
def test_off_the_field_the_verbs_keep_their_sense(sentence: str) -> None:
    assert not any(f[1] == "DEFEAT" for f in sentence_triples(sentence))


def test_a_board_ousting_a_named_chairman_keeps_oust() -> None:
    facts = sentence_triples("The shareholders of Nordbank ousted Tom Reed at a meeting in Bergen.")
    assert not any(f[1] == "DEFEAT" for f in facts)


RESULTS = [
    ("Tom Reed rallied to beat Jon Dahl 3-6 7-6 7-5 in Bergen.", ("Tom Reed", "DEFEAT", "Jon Dahl")),
    ("Anna Berg survived an early scare to beat Eva Lund 1-6 6-1 6-4.", ("Anna Berg", "DEFEAT", "Eva Lund")),
    ("Bergen City fought back to beat Halden 2-1 in the cup.", ("Bergen City", "DEFEAT", "Halden")),
    ("Anna Berg needed three sets to beat Eva Lund 7-5 3-6 7-5.", ("Anna Berg", "DEFEAT", "Eva Lund")),
]


@pytest.mark.parametrize(("sentence", "fact"), RESULTS)
def test_an_infinitive_after_an_effort_in_a_match_is_its_result(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["contest-result-infinitive"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Reed went to Bergen to beat Jon Dahl in the final.",  # an aim: no verb of effort
    "Tom Reed will fight back to beat Jon Dahl in the final.",  # a modal: not what happened
    "Tom Reed did not rally to beat Jon Dahl in the final.",  # negated
    "Tom Reed rallied to beat the odds in Bergen.",  # no side for the object
])
def test_an_aim_or_an_unstated_win_gives_no_defeat(sentence: str) -> None:
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") not in sentence_triples(sentence)
    assert not any(f[1] == "DEFEAT" and f[2] != "Jon Dahl" for f in sentence_triples(sentence))
