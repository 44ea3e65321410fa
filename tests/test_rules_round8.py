"""Rules written from the wrong facts between two names on eight unseen real-news articles and on
the dev half (issue #13, round 8): precision first.

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

# -- a copula with a description: a post is a person's, a firm or a country is of a kind ----------


@pytest.mark.parametrize(("text", "kind"), [
    # a firm ranked in a country: the country is the domain of "largest", no employer of a post
    ("Nordvik is Norway's largest private employer.", "largest private employer"),
    # a country described by what it supports: "for Chile" is no workplace
    ("The US is a strong supporter of further aid for Chile.", "strong supporter"),
])
def test_a_description_of_a_firm_or_country_is_its_kind_not_a_role(text: str, kind: str) -> None:
    facts = graph_facts(text)
    assert not any(r == "ROLE" for _, r, _, _ in facts)
    assert any(r == "IS_A" and o.startswith(kind) for _, r, _, o in facts)


def test_a_surname_the_article_gave_a_person_keeps_the_role() -> None:
    # the model types a surname alone as an organisation; the article named the person in full
    facts = graph_facts("Tom Parry joined the board in May. This is no news to Parry, a lifelong Nordvik supporter.")
    assert ("Tom Parry", "ROLE", "lifelong supporter", "Nordvik") in facts


def test_a_firm_referred_to_as_the_firm_holds_no_post() -> None:
    facts = graph_facts("Nordvik Motors cut 300 jobs. The firm is Norway's second largest employer.")
    assert not any(r == "ROLE" for _, r, _, _ in facts)


@pytest.mark.parametrize(("text", "fact"), [
    ("Anna Berg is Nordbank's leading shareholder.", ("Anna Berg", "ROLE", "leading shareholder", "Nordbank")),
    ("Tom Reed is Nordvik's manager.", ("Tom Reed", "ROLE", "manager", "Nordvik")),
])
def test_a_person_described_after_be_keeps_the_role(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


# -- a verb of obtaining has no recipient -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    # the small model splits "the LFCA best actress" into an indirect and a direct object
    "Anna Berg won the LFCA best actress for the drama Winter Light.",
    "Tom Reed also won the SFCA best actor for his role.",
])
def test_the_first_object_of_a_verb_of_obtaining_is_no_recipient(text: str) -> None:
    facts = graph_facts(text)
    assert not any(r.startswith("WIN_TO") for _, r, _, _ in facts)
    assert not any(r == "WIN" and o in ("LFCA", "SFCA") for _, r, _, o in facts)


def test_a_verb_of_giving_keeps_its_recipient() -> None:
    assert ("Nordbank", "SELL_TO", "sell to", "Fjord Capital") in graph_facts("Nordbank had sold Fjord Capital a stake.")


# -- a word in lower case is no name -----------------------------------------------------------------


def test_a_prize_the_tagger_read_as_a_proper_noun_still_goes_to_its_winner() -> None:
    # the small model tags "award" after "director" as a proper noun
    facts = graph_facts("But the director award went to Tom Reed for Cold Harbour.")
    assert ("Tom Reed", "WIN", "win", "director award") in facts
    assert not any(s == "award" for s, _, _, _ in facts)


def test_a_word_in_lower_case_before_a_title_is_part_of_the_title() -> None:
    # the small model tags "reggae" as a proper noun
    facts = graph_facts("The song features the vocals of reggae artist Tom Reed.")
    assert ("Tom Reed", "IS_A", "reggae artist", "reggae artist") in facts
    assert not any(r == "ROLE" for _, r, _, _ in facts)


# -- a superlative ranks its holder within a place ---------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("The Fjord Exchange, Norway's biggest stock market, has a new owner.", "biggest stock market"),
    ("Tom Reed was Norway's richest businessman in 2004.", "richest businessman"),
])
def test_a_superlative_with_a_place_is_a_kind_not_a_post_held_there(text: str, kind: str) -> None:
    facts = graph_facts(text)
    assert not any(r == "ROLE" for _, r, _, _ in facts)
    assert any(r == "IS_A" and o == kind for _, r, _, o in facts)


def test_a_superlative_with_an_organisation_keeps_the_role() -> None:
    assert ("Anna Berg", "ROLE", "biggest shareholder", "Nordbank") in graph_facts("Anna Berg is Nordbank's biggest shareholder.")


def test_a_firm_described_by_apposition_is_a_kind_not_a_role() -> None:
    facts = graph_facts("Nordcom, a pioneer of the mobile phone business, said profits rose.")
    assert ("Nordcom", "IS_A", "pioneer", "pioneer") in facts
    assert not any(r == "ROLE" for _, r, _, _ in facts)


# -- what a verb of saying selects ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # where the speaker works, hung on the verb because the speaker follows it
    '"Demand is slowing," said Tom Reed, from Nordbank Research.',
    # where it was said
    "Sales rose 4%, the company said at the Oslo Motor Show.",
])
def test_a_phrase_of_place_or_source_after_say_is_not_what_was_said(text: str) -> None:
    # (the quoted clause is: a statement fact about demand or sales, kg.extract.speech)
    assert not any(r == "SAY" and o in ("Nordbank Research", "Oslo Motor Show") for _, r, _, o in graph_facts(text))


@pytest.mark.parametrize(("text", "fact"), [
    ('"I bow to you," Anna Berg said to Tom Reed.', ("Anna Berg", "SAY", "say", "Tom Reed")),
    ('"We are cautious," Nordbank said of Fjord Capital.', ("Nordbank", "SAY", "say", "Fjord Capital")),
])
def test_say_keeps_its_addressee_and_its_topic(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in graph_facts(text)


# -- to take over from someone is to succeed them ------------------------------------------------------


def test_taking_over_from_a_person_is_a_succession_not_a_takeover() -> None:
    facts = graph_facts("Tom Reed, who took over from Ole Dahl in May, has lost three games.")
    assert ("Tom Reed", "SUCCEED", "take over from", "Ole Dahl") in facts
    assert not any(r == "ACQUIRE" for _, r, _, _ in facts)


def test_taking_over_a_firm_is_still_a_takeover() -> None:
    assert ("Nordbank", "ACQUIRE", "take over", "Fjord Capital") in graph_facts("Nordbank took over Fjord Capital in 2004.")


def test_a_name_opening_with_a_given_name_is_a_person_whatever_its_type() -> None:
    # in an article the model may type "Tom Irish" as a people (NORP) for its last word
    from kg.extract.posts import not_a_person

    doc = _parsed(["Irish", ",", "editor", "of", "Kestrel"], ["PROPN", "PUNCT", "NOUN", "ADP", "PROPN"],
                  ["ROOT", "punct", "appos", "prep", "pobj"], [0, 0, 0, 2, 3])
    holder, editor = doc[0], doc[2]
    assert not not_a_person("NORP", "Tom Irish", holder, editor)
    assert not_a_person("NORP", "Irish", holder, editor)
    assert not not_a_person("PERSON", "Irish", holder, editor)


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]):
    """A parse as the small model gives it, without the model's mood on the day."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads, ents=["O"] * len(words),
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_proper_noun_in_lower_case_is_a_common_noun() -> None:
    from kg.resolve.entities import mention_of

    doc = _parsed(["the", "director", "award", "went"], ["DET", "NOUN", "PROPN", "VERB"],
                  ["det", "compound", "nsubj", "ROOT"], [2, 2, 3, 3])
    mention = mention_of(doc[2])
    assert mention is not None and mention.type == "CONCEPT" and mention.name == "director award"


def test_the_lower_case_end_of_a_hyphenated_name_is_still_a_name() -> None:
    from kg.resolve.entities import mention_of

    doc = _parsed(["Park", "Min", "-", "jun", "said"], ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB"],
                  ["compound", "compound", "punct", "nsubj", "ROOT"], [3, 3, 3, 4, 4])
    mention = mention_of(doc[3])
    assert mention is not None and mention.type != "CONCEPT"
