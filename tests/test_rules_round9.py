"""Rules written from the wrong facts between two names on unannotated real news and from the
roles missed on the dev half (issue #13, round 9).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB), and checks the graph facts kg makes of it. They fail without the rule.
"""

from __future__ import annotations

import pytest
from factories import graph_facts

# -- a "by" phrase on a past participle names the doer -------------------------------------------


def test_a_by_phrase_on_a_participle_the_parse_read_as_a_past_names_the_doer() -> None:
    # the small model reads "Bergen beaten" as subject and simple past, "by Molde" as its object
    facts = graph_facts("It meant that Bergen, beaten 4-1 by Molde at home, will meet Tromso in the final.")
    assert ("Molde", "DEFEAT", "beat", "Bergen") in facts
    assert not any(s == "Bergen" and r == "DEFEAT" for s, r, _, _ in facts)


def test_a_by_phrase_after_have_measures_and_keeps_its_subject() -> None:
    facts = graph_facts("Nordbank shares have risen by 5% since Monday.")
    assert not any(r == "RISE" and o == "Nordbank" for _, r, _, o in facts)


# -- a title the model tagged inside a person's name ---------------------------------------------------


def test_a_title_in_lower_case_inside_a_persons_span_is_the_title() -> None:
    # the small model tags "Norway physio Lars Holm" as one person
    facts = graph_facts('"He is fit and ready," said Norway physio Lars Holm.')
    assert ("Lars Holm", "IS_A", "physio", "physio") in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Centre Lund is unlikely to be fit for Saturday.", ("Lund", "IS_A", "centre", "centre")),
])
def test_a_position_opening_a_sentence_is_a_title_not_a_given_name(text: str, fact: tuple[str, str, str, str]) -> None:
    facts = graph_facts(text)
    assert fact in facts
    assert not any(s.startswith(("Centre", "Flanker")) for s, _, _, _ in facts)


def test_a_fixture_v_is_no_title() -> None:
    # "v" between two clubs is no title of the second
    assert not any(r == "ROLE" for _, r, _, _ in graph_facts("Molde v Bergen"))


# -- a relational noun names no post ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Lars Holm is the right man for Nordvik.", "right man"),
    ("Tom Reed has been the hero of Nordvik this season.", "hero"),
    ("Tom Reed is the future of Nordvik.", "future"),
    ("Anna Berg has been a great rival of Karin Dahl for years.", "great rival"),
    ("Anna Berg was no match for Karin Dahl in the final.", "match"),
])
def test_a_relational_or_evaluative_noun_is_no_post(text: str, kind: str) -> None:
    facts = graph_facts(text)
    assert not any(r == "ROLE" for _, r, _, _ in facts)
    assert any(r == "IS_A" and o == kind for _, r, _, o in facts)


def test_an_office_after_be_keeps_its_post() -> None:
    assert ("Anna Berg", "ROLE", "finance director", "Nordbank") in graph_facts("Anna Berg is the finance director of Nordbank.")


# -- "claim" with a noun phrase is no saying ---------------------------------------------------------


@pytest.mark.parametrize(("text", "fact"), [
    ("Nordvik claimed top spot in Group B.", ("Nordvik", "WIN", "claim", "top spot")),
    ("Holm claimed the Nordic Crown last season.", ("Holm", "WIN", "claim", "Crown")),
])
def test_claiming_a_prize_or_a_place_is_winning_it(text: str, fact: tuple[str, str, str, str]) -> None:
    facts = graph_facts(text)
    assert fact in facts
    assert not any(r == "SAY" for _, r, _, _ in facts)


def test_claiming_with_a_clause_is_still_saying() -> None:
    assert ("Tom Reed", "SAY", "claim", "deal") in graph_facts("Tom Reed claimed that the deal was dead.")


# -- a name right before a common noun modifies it ------------------------------------------------


def test_a_name_before_a_noun_both_read_as_objects_is_a_modifier() -> None:
    # the small model makes "Oscars" and "hopes" two objects of "boosting"
    facts = graph_facts("Tom Reed and Anna Berg won the Nordic Film Awards, boosting their Oscars hopes this month.")
    assert not any(r == "BOOST" and o == "Oscars" for _, r, _, o in facts)
    assert ("Tom Reed", "BOOST", "boost", "hopes") in facts


def test_two_objects_of_a_verb_of_giving_stay_recipient_and_thing() -> None:
    assert ("Nordvik", "GIVE_TO", "give to", "Halden") in graph_facts("Nordvik gave Halden a loan.")


