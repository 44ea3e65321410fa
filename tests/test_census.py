"""The miss census (kg.eval.census): each class decided from sentences of our own."""

from __future__ import annotations

import pytest

from kg.eval.census import classify
from kg.eval.facts import GoldFact
from kg.model import Entity, Fact

ARTICLE = ("Nordvik Energy has cut 300 jobs. Its chief executive Anna Berg said the cuts were painful. "
           "She also bought Fjord Power. The firm sold a stake in Tromso Gas to Lars Holm, Per Lund and Eva Dahl.")
NAMES = [["Nordvik Energy"], ["Anna Berg", "Berg"], ["Fjord Power"], ["Lars Holm"], ["Per Lund"], ["Eva Dahl"]]


def _fact(subject: str, relation: str, obj: str, obj_type: str = "ORG") -> Fact:
    return Fact(subject=Entity.make(subject, "PERSON"), relation=relation, predicate=relation.lower(),
                text=relation.lower(), object=Entity.make(obj, obj_type), confidence=1.0, doc_id="d",
                sentence=0, char_start=0, char_end=0, evidence="")


def _gold(subject: str, relation: str, obj: str | None, named: bool = True, **kw: str) -> GoldFact:
    return GoldFact(article="a.txt", subject=subject, relation=relation, object=obj, object_named=named, **kw)


@pytest.mark.parametrize(("gold", "sentence", "said", "expected"), [
    # the acquirer is "She": named two sentences before, not in this one
    (_gold("Anna Berg", "buy", "Fjord Power"), "She also bought Fjord Power.", [], "another sentence: pronoun"),
    (_gold("Nordvik Energy", "sell", "stake in Tromso Gas", named=False),
     "The firm sold a stake in Tromso Gas to Lars Holm, Per Lund and Eva Dahl.", [], "another sentence: description"),
    # kg resolved "She" (its fact names Anna Berg), but read no "buy"
    (_gold("Anna Berg", "buy", "Fjord Power"), "She also bought Fjord Power.",
     [_fact("Anna Berg", "HAVE", "Fjord Power")], "one sentence: resolved reference"),
    (_gold("Nordvik Energy", "sell to", "Per Lund"),
     "The firm sold a stake in Tromso Gas to Lars Holm, Per Lund and Eva Dahl.", [], "another sentence: description"),
    (_gold("Lars Holm", "buy", "stake in Tromso Gas", named=False),
     "The firm sold a stake in Tromso Gas to Lars Holm, Per Lund and Eva Dahl.", [], "one sentence: list"),
    (_gold("Anna Berg", "role", None, title="chief executive", org="Nordvik Energy"),
     "Its chief executive Anna Berg said the cuts were painful.", [], "one sentence: nothing"),
    (_gold("Anna Berg", "say", "cuts were painful", named=False),
     "Its chief executive Anna Berg said the cuts were painful.",
     [_fact("Anna Berg", "ADMIT", "cuts", "CONCEPT")], "one sentence: other predicate"),
    (_gold("Anna Berg", "say", "cuts were painful", named=False),
     "Its chief executive Anna Berg said the cuts were painful.",
     [_fact("Nordvik Energy", "CUT", "jobs", "CONCEPT")], "one sentence: partial"),
    (_gold("Eva Dahl", "meet", "Kari Moe"),
     "The firm sold a stake in Tromso Gas to Lars Holm, Per Lund and Eva Dahl.", [], "outside the text"),
])
def test_classify(gold: GoldFact, sentence: str, said: list[Fact], expected: str) -> None:
    assert classify(gold, ARTICLE, sentence, NAMES, said) == expected


def test_not_a_node() -> None:
    gold = _gold("Anna Berg", "buy", "Fjord Power")
    assert classify(gold, ARTICLE, "She also bought Fjord Power.", NAMES[:2], []) == "another sentence: pronoun"
    sentence = "Anna Berg bought Fjord Power."
    assert classify(gold, ARTICLE + " " + sentence, sentence, NAMES[:2], []) == "one sentence: not a node"


def test_a_common_noun_subject_is_never_a_missing_node() -> None:
    # "analysts" is no name (lower case), so a sentence that has it is no "not a node" miss:
    # the census asks of the subject the gold's own test of a name, as of the object
    gold = _gold("analysts", "expect", "Fjord Power")
    sentence = "Analysts expect Fjord Power to grow."
    assert classify(gold, ARTICLE + " " + sentence, sentence, NAMES, []) == "one sentence: nothing"
