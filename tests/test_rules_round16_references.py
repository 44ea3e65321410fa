"""References within a document (issue #13, item 3, round 16): a name in a phrase fronted before a
subject reference is not what the reference stands for (rule ``fronted-adjunct``,
:mod:`kg.resolve.references`).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.nlp import load_model
from kg.extract.registry import ablated, rule_names
from kg.resolve.references import in_fronted_phrase


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_the_rule_is_registered() -> None:
    assert "fronted-adjunct" in rule_names()


def test_he_after_a_fronted_phrase_is_not_the_club_in_it() -> None:
    # the model types the club "Brenton" a person: without the rule it is the nearest "he"
    text = ("Midfielder Tom Reed has joined Nordvik from Brenton. After signing for Brenton he made 120 "
            "appearances, scoring 14 times.")
    facts = _pairs(text)
    assert ("Tom Reed", "MAKE", "120 appearances") in facts
    assert not any(s == "Brenton" for s, _, _ in facts)
    with ablated(["fronted-adjunct"]):
        assert ("Brenton", "MAKE", "120 appearances") in _pairs(text)


def test_he_after_unlike_is_someone_else() -> None:
    text = "Tom Reed moved to Nordvik in May. Unlike Jon Dahl, he has never won the league."
    facts = _pairs(text)
    assert ("Tom Reed", "WIN", "league") in facts
    assert ("Jon Dahl", "WIN", "league") not in facts
    with ablated(["fronted-adjunct"]):
        assert ("Jon Dahl", "WIN", "league") in _pairs(text)


@pytest.mark.parametrize(("text", "name", "fronted"), [
    ("After signing for Brenton he made 120 appearances.", "Brenton", True),
    ("Unlike Jon Dahl, he has never won the league.", "Dahl", True),
    # "according to" and "as for" name the topic themselves
    ("According to Jon Dahl, he will stay at the club.", "Dahl", False),
    ("As for Jon Dahl, he will stay at the club.", "Dahl", False),
    # a possessor: the phrase is about the name ("In Dahl's first season, he scored")
    ("In Jon Dahl's first season, he scored ten goals.", "Dahl", False),
    # after the reference: no fronted phrase
    ("He scored ten goals for Jon Dahl.", "Dahl", False),
])
def test_what_is_a_fronted_phrase(text: str, name: str, fronted: bool) -> None:
    doc = load_model()(text)
    he = next(t for t in doc if t.lower_ == "he")
    candidate = next(t for t in doc if t.text == name)
    assert in_fronted_phrase(candidate, he) is fronted
