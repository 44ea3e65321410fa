"""Round 21's guards against wrong facts read on unseen news (helper prec21).

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
    ("fronted-adjunct-not-holder", "In Argentina, Nordbank's subsidiary, Vexa Holdings, sold its plant.",
     ("Nordbank", "OWN", "Argentina", None)),
    ("unasserted-report", "Tom Reed did not deny that Nordbank had sold the yard.",
     ("Nordbank", "SELL", "yard", "Tom Reed")),
    ("unasserted-report", '"I doubt many sailors would say that Nordbank deserved the title," said Tom Reed.',
     ("Nordbank", "DESERVE", "title", "many sailors")),
    # a verb of opinion (``opinion-verb``, merged in the same round) negated as a verb of saying is
    ("unasserted-report", "Tom Reed did not feel that Nordbank had misled Vexa Holdings.",
     ("Nordbank", "MISLEAD", "Vexa Holdings", "Tom Reed")),
    ("passive-adjunct-report", "Tom Reed is being sued by a former business partner, claiming he kept the money from the sale.",
     ("Tom Reed", "KEEP", "money", "Tom Reed")),
    ("no-thing-given", '"I was sent off a couple of times last year," said Tom Reed.',
     ("Tom Reed", "RECEIVE", "couple", None)),
    ("counted-object", "Nordbank has sold a lot of bonds.", ("Nordbank", "SELL", "lot", None)),
    ("for-to-clause", '"It is not for me to pick the crew," said Tom Reed.', ("Tom Reed", "PICK", "crew", None)),
    ("for-to-clause", "It is important for Nordbank to sell the yard.", ("Nordbank", "SELL", "yard", None)),
    ("have-small-clause", 'Tom Reed said: "Nordbank had me on the ropes all day."',
     ("Nordbank", "HAVE", "Tom Reed", "Tom Reed")),
    ("have-got", '"I have got a new boat," said Tom Reed.', ("Tom Reed", "GET", "new boat", "Tom Reed")),
    ("light-antecedent", '"Sailing is the thing I have enjoyed most in my life," said Tom Reed.',
     ("Tom Reed", "ENJOY", "thing", None)),
    # round 25's companion-phrase keeps "with" after a verb of motion (GO_WITH)
    ("manner-with", '"I went there with no expectations," said Tom Reed.', ("Tom Reed", "GO_WITH", "expectations", "Tom Reed")),
    ("manner-with", "Tom Reed played with great confidence.", ("Tom Reed", "PLAY", "great confidence", None)),
    ("raised-report", "Others said to be in the frame include Nordbank boss Jon Dahl and Danish sailor "
     "Tom Reed, both of whom hold two titles.", ("Tom Reed", "HOLD", "two titles", "others")),
    ("named-in-own-quotation", 'Tom Reed quit Nordbank in May. "I said to Tom that I hope he will stay in Bergen," he said.',
     ("Tom Reed", "SAY", "Tom", "Tom Reed")),
    ("nearest-possessor", "Tom Reed arrived with Jon Dahl and his wife, Anne Berg.",
     ("Anne Berg", "ROLE", "Tom Reed", None)),
    ("nearest-possessor", "Jon Dahl said Tom Reed had met his wife, Anne Berg, in Bergen.",
     ("Anne Berg", "ROLE", "Jon Dahl", None)),
]


@pytest.mark.parametrize("rule", sorted({c[0] for c in CASES}))
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
    ("Nordbank's subsidiary, Vexa Holdings, sold its plant.", ("Nordbank", "OWN", "Vexa Holdings", None)),
    ("Tom Reed said that Nordbank had sold the yard.", ("Nordbank", "SELL", "yard", "Tom Reed")),
    ("Tom Reed denied that Nordbank had sold the yard.", ("Nordbank", "SELL", "yard", "Tom Reed")),
    ("Nordbank has sold a number of its ships.", ("Nordbank", "SELL", "ships", None)),
    ("Tom Reed was given a two-year ban.", ("Tom Reed", "RECEIVE", "two-year ban", None)),
    ("Nordbank has got a new chief executive.", ("Nordbank", "HAVE", "new chief executive", None)),
    ('"The race I loved most was the one in Bergen," said Tom Reed.', ("Tom Reed", "LOVE", "race", None)),
    ("Tom Reed sailed with Jon Dahl.", ("Tom Reed", "SAIL_WITH", "Jon Dahl", None)),  # companion-phrase (round 25)
    ("Anna Berg and her husband Jon Dahl arrived in Bergen.", ("Jon Dahl", "ROLE", "Anna Berg", None)),
    ('"I offered them a settlement in May," said Jon Dahl.', ("Jon Dahl", "OFFER", "settlement", "Jon Dahl")),
    # a participle of saying after another adjunct is the subject's, as before
    ("Tom Reed was left out by the Nordbank coach after skipping a team meeting, claiming he had the flu.",
     ("Tom Reed", "HAVE", "flu", "Tom Reed")),
    # a name in the quotation that only shares the speaker's surname
    ('Jon Reed told the Bergen Post: "I spoke to Tom Reed at the dinner."', ("Jon Reed", "SPEAK", "Tom Reed", "Jon Reed")),
    # a definite "the number of" is the count itself; a range of a measure is no count of things
    ("Nordbank revised up the number of jobs it will cut.", ("Nordbank", "REVISE_UP", "number", None)),
    ("Vexa has an effective range of a few tens of metres.", ("Vexa", "HAVE", "effective range", None)),
    # a factive verb's clause holds under its negation
    ("Tom Reed was criticised for not revealing that Nordbank had sold the yard.", ("Nordbank", "SELL", "yard", None)),
    # "I think not," is an answer: its "not" negates no clause after it
    ("I think not, I did not realise Nordbank had so many customers.", ("Nordbank", "HAVE", "so many customers", "I")),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT)
def test_a_near_sentence_keeps_its_fact(sentence: str, kept: tuple[str, str, str, str | None]) -> None:
    assert kept in _facts(sentence)


def _polar(sentence: str) -> set[tuple[str, str, str, bool]]:
    return {(f.subject.name, f.relation, f.object.name, f.negated) for f in extract_text(f"Sailing news\n\n{sentence}\n").facts}


def test_yet_to_denies_the_act() -> None:
    assert "not-yet" in rule_names()
    text = "Tom Reed is yet to sign a new contract with Nordbank."
    assert ("Tom Reed", "SIGN", "new contract", True) in _polar(text)
    with ablated(["not-yet"]):
        assert ("Tom Reed", "SIGN", "new contract", False) in _polar(text)


def test_has_to_is_still_the_act() -> None:
    assert ("Nordbank", "SELL", "yard", False) in _polar("Nordbank has to sell the yard.")


def test_have_got_to_is_have_to() -> None:
    facts = _facts("Nordbank has got to sell the yard.")
    assert ("Nordbank", "SELL", "yard", None) in facts
