"""part26's verb + noun + preposition facts typed by the one verb they paraphrase (round 26,
helper part26b):

* ``light-noun-paraphrase`` (kg/extract/noun_preps.py): "inflicted a defeat on Halden" is
  ``beat``, "finished work on Blue Harbour" ``work on``, "has a complaint against Nordbank"
  ``accuse``, "has a stake in Vexa" ``own stake in``, "offloading its stake in" ``sell stake in``;
* ``result-noun``: "suffered a shock defeat to Tom Reed", "recorded a win over Halden", "fought off
  competition from Nordbank" are left to ``match-result`` and ``fought-off`` (``beat``), with no
  second fact in the verb's words;
* ``light-verb`` (kg/extract/lightverbs.py): "had a chat with Jon Dahl" is ``talk``;
* ``quality-noun``: "has experience with Nordvik" gives no fact.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"light-noun-paraphrase", "quality-noun"} <= set(rule_names())


PARAPHRASED = [
    ("Nordvik inflicted a first home defeat on Halden.", ("Nordvik", "DEFEAT", "Halden")),
    ("Tom Reed has finished work on Blue Harbour.", ("Tom Reed", "WORK_ON", "Blue Harbour")),
    ("Vexa Holdings still has an outstanding complaint against Nordbank.", ("Vexa Holdings", "ACCUSE", "Nordbank")),
    ("Alfa-Eco has a one-fifth stake in Nordbank.", ("Alfa-Eco", "OWN_STAKE_IN", "Nordbank")),
    ("Nordbank is offloading its stake in Vexa Holdings.", ("Nordbank", "SELL_STAKE_IN", "Vexa Holdings")),
]


@pytest.mark.parametrize(("sentence", "fact"), PARAPHRASED)
def test_a_light_verb_and_its_noun_are_typed_by_their_verb(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["light-noun-paraphrase"]):
        assert fact not in sentence_triples(sentence)


RESULTS = [
    ("Jon Dahl suffered a shock defeat to Tom Reed in the quarter-finals.", ("Jon Dahl", "SUFFER_DEFEAT_TO", "Tom Reed")),
    ("Nordvik recorded a narrow win over Halden in the bowl final.", ("Nordvik", "RECORD_WIN_OVER", "Halden")),
    ("Vexa Holdings fought off competition from Nordbank to win the contract.",
     ("Vexa Holdings", "FIGHT_COMPETITION_FROM", "Nordbank")),
]


@pytest.mark.parametrize(("sentence", "wrong"), RESULTS)
def test_a_result_noun_is_left_to_the_result_rules(sentence: str, wrong: tuple[str, str, str]) -> None:
    facts = sentence_triples(sentence)
    assert wrong not in facts
    assert any(rel == "DEFEAT" for _, rel, _ in facts)  # (match-result's or fought-off's beat)
    # (round 27: light-noun-paraphrase reads "suffered a defeat to X" as X's win: off too;
    # round 29: noun-prep-particle spells "fought off" FIGHT_OFF_...: off, for the old spelling)
    with ablated(["result-noun", "light-noun-paraphrase", "noun-prep-particle"]):
        assert wrong in sentence_triples(sentence)


def test_the_verb_keeps_its_modality() -> None:
    facts = sentence_triples("Tom Reed will begin work on Blue Harbour next year.")
    assert ("Tom Reed", "WORK_ON", "Blue Harbour") in facts


def test_no_defeat_without_two_sides() -> None:
    # "a loss of market share to Nordbank": a loss of something is no defeat
    facts = sentence_triples("Vexa Holdings suffered a loss of market share to Nordbank.")
    assert ("Nordbank", "DEFEAT", "Vexa Holdings") not in facts


def test_a_chat_is_talk() -> None:
    sentence = "Tom Reed had a chat with Jon Dahl on Monday."
    assert ("Tom Reed", "TALK", "Jon Dahl") in sentence_triples(sentence)
    with ablated(["light-verb"]):
        assert ("Tom Reed", "TALK", "Jon Dahl") not in sentence_triples(sentence)


def test_experience_with_a_club_is_no_fact() -> None:
    sentence = "Tom Reed has extensive top-flight experience with Nordvik, Halden and Bergen City."
    assert not any(rel.startswith("HAVE_EXPERIENCE") for _, rel, _ in sentence_triples(sentence))
    with ablated(["quality-noun"]):
        assert ("Tom Reed", "HAVE_EXPERIENCE_WITH", "Nordvik") in sentence_triples(sentence)
