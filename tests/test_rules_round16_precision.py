"""Names a misparse put in an argument slot that the sentence gives to another word (issue #13, round
16: wrong facts between names on unseen news). Each sentence is written for this test, in news
style (not from the BBC articles, the seed article nor CaRB); each removal fails with its rule
switched off (``ablated``), and the Open IE view is the same either way.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.carb import carb_tuples
from kg.extract.registry import ablated


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


@pytest.mark.parametrize(("text", "fact"), [
    # an article or a possessive before a name: the name modifies the noun after it
    ("Tom Reed kept Nordvik ahead by pushing a Jon Dahl shot wide.", ("Tom Reed", "PUSH", "Jon Dahl")),
    ("Jon Dahl lost his Halden starting place to Tom Reed.", ("Jon Dahl", "LOSE", "Halden")),
])
def test_a_name_after_an_article_or_possessive_modifies_the_next_noun(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in _triples(text)
    with ablated(["name-as-modifier"]):
        assert fact in _triples(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("Anna Berg fought an Israeli in the final.", ("Anna Berg", "FIGHT", "Israeli")),  # a name used as a kind
    ("Nordbank bought Vexa last year.", ("Nordbank", "ACQUIRE", "Vexa")),
])
def test_a_name_standing_alone_stays_the_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _triples(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("Vexa is preparing the launch of the Zephyr 2, codenamed Aurora, for the spring fair.",
     ("vexa", "CODENAME", "Aurora")),
    ("Nordbank is launching a savings service for students, called Fjord Saver.",
     ("Nordbank", "CALL", "Fjord Saver")),
])
def test_a_participle_after_a_comma_describes_the_noun_before_it(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in _triples(text)
    with ablated(["participle-as-verb"]):
        assert fact in _triples(text)


def test_a_list_of_verbs_keeps_each_verb_the_subjects() -> None:
    facts = _triples("Nordbank bought Vexa in May, renamed it Fjord and sold it to Halden.")
    assert ("Nordbank", "ACQUIRE", "Vexa") in facts
    assert ("Nordbank", "RENAME", "Fjord") in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Jon Dahl picked for Nordvik", ("Jon Dahl", "PICK", "Nordvik")),
    ("Anna Berg evicted from Big House", ("Anna Berg", "EVICT", "Big House")),
    ("Vexa chief urged to quit Nordbank", ("vexa chief", "URGE", "Nordbank")),
])
def test_a_headline_participle_is_a_passive_without_its_auxiliary(text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in _triples(text)
    with ablated(["headline-participle"]):
        assert fact in _triples(text)


def test_a_headline_in_the_present_and_a_sentence_in_the_past_keep_their_facts() -> None:
    assert ("Nordbank", "ACQUIRE", "Vexa") in _triples("Nordbank buys Vexa")
    assert ("Tom Reed", "PICK", "Nordvik") in _triples("Tom Reed picked Nordvik for the final.")


@pytest.mark.parametrize(("text", "rule"), [
    ("Tom Reed kept Nordvik ahead by pushing a Jon Dahl shot wide.", "name-as-modifier"),
    ("Vexa is preparing the launch of the Zephyr 2, codenamed Aurora, for the spring fair.", "participle-as-verb"),
    ("Jon Dahl picked for Nordvik", "headline-participle"),
])
def test_the_open_ie_view_is_unchanged(text: str, rule: str) -> None:
    with ablated([rule]):
        before = list(carb_tuples([text]))
    assert list(carb_tuples([text])) == before
