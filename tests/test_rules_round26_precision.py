"""Round 26's guards against wrong facts between names read on unseen news (helper prec26): a noun
of nationality kept in a person's name ("Welshman Rhodri Pryce"), a title read across the "and" of
a list ("singer Dahlo and Bergen actor Tom Reed"), a product's name cut at its hyphen ("XR" of
"XR-Pay"), a given name the entity model left out at the start of a sentence ("Holm" of
"Anders Holm, a lawyer for ..."), and a nationality after "be" read as a statement's topic ("he is
Welsh").

Each case is a sentence written for this test, in news style (not from the BBC articles): with its
rule the wrong fact is gone (or changed), with the rule switched off it is back, and a near
sentence the rule must leave alone keeps its fact.
"""

from __future__ import annotations

import pytest
from factories import assert_guard_case, graph_facts, sentence_triples

from kg.extract.registry import ablated, rule_names

RULES = ["demonym-noun-before-name", "title-list-run", "hyphen-in-product", "opening-given-name",
         "nationality-predicate"]


@pytest.mark.parametrize("rule", RULES)
def test_the_rule_is_registered(rule: str) -> None:
    assert rule in rule_names()


def test_a_noun_of_nationality_is_no_part_of_the_name() -> None:
    assert_guard_case("demonym-noun-before-name",
                      "The title went to Welshman Rhodri Pryce, who beat Tom Reed in the final.",
                      ("Welshman Rhodri Pryce", "DEFEAT", "Tom Reed"), ("Rhodri Pryce", "DEFEAT", "Tom Reed"))


def test_a_given_name_like_a_demonym_stays_in_the_name() -> None:
    # "Finn" is a nationality noun and a given name: no noun of the -man kind, left alone
    facts = sentence_triples("Finn Halvorsen scored twice as Bergen beat Vexa Rovers on Saturday.")
    assert not any(s == "Halvorsen" for s, _, _ in facts)


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("The record features singer Dahlo and Bergen actor Tom Reed.",
     ("Tom Reed", "ROLE", "singer dahlo and actor", "Bergen"), ("Tom Reed", "ROLE", "actor", "Bergen")),
    ("On the album Reed worked with guitarist Vexo and Harbour actor Jon Dahl.",
     ("Jon Dahl", "ROLE", "guitarist vexo and actor", "Harbour"), ("Jon Dahl", "ROLE", "actor", "Harbour")),
])
def test_a_title_is_the_last_member_of_a_list(sentence: str, wrong: tuple[str, str, str, str],
                                               right: tuple[str, str, str, str]) -> None:
    text = f"Title\n\n{sentence}\n"
    facts = graph_facts(text)
    assert wrong not in facts
    assert right in facts
    with ablated(["title-list-run"]):
        assert wrong in graph_facts(text)


def test_a_possessor_list_keeps_its_title() -> None:
    # "Tom Reed and Anna Berg's lawyer": the "and" joins two possessors of one title
    facts = graph_facts("Title\n\nTom Reed and Anna Berg's lawyer Jon Dahl spoke on Monday.\n")
    assert ("Jon Dahl", "ROLE", "lawyer", "Anna Berg") in facts


def test_a_hyphen_inside_a_product_name_joins_it() -> None:
    text = "Title\n\nNordbank's XR-Pay service will open in May, the bank said.\n"
    facts = graph_facts(text)
    assert ("Nordbank", "MAKE", "make", "XR") not in facts
    assert any(s == "Nordbank" and r == "MAKE" and o.startswith("XR") and len(o) > 2 for s, r, _, o in facts)
    with ablated(["hyphen-in-product"]):
        assert ("Nordbank", "MAKE", "make", "XR") in graph_facts(text)


def test_a_dash_with_spaces_ends_the_product_name() -> None:
    facts = sentence_triples("Sales of Vexa's Lumo phone - its first - rose in May.")
    assert not any(o.startswith("Lumo -") for _, _, o in facts)


def test_a_given_name_opening_a_sentence_is_part_of_the_name() -> None:
    assert_guard_case("opening-given-name",
                      "Anders Holm, a lawyer for Nordbank, told the court the bank had paid.",
                      ("Holm", "ROLE", "Nordbank"), ("Anders Holm", "ROLE", "Nordbank"))


def test_an_honorific_opening_a_sentence_stays_out_of_the_name() -> None:
    facts = sentence_triples("Mr Dahl, a lawyer for Nordbank, told the court the bank had paid.")
    assert not any(s.startswith("Mr") for s, _, _ in facts)


def test_a_nationality_after_be_is_no_topic() -> None:
    assert_guard_case("nationality-predicate", "\"I am pleased he is Welsh,\" said Tom Reed.",
                      ("Tom Reed", "SAY", "Welsh"), None)


def test_a_country_after_be_is_a_name() -> None:
    from kg.extract.nlp import load_model
    from kg.resolve.facts import nationality_predicate

    doc = load_model()("\"He is Welsh and the winner is Norway,\" said Tom Reed.")
    assert nationality_predicate(next(t for t in doc if t.text == "Welsh"))
    assert not nationality_predicate(next(t for t in doc if t.text == "Norway"))
