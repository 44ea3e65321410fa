"""Shapes between two names that no rule read before round 24: the work a noun "work" is on
(``work-on-noun``): "known for his work on Winter Roads"; the work a person's part is in
(``role-in-work``): "her role in Cold Water"; and the contest two sides meet in
(``contest-event``): "Tom Reed takes on Jon Dahl at the Bergen Open"; and the place a kind noun's
"of" phrase names (``kind-of-name``): "lives in the Norwegian city of Tromso".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import fact_triples, sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"work-on-noun", "role-in-work", "contest-event", "kind-of-name"} <= set(rule_names())


WORK_ON = [
    ("Tom Reed is best known for his work on Winter Roads.", ("Tom Reed", "WORK_ON", "Winter Roads")),
    ("Tom Reed, known for his work on Winter Roads and The Long Night, joined Nordbank in May.",
     ("Tom Reed", "WORK_ON", "Long Night")),
    ("Jon Dahl said Tom Reed had finished work on Night Train.", ("Tom Reed", "WORK_ON", "Night Train")),
    ("Anna Berg's work on Cold Water won her a prize.", ("Anna Berg", "WORK_ON", "Cold Water")),
]


@pytest.mark.parametrize(("sentence", "fact"), WORK_ON)
def test_the_noun_work_keeps_what_was_worked_on(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    # Since round 26 a phase verb on "work on" ("had finished work on") is also read by
    # object-noun-prep's light-noun-paraphrase: the fact goes only with both rules off.
    with ablated(["work-on-noun", "object-noun-prep"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Tom Reed was praised for his work in Bergen.", ("Tom Reed", "Bergen")),  # a place, and "in"
    ("Nordbank is planning work on Vexa Tower.", ("Nordbank", "Vexa Tower")),  # no possessor, a plan
    ("Tom Reed denied his work on Winter Roads.", ("Tom Reed", "Winter Roads")),  # denied
])
def test_no_work_on_a_place_nor_an_unstated_work(sentence: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "WORK_ON", pair[1]) not in sentence_triples(sentence)


ROLE_IN = [
    ("Anna Berg, best known for her role in Cold Water, has died.", ("Cold Water", "STAR", "Anna Berg")),
    ("Tom Reed won best actor for his role as a fisherman in the drama Winter Roads.",
     ("Winter Roads", "STAR", "Tom Reed")),
    ("Critics praised Anna Berg's part in Cold Water.", ("Cold Water", "STAR", "Anna Berg")),
]


@pytest.mark.parametrize(("sentence", "fact"), ROLE_IN)
def test_a_person_s_role_in_a_work_is_a_part_played(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["role-in-work"]):
        assert fact not in sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Tom Reed played down his role in Vexa Holdings.", ("Vexa Holdings", "Tom Reed")),  # a firm: a post
    ("Tom Reed was proud of his part in the Bergen Games.", ("Bergen Games", "Tom Reed")),  # an event
    ("Vexa Holdings defended its role in Winter Roads.", ("Winter Roads", "Vexa Holdings")),  # no person
    ("Tom Reed won for his leading role in Boys Don't Cry.", ("Boys", "Tom Reed")),  # a title the parse cut
])
def test_no_part_in_a_firm_an_event_or_for_a_firm(sentence: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "STAR", pair[1]) not in sentence_triples(sentence)


CONTEST_EVENT = [
    ("Tom Reed plays Jon Dahl in the Bergen Open on Friday.", [("Tom Reed", "PLAY_IN", "Bergen Open"),
                                                             ("Jon Dahl", "PLAY_IN", "Bergen Open")]),
    ("Jon Dahl, who takes on Tom Reed at the Bergen Open later on Monday, said he was fit.",
     [("Jon Dahl", "PLAY_IN", "Bergen Open"), ("Tom Reed", "PLAY_IN", "Bergen Open")]),
    ("Halden take on Molde in the Nordic Cup final.", [("Halden", "PLAY_IN", "Nordic Cup")]),
    ("Tom Reed lost to Jon Dahl in the quarter-finals of the Bergen Open.",
     [("Tom Reed", "PLAY_IN", "Bergen Open"), ("Jon Dahl", "PLAY_IN", "Bergen Open")]),
]


@pytest.mark.parametrize(("sentence", "facts"), CONTEST_EVENT)
def test_two_sides_meeting_in_a_contest_both_play_in_it(sentence: str, facts: list[tuple[str, str, str]]) -> None:
    assert set(facts) <= sentence_triples(sentence)
    with ablated(["contest-event"]):
        assert not set(facts) & sentence_triples(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Halden could face Molde in the Nordic Championship.", ("Halden", "Nordic Championship")),  # possible
    ("Tom Reed played Jon Dahl at the Bergen Festival.", ("Tom Reed", "Bergen Festival")),  # a part, not a match
    ("Jon Dahl met Tom Reed at the Bergen Open to discuss the deal.", ("Jon Dahl", "Bergen Open")),  # a meeting
    ("Halden did not beat Molde in the Nordic Cup.", ("Halden", "Nordic Cup")),  # negated
])
def test_no_contest_event_for_a_possible_match_or_another_meeting(sentence: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "PLAY_IN", pair[1]) not in sentence_triples(sentence)


def test_the_other_side_of_a_match_in_a_text_plays_too() -> None:
    facts = fact_triples("Nordic Cup\n\nHalden beat Molde 3-1 in the final of the Nordic Cup on Sunday.\n")
    assert {("Halden", "PLAY_IN", "Nordic Cup"), ("Molde", "PLAY_IN", "Nordic Cup")} <= facts


KIND_OF_NAME = [
    ("Anna Berg lives in the Norwegian city of Tromso.", [("Anna Berg", "LIVE", "Tromso"),
                                                         ("Tromso", "IS_A", "Norwegian city")]),
    ("Tom Reed is defending the Labour stronghold of Halden in West Norway.",
     [("Tom Reed", "DEFEND", "Halden"), ("Halden", "IS_A", "Labour stronghold")]),
    ("Vexa Holdings is registered in the central region of Telemark.", [("Telemark", "IS_A", "central region")]),
]


@pytest.mark.parametrize(("sentence", "facts"), KIND_OF_NAME)
def test_the_of_phrase_of_a_kind_of_place_names_the_place(sentence: str, facts: list[tuple[str, str, str]]) -> None:
    assert set(facts) <= sentence_triples(sentence)
    with ablated(["kind-of-name"]):
        assert not set(facts) & sentence_triples(sentence)


def test_the_verb_s_negation_stays_with_the_place() -> None:
    from kg.extract import extract_text

    facts = extract_text("Title\n\nTom Reed did not visit the island of Tromso.\n").facts
    visit = [f for f in facts if f.relation == "VISIT" and f.object.name == "Tromso"]
    assert visit and all(f.negated for f in visit)


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Nordbank opened an office in the capital of Norway.", ("Norway", "IS_A", "capital")),  # a larger place
    ("Jon Dahl worried about the state of Norway's economy.", ("Norway", "IS_A", "state")),  # a possessive
    ("Tom Reed toured a city of Tromso's size.", ("Tromso", "IS_A", "city")),  # no "the": no naming
])
def test_no_place_for_a_larger_place_a_possessive_or_an_indefinite_kind(sentence: str,
                                                                         fact: tuple[str, str, str]) -> None:
    assert fact not in sentence_triples(sentence)
