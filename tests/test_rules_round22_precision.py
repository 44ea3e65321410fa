"""Round 22's guards against wrong facts between names read on unseen news (helper prec22).

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB): with its rule the wrong fact is gone, with the rule switched off it is back,
and a near sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(sentence: str) -> set[tuple[str, str, str, str | None]]:
    text = f"Sailing news\n\n{sentence}\n"
    return {(f.subject.name, f.relation, f.object.name, f.attribution) for f in extract_text(text).facts}


# (rule, sentence, the wrong fact the rule takes away)
CASES = [
    ("condition-clause", "Vexa Holdings will go through to the final if Nordbank fail to beat Bergen.",
     ("Nordbank", "DEFEAT", "Bergen", None)),
    ("condition-clause", "It is understood that Tom Reed would have been sacked if Jon Dahl had been willing to return to Bergen.",
     ("Jon Dahl", "RETURN", "Bergen", None)),
    ("condition-clause", "Vexa Holdings could not survive if it did not help Nordbank sell the yard.",
     ("Nordbank", "SELL", "yard", None)),
    ("condition-clause", "Tom Reed will leave the club unless Nordbank buys Vexa Holdings.",
     ("Nordbank", "ACQUIRE", "Vexa Holdings", None)),
    ("prevented-act", "Tom Reed is trying to prevent Nordbank releasing the album.",
     ("Tom Reed", "RELEASE", "album", None)),
    ("prevented-act", "Nordbank wants to stop Jon Dahl selling the yard.", ("Jon Dahl", "SELL", "yard", None)),
    ("verb-in-title", "Tom Reed has had roles in Bergen Nights, Harbour Lights and now Meet the Sailors.",
     ("Tom Reed", "MEET", "Meet the Sailors", None)),
]


@pytest.mark.parametrize("rule", sorted({c[0] for c in CASES} | {"determiner-in-name"}))
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


@pytest.mark.parametrize(("rule", "sentence", "wrong"), CASES)
def test_the_wrong_fact_is_gone_and_comes_back_without_the_rule(rule: str, sentence: str,
                                                                 wrong: tuple[str, str, str, str | None]) -> None:
    assert wrong not in _facts(sentence)
    with ablated([rule]):
        assert wrong in _facts(sentence)


# (sentence, a fact that stays) near each rule's cases
KEPT = [
    # the main clause of a condition keeps its fact (with its modality)
    ("If Nordbank buys Vexa Holdings, Tom Reed will leave Bergen.", ("Tom Reed", "LEAVE", "Bergen", None)),
    # an embedded question is no condition (and a clause after "after" is stated)
    ("Nordbank sold the yard after Vexa Holdings closed the plant.", ("Vexa Holdings", "CLOSE", "plant", None)),
    # a clause of time inside a condition is taken as given
    ("The paint could have come off if Tom Reed touched the car when he found the boat.", ("Tom Reed", "FIND", "boat", None)),
    # the preventing itself stays; a participle of the preventer's own after a comma is its act
    ("The court barred Tom Reed from leaving Bergen.", ("court", "BAR", "Tom Reed", None)),
    ("Nordbank blocked the deal, saying Vexa Holdings had misled Bergen.",
     ("Vexa Holdings", "MISLEAD", "Bergen", "Nordbank")),
    # a negated verb of preventing lets the act happen
    ("Being 33 did not stop Anna Berg winning the bronze medal.", ("Anna Berg", "WIN", "bronze medal", None)),
    # a clause with its own subordinator after the object is no prevented act
    ("Nordbank has been acting to restrain prices while being careful not to harm Vexa Holdings.",
     ("Nordbank", "HARM", "Vexa Holdings", None)),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT)
def test_a_near_sentence_keeps_its_fact(sentence: str, kept: tuple[str, str, str, str | None]) -> None:
    assert kept in _facts(sentence)


def _roles(sentence: str) -> set[tuple[str, str]]:
    text = f"Sailing news\n\n{sentence}\n"
    return {(f.subject.name, f.object.name) for f in extract_text(text).facts if f.relation in ("ROLE", "HEAD")}


@pytest.mark.parametrize(("sentence", "whole", "cut"), [
    ("Former All Saints singer Anna Berg walked out of the show.", ("Anna Berg", "All Saints"), ("Anna Berg", "Saints")),
    ("The ceremony featured No Doubt singer Tom Reed being lowered from a clock.", ("Tom Reed", "No Doubt"),
     ("Tom Reed", "Doubt")),
    ("It followed a comment by All England Club chairman Tom Reed on Sunday.", ("Tom Reed", "All England Club"),
     ("Tom Reed", "England Club")),
])
def test_a_capitalised_determiner_opens_the_name(sentence: str, whole: tuple[str, str], cut: tuple[str, str]) -> None:
    roles = _roles(sentence)
    assert whole in roles and cut not in roles
    with ablated(["determiner-in-name"]):
        roles = _roles(sentence)
        assert cut in roles and whole not in roles


def test_a_sentence_opening_or_a_quotation_opening_is_no_name() -> None:
    names = {e.name for e in extract_text('Sailing news\n\nAll Nordbank staff were sent home. Tom Reed said: '
                                          '"No Nordbank sailor will leave."\n').entities}
    assert not any(n.startswith(("All ", "No ")) for n in names)
