"""Round 23's guards against wrong facts between names read on unseen news (helper prec23).

Each case is a sentence written for this test, in news style (not from the BBC articles, the seed
article nor CaRB): with its rule the wrong fact is gone, with the rule switched off it is back,
and a near sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(f"Sailing news\n\n{text}\n").facts}


# (rule, text, the wrong fact the rule takes away)
CASES = [
    # a word of a finite verb's form that the parse made a subject is a noun: no STAR
    ("verb-as-argument", "The film stars Tom Reed and Jon Dahl are also in the audience.", ("film", "STAR", "Tom Reed")),
    # a reflexive object is its own clause's subject, not a name of the sentence before
    ("reflexive-object", "Vexa Holdings sponsors the league. The two finalists, Nordvik and Halden, prepared "
     "themselves for the final in Bergen.", ("Nordvik", "PREPARE", "Vexa Holdings")),
    # a nomination under "if" is supposed, not stated (the passive rules ask condition-clause too)
    ("condition-clause", '"If Tom Reed was nominated for the Nordic Prize it would be a different race," says Jon Dahl.',
     ("Tom Reed", "NOMINATE_FOR", "Nordic Prize")),
    # a fan of a club, the villain of a match: no post held there
    ("relation-not-post", '"I was always a huge fan of Nordvik as a club, so when I got the call it was a thrill," '
     "said Tom Reed.", ("Tom Reed", "ROLE", "Nordvik")),
    ("relation-not-post", "Jon Dahl, the villain at Bergen last year, scored twice for Nordvik on Saturday.",
     ("Jon Dahl", "ROLE", "Bergen")),
    # a phrase after a reporting verb's inverted speaker is the speaker's, not what was written
    ("speech-adjunct", '"The boat is far too slow for the race," wrote Tom Reed, from Bergen.',
     ("Tom Reed", "WRITE", "Bergen")),
    # "X, its unit Y": Y is X's unit, not X someone else's
    ("apposed-unit-owner", "Vexa Holdings sold its boats in May. Regulators have fined three lenders, Nordbank, "
     "its unit Nordnet and Halden Bank, over the sale.", ("Vexa Holdings", "OWN", "Nordbank")),
]


@pytest.mark.parametrize("rule", sorted({c[0] for c in CASES}))
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


@pytest.mark.parametrize(("rule", "text", "wrong"), CASES)
def test_the_wrong_fact_is_gone_and_comes_back_without_the_rule(rule: str, text: str,
                                                                 wrong: tuple[str, str, str]) -> None:
    assert wrong not in _facts(text)
    with ablated([rule]):
        assert wrong in _facts(text)


# (text, a fact that stays) near each rule's cases
KEPT = [
    # "stars" as the clause's verb keeps its objects
    ("The film stars Tom Reed and Jon Dahl.", ("film", "STAR", "Tom Reed")),
    # a clause the parse set off as an apposition, with its own subordinator, is a clause
    ("The deal, two years after Nordbank beat Vexa Holdings to the contract, is the largest in Bergen.",
     ("Nordbank", "DEFEAT", "Vexa Holdings")),
    # an emphatic "itself" beside the subject is no object: the passive keeps its doer
    ("Nordbank hired Tom Reed in May. Vexa Holdings was itself sued by Nordbank in June.",
     ("Nordbank", "SUE", "Vexa Holdings")),
    # a nomination stated outright, beside another clause, stays
    ("Anna Berg was nominated for the Bergen Award, and Nordbank paid for her trip.",
     ("Anna Berg", "NOMINATE_FOR", "Bergen Award")),
    # a post after the same apposition's "the ... at" stays
    ("Jon Dahl, the coach at Nordvik, scored twice on Saturday.", ("Jon Dahl", "ROLE", "Nordvik")),
    # "wrote for" a paper, the speaker before the verb, is a complement
    ("Tom Reed wrote for the Bergen Times for ten years.", ("Tom Reed", "WRITE", "Bergen Times")),
    # the same phrase gives the owner its unit; a unit noun apposed after its name keeps its reading
    ("Vexa Holdings sold its boats in May. Regulators have fined three lenders, Nordbank, its unit Nordnet and "
     "Halden Bank, over the sale.", ("Nordbank", "OWN", "Nordnet")),
    ("Vexa Holdings is buying out investors in Fjord Films, its broadcasting subsidiary.",
     ("Vexa Holdings", "OWN", "Fjord Films")),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_the_near_sentence_keeps_its_fact(text: str, kept: tuple[str, str, str]) -> None:
    assert kept in _facts(text)
