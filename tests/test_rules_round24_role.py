"""Roles on fresh news (round 24, helper role24).

- ``misread-position``: "Bergen forward Jon Dahl says ..." → Jon Dahl holds "forward" at Bergen,
  where the model read the position word as an adverb or a verb and ``role-title`` found no title.
- ``among-kind``: "Tom Reed, Anna Berg and Jon Dahl are among the stars who ..." → each is a star.

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated

FORWARD = "Bergen forward Jon Dahl says the club is ready for the final."
FORWARD_TOLD = "Norway forward Tom Reed has told reporters he is happy in Bergen."
AMONG = "Tom Reed, Anna Berg and Jon Dahl are among the stars who have signed the letter."


@pytest.mark.parametrize("sentence,person,team", [(FORWARD, "Jon Dahl", "Bergen"), (FORWARD_TOLD, "Tom Reed", "Norway")])
def test_misread_position_gives_the_role(sentence: str, person: str, team: str) -> None:
    assert (person, "ROLE", team) in sentence_triples(sentence)
    with ablated(["misread-position"]):
        assert (person, "ROLE", team) not in sentence_triples(sentence)


def test_position_verb_without_a_team_name_is_no_role() -> None:
    # "they lock ...": no capitalised team before the word
    triples = sentence_triples("After the game they lock Jon Dahl out of the dressing room.")
    assert not any(s == "Jon Dahl" and r == "ROLE" for s, r, _ in triples)


def test_among_the_stars_makes_each_listed_name_a_star() -> None:
    triples = sentence_triples(AMONG)
    for person in ("Tom Reed", "Anna Berg", "Jon Dahl"):
        assert (person, "IS_A", "star") in triples
    with ablated(["among-kind"]):
        assert ("Anna Berg", "IS_A", "star") not in sentence_triples(AMONG)


@pytest.mark.parametrize("sentence", [
    "Anna Berg is not among the nominees for the Bergen prize.",
    "Anna Berg is tipped to be among the nominees for the Bergen prize.",
    "Anna Berg could be among the nominees for the Bergen prize.",
])
def test_among_unasserted_is_no_kind(sentence: str) -> None:
    assert ("Anna Berg", "IS_A", "nominee") not in sentence_triples(sentence)


def test_among_positive_nominees() -> None:
    assert ("Anna Berg", "IS_A", "nominee") in sentence_triples("Anna Berg is among the nominees for the Bergen prize.")


@pytest.mark.parametrize("sentence,person", [
    ("Nordbank and Vexa Holdings are among the big names in the Bergen market.", "Vexa Holdings"),
    ("We could sign Tom Reed but Jon Dahl and Anna Berg were among the runners-up.", "Jon Dahl"),
])
def test_among_guards(sentence: str, person: str) -> None:
    assert not any(s == person and r == "IS_A" for s, r, _ in sentence_triples(sentence))


def test_among_list_across_but_is_no_list() -> None:
    triples = sentence_triples("We could get Nordvik, Vexa Holdings and Halden FK but Bergen City, Nordbank and Tromso IL "
                               "were among the winners.")
    assert ("Nordvik", "IS_A", "winner") not in triples