# -- a plural title before a list of names ------------------------------------------------------


def test_a_plural_title_run_into_names_gives_each_the_title() -> None:
    # the parse makes the first name an apposition of "shareholders", the second its conjunct
    facts = graph_facts("The plan needs the backing of major shareholders Tom Reed and Anna Berg, who together hold a fifth of the firm.")
    assert ("Tom Reed", "IS_A", "major shareholder", "major shareholder") in facts
    assert ("Anna Berg", "IS_A", "major shareholder", "major shareholder") in facts


def test_a_plural_title_with_a_possessor_gives_each_a_role_there() -> None:
    facts = graph_facts("Nordvik's major shareholders Tom Reed and Anna Berg have cut off talks.")
    assert ("Tom Reed", "ROLE", "major shareholder", "Nordvik") in facts
    assert ("Anna Berg", "ROLE", "major shareholder", "Nordvik") in facts


def test_every_name_of_a_list_after_a_plural_title_holds_it_and_no_more() -> None:
    # a one-word name the model leaves untagged ("Mirko"), an honorific, and a second title's list
    facts = graph_facts("They will join pop singers Karina Holm, Sir Tom Reed, Zelda and Mirko plus actors Per Lund, "
                        "Anna Berg and Karin Dahl on the ITV broadcast.")
    for name in ("Karina Holm", "Tom Reed", "Zelda", "Mirko"):
        assert (name, "IS_A", "pop singer", "pop singer") in facts
    assert not any(s in ("Lund", "Per Lund", "Anna Berg", "Karin Dahl") and o == "pop singer" for s, _, _, o in facts)


# -- a named prize is a prize ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fact"), [
    ("Meanwhile, design engineer Tom Reed will be awarded an Oscar at a dinner on 12 March.", ("Tom Reed", "WIN", "win", "Oscar")),
    ("Anna Berg was awarded a Bafta for her role.", ("Anna Berg", "WIN", "win", "Bafta")),
])
def test_one_awarded_a_named_prize_wins_it(text: str, fact: tuple[str, str, str, str]) -> None:
    # the small model tags "Oscar" and "Bafta" as proper nouns; the prize is won, not merely received
    facts = graph_facts(text)
    assert fact in facts
    assert not any(r == "RECEIVE" for _, r, _, _ in facts)


# -- an unresolved "he" still holds the topic ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Anna Berg praised the team on Monday. The son of a farmer, he helped write Winter Song for the Kestrels. "
    "He also produced Night Train for the band.",
    "Karin Dahl opened the show. As a boy, he wrote Blue Moon with Mirko. He later produced Night Train.",
])
def test_a_he_after_an_unresolved_he_is_no_name_in_object_position(text: str) -> None:
    # kg cannot tell who the first "he" is; the second is the same man, not the song or the partner
    facts = graph_facts(text)
    assert not any(r == "PRODUCE" for _, r, _, _ in facts)


def test_a_he_after_a_named_subject_still_resolves() -> None:
    facts = graph_facts("Tom Reed wrote Winter Song in 1990. He also produced Night Train.")
    assert ("Tom Reed", "PRODUCE", "produce", "Night Train") in facts


def test_a_by_phrase_on_an_infinitive_after_another_verb_is_no_agent_of_the_first() -> None:
    # the passive is the infinitive's ("to be replaced by"), not "retires"'s
    facts = graph_facts("The summit will be the last to be chaired by Lund before he retires to be replaced by Karl Berg.")
    assert not any(s == "Karl Berg" and r == "RETIRE" for s, r, _, _ in facts)



def test_a_man_of_a_body_keeps_the_affiliation() -> None:
    # "man" names no post when judged ("the right man for"), but "former FBI man" says where he served
    facts = graph_facts("A court ruled that former FBI man Tom Reed, 41, fed information to Lund.")
    assert ("Tom Reed", "ROLE", "former man", "FBI") in facts


def test_a_he_after_an_unresolved_he_may_still_be_a_man_named_since() -> None:
    # the unresolved "he" of the second sentence does not hide a man the third one names
    facts = graph_facts("Anna Berg opened the show. As a boy, he wrote poems. In 1950 Tom Reed joined the Kestrels. "
                        "He married Karin Dahl in 1951.")
    assert ("Tom Reed", "MARRY", "marry", "Karin Dahl") in facts
