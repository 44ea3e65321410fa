"""Two shapes of dev's "one sentence: partial" misses (round 26, helper part26):

* ``kind-of-own-name`` (kg/resolve/facts.py): the ``close-apposition`` reading "the film Blue
  Harbour" → (Blue Harbour; IS_A; film) keeps the kind as its object; the kind noun stood for the
  name there too, which made the fact's two ends one entity and left it out of the graph;
* ``object-noun-prep`` (kg/extract/noun_preps.py): a verb with a common-noun object and a name in a
  prepositional phrase after it, "made little impact on Tom Reed" → (Anna Berg; make impact on;
  Tom Reed).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated, rule_names


def test_the_rules_are_registered() -> None:
    assert {"kind-of-own-name", "object-noun-prep"} <= set(rule_names())


KIND_OF_NAME = [
    ("Tom Reed praised the film Blue Harbour.", ("Blue Harbour", "IS_A", "film")),
    ("Jon Dahl won the award for the gritty crime drama Blue Harbour.", ("Blue Harbour", "IS_A", "gritty crime drama")),
    ("Critics have praised the band Nordlys for their new album.", ("Nordlys", "IS_A", "band")),
]


@pytest.mark.parametrize(("sentence", "fact"), KIND_OF_NAME)
def test_a_close_apposition_keeps_its_kind(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["kind-of-own-name"]):
        assert fact not in sentence_triples(sentence)


def test_the_kind_still_stands_for_the_name_in_other_facts() -> None:
    facts = sentence_triples("Tom Reed praised the film Blue Harbour.")
    assert ("Tom Reed", "PRAISE", "Blue Harbour") in facts
    assert ("Tom Reed", "PRAISE", "film") not in facts


OBJECT_NOUN_PREP = [
    ("Anna Berg made little impact on Tom Reed in the early stages.", ("Anna Berg", "MAKE_IMPACT_ON", "Tom Reed")),
    ("Tom Reed has played two singles rubbers against Norway.", ("Tom Reed", "PLAY_RUBBER_AGAINST", "Norway")),
    ("Vexa Holdings took the crown from Nordbank last year.", ("Vexa Holdings", "TAKE_CROWN_FROM", "Nordbank")),
]


@pytest.mark.parametrize(("sentence", "fact"), OBJECT_NOUN_PREP)
def test_a_name_after_the_object_noun_is_the_party(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["object-noun-prep"]):
        assert fact not in sentence_triples(sentence)


def test_the_verbs_negation_is_the_facts() -> None:
    from kg.extract import extract_text

    facts = extract_text("Title\n\nVexa Holdings did not put warning labels on Blue Harbour.\n").facts
    found = [f for f in facts if f.relation == "PUT_LABEL_ON"]
    assert found and all(f.negated for f in found)


@pytest.mark.parametrize("sentence", [
    "Jon Dahl told reporters in Bergen that he would stay.",  # a verb of saying: where it was said
    "Tom Reed met the president of Nordbank.",  # "of": the noun's own phrase
    "Vexa Holdings beat the French in Bergen.",  # no common-noun object
    "Vexa Holdings won the contract in 2004.",  # a date, no name
])
def test_no_party_from_these(sentence: str) -> None:
    from kg.extract import extract_text

    assert not [f for f in extract_text(f"Title\n\n{sentence}\n").facts if f.rule == "object-noun-prep"]


def test_a_name_opening_its_own_clause_is_no_kind() -> None:
    sentence = "The second initiative Nordbank announced is an early warning system which will alert customers."
    assert ("Nordbank", "IS_A", "second initiative") not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "The Briton, made a dame in the New Year Honours List for taking gold, won vital votes from the public.",
    "Jon Dahl had a lot of faith in Tom Reed.",  # a noun of quantity
    "Vexa Holdings is considering building a car factory in Norway.",  # not done
    "The minister said Vexa Holdings should back Nordbank's entry into the Fjord Exchange.",  # Nordbank's entry
    "The film made more than US$370m in Norway alone.",  # an amount's unit
])
def test_no_act_of_the_subject(sentence: str) -> None:
    from kg.extract import extract_text

    assert not [f for f in extract_text(f"Title\n\n{sentence}\n").facts if f.rule == "object-noun-prep"]


def test_a_subject_with_an_apposition_keeps_its_verb() -> None:
    facts = sentence_triples("Anna Berg, the champion, made little impact on Tom Reed in the early stages.")
    assert ("Anna Berg", "MAKE_IMPACT_ON", "Tom Reed") in facts


def test_a_finite_clause_under_a_reporting_verb_is_read() -> None:
    facts = sentence_triples("Vexa Holdings has announced it is launching its own broadband service in Norway.")
    assert ("Vexa Holdings", "LAUNCH_SERVICE_IN", "Norway") in facts
