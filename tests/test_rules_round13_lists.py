"""Facts that lists carry (issue #13, round 13): a plural noun shared by the names before it
(``shared-head``) and the star a name before a film's genre stands for (``genre-star``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

from kg.extract.registry import ablated, rule_names


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, _, o in graph_facts(text)}


def test_the_rules_are_registered() -> None:
    assert {"shared-head", "genre-star"} <= set(rule_names())


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordrail, which runs the Bergen, Voss and Flam lines, was sold in May.",
     {("Nordrail", "RUN", "Bergen line"), ("Nordrail", "RUN", "Voss line"), ("Nordrail", "RUN", "Flam line")}),
    # the list as the subject of a passive with its doer
    ("The Bergen and Voss lines were closed by Nordrail.",
     {("Nordrail", "CLOSE", "Bergen line"), ("Nordrail", "CLOSE", "Voss line")}),
])
def test_a_plural_noun_shared_by_names_gives_a_fact_for_each(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _pairs(text)
    with ablated(["shared-head"]):
        assert not expected & _pairs(text)


def test_the_phrase_as_written_stays_in_the_open_ie_view() -> None:
    from kg.extract.nlp import load_model
    from kg.extract.rules import sentence_propositions

    doc = load_model(None)("Nordrail runs the Bergen, Voss and Flam lines.")
    props = [p for s in doc.sents for p in sentence_propositions(s)]
    assert any(p.open_ie and p.arg_texts[1] == "the Bergen, Voss and Flam lines" for p in props)
    assert not any(p.open_ie and p.rule == "shared-head" for p in props)


@pytest.mark.parametrize("text", [
    # adjectives describe; they name no line
    "Nordrail runs the old and new lines.",
    # a person noun: two managers, whom the role rules read
    "Nordbank hired the Bergen and Voss managers.",
    # a singular verb: the parse hung the relative clause on the list, whose verb would agree
    "Nordbank backed a law passed after the Vexa and Lumo frauds which obliges banks to report losses.",
    # how much of the last name is shared is unsaid ("Evening Fjord Post" or "Fjord Post"?)
    "The Morning and Evening Fjord Post newspapers are cutting 90 jobs.",
    # a subject the verb inherits from the one above it
    "Also closed were the Vexa and Lumo websites that were used to sell fake tickets.",
])
def test_no_shared_head_without_bare_names_of_things(text: str) -> None:
    with ablated(["shared-head"]):
        before = _pairs(text)
    assert _pairs(text) == before


@pytest.mark.parametrize(("text", "expected"), [
    ("Last month the Anna Berg thriller Cold Water topped the chart.", ("Cold Water", "STAR", "Anna Berg")),
    ("Reed also wrote the Tom Hale comedy Blue Moon, which flopped.", ("Blue Moon", "STAR", "Tom Hale")),
])
def test_a_name_before_a_genre_is_the_work_s_star(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(text)
    with ablated(["genre-star"]):
        assert expected not in _pairs(text)


@pytest.mark.parametrize("text", [
    # a possessive: the thriller she wrote or directed may be meant
    "Anna Berg's thriller Cold Water topped the chart.",
    # the name before a biopic is its subject, before a musical its composer
    "The Tom Hale biopic Blue Moon opened in Bergen.",
    "The Tom Hale musical Blue Moon opened in Bergen.",
])
def test_no_star_from_a_possessive_or_a_subject(text: str) -> None:
    assert not any(r == "STAR" for _, r, _ in _pairs(text))


def test_a_verb_that_joins_its_object_up_keeps_the_list_whole() -> None:
    # combining the lines is one act on all three: none is combined alone
    text = "Nordrail combines the Bergen, Voss and Flam lines."
    assert not any(o.endswith(" line") for _, _, o in _pairs(text))
    text = "Vexa Holdings, which combines the Oslo and Bergen stock exchanges, made a profit."
    assert not any(o.endswith(" stock exchange") for _, _, o in _pairs(text))


def test_a_list_of_two_parsed_as_a_name_and_a_noun_phrase_is_read_alike() -> None:
    # the small model makes "the Oslo" the object and "Bergen stock exchanges" its conjunct
    text = "Nordrail runs the Oslo and Bergen stock exchanges."
    expected = {("Nordrail", "RUN", "Oslo stock exchange"), ("Nordrail", "RUN", "Bergen stock exchange")}
    assert expected <= _pairs(text)
    with ablated(["shared-head"]):
        assert ("Nordrail", "RUN", "Oslo") in _pairs(text)
