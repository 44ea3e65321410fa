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
    # (marked-person-over-tagged also keeps the unmarked "Brenton" from the he: switch both off)
    with ablated(["fronted-adjunct", "marked-person-over-tagged"]):
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


# -- rule ``age-description`` ----------------------------------------------------------------------


def test_the_age_rule_is_registered() -> None:
    assert "age-description" in rule_names()


@pytest.mark.parametrize(("text", "fact"), [
    # a bare age: "the 28-year-old" as the subject
    ("Nordvik have signed midfielder Tom Reed from Brenton. The 28-year-old has scored 12 goals this season.",
     ("Tom Reed", "SCORE", "12 goals")),
    # an age before a person noun
    ("Long jumper Anna Berg has cut her schedule. The 23-year-old athlete has a minor injury.",
     ("Anna Berg", "HAVE", "minor injury")),
])
def test_an_age_description_is_the_one_person_just_named(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _pairs(text)
    with ablated(["age-description"]):
        assert fact not in _pairs(text)


@pytest.mark.parametrize("text", [
    # two people just named: either could be meant
    "Tom Reed met Jon Dahl in Oslo on Monday. The 28-year-old has scored 12 goals this season.",
    # the person is named two sentences back: no longer the one in mind
    "Tom Reed joined Nordvik in May. The club lost 2-0 to Brenton on Monday. The 28-year-old has scored 12 goals.",
    # a person described, not named, just before ("the Norwegian")
    "Tom Reed met the press. The Norwegian believed he was talking to Jon Dahl. The 28-year-old has scored 12 goals.",
    # the one person named is said to be of another kind
    "Her lawyer, Jon Dahl, said the claim was false. The 32-year-old singer has sold six million albums.",
])
def test_no_age_description_without_one_person_just_named(text: str) -> None:
    facts = _pairs(text)
    assert not any(r == "SCORE" and s in ("Tom Reed", "Jon Dahl") for s, r, _ in facts)
    assert not any(r == "SELL" and s == "Jon Dahl" for s, r, _ in facts)
