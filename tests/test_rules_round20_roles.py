"""Roles a name's title leaves half read: coordinated titles and possessive pronouns (issue #13,
round 20; rules ``coordinated-post`` and ``possessive-pronoun-post``).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB).
"""

from __future__ import annotations

import pytest
from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


def roles(text: str) -> set[tuple[str, str, str]]:
    """(holder, title, organisation or title) of every role fact kg extracts from a text."""
    return {(f.subject.name, f.predicate, f.object.name) for f in extract_text(text).facts
            if f.relation != "SAY" and f.subject.type == "PERSON"}


@pytest.mark.parametrize(("text", "role"), [
    ("Tom Reed, chairman and chief executive of Nordbank Holdings, said sales rose.",
     ("Tom Reed", "chief executive", "Nordbank Holdings")),
    ("Anna Berg was appointed chairman and chief executive of Vexa Holdings last year.",
     ("Anna Berg", "chief executive", "Vexa Holdings")),
])
def test_each_coordinated_title_is_a_role(text: str, role: tuple[str, str, str]) -> None:
    assert role in roles(text)
    with ablated(["coordinated-post"]):
        assert role not in roles(text)


@pytest.mark.parametrize("text", [
    "Tom Reed, the coach, and the players met the owners in Bergen.",  # a determiner: others
    "Anna Berg arrived in Bergen with her husband and daughter Ida.",  # kin: two people
    # the two cases above meet other checks first (a plural; a kin title read); these two fail
    # without the determiner and the kin check on the conjunct
    "Anna Berg met Tom Reed, the coach, and the captain in Bergen.",  # a determiner: another person
    "Tom Reed, chairman of Nordbank and son of its founder, resigned.",  # kin: no post at Nordbank
])
def test_no_coordinated_post_for_others(text: str) -> None:
    assert not {f for f in extract_text(text).facts if f.rule == "coordinated-post"}


@pytest.mark.parametrize(("text", "role"), [
    ("Vexa Holdings blamed its losses on the choices of its founder Tom Reed.",
     ("Tom Reed", "ROLE", "Vexa Holdings")),
    ("Anna Berg arrived in Bergen with her husband Jon Dahl.", ("Jon Dahl", "ROLE", "Anna Berg")),
    ("Tom Reed said his coach Jon Dahl had left Vexa United.", ("Jon Dahl", "ROLE", "Tom Reed")),
])
def test_a_possessive_pronoun_says_where_the_post_is_held(text: str, role: tuple[str, str, str]) -> None:
    assert role in fact_triples(text)
    with ablated(["possessive-pronoun-post"]):
        assert role not in fact_triples(text)


def test_a_pronoun_that_names_nothing_leaves_the_title_alone() -> None:
    # "its" refers to no organisation in the text: the title is kept, held nowhere
    assert ("Tom Reed", "IS_A", "chief executive") in fact_triples("It said its chief executive, Tom Reed, would retire.")


def test_no_post_at_a_pronoun_for_a_thing() -> None:
    # "her best actress Oscar": the prize is no person holding a post at her
    text = "Anna Berg picked up her best actress Oscar in Bergen."
    assert not {t for t in fact_triples(text) if t[0] == "Oscar" and t[2] == "Anna Berg"}


def test_a_work_is_no_post() -> None:
    # "his own play, Bergen Nights": a work named by its maker, not a title held at him
    text = "Tom Reed adapted the film from his own play, Bergen Nights."
    assert not {t for t in fact_triples(text) if t[0] == "Bergen Nights" and t[2] == "Tom Reed"}


@pytest.mark.parametrize(("text", "title"), [
    ("Anna Berg will bring Ida Berg, her 12-year-old daughter, to the Bergen festival.", "daughter"),
    ("Tom Reed said his mother-in-law, Ida Berg, was ill.", "mother-in-law"),
])
def test_hyphenated_words_around_a_title(text: str, title: str) -> None:
    assert title in {f.predicate for f in extract_text(text).facts if f.subject.name == "Ida Berg"}
    with ablated(["hyphenated-title"]):
        assert title not in {f.predicate for f in extract_text(text).facts if f.subject.name == "Ida Berg"}


def test_a_plural_title_read_as_a_verb_still_describes_the_names() -> None:
    text = "Hollywood stars Tom Reed and Kate Berg attended the premiere in Bergen."
    assert {("Tom Reed", "IS_A", "Hollywood star"), ("Kate Berg", "IS_A", "Hollywood star")} <= fact_triples(text)
    with ablated(["title-read-as-verb"]):
        assert ("Kate Berg", "IS_A", "Hollywood star") not in fact_triples(text)


@pytest.mark.parametrize("text", [
    "The film stars Tom Reed and Anna Berg.",  # a verb with its subject before it
    "Anna Berg coaches Tom Reed in Bergen.",
])
def test_a_verb_with_a_subject_is_no_title(text: str) -> None:
    assert not {t for t in fact_triples(text) if t[1] == "IS_A" and t[0] in ("Tom Reed", "Anna Berg")}


def test_initials_are_part_of_a_listed_name() -> None:
    text = "The deal was backed by leading investors Tom Reed and JP Lund on Monday."
    assert ("JP Lund", "IS_A", "leading investor") in fact_triples(text)
    with ablated(["initials-in-list"]):
        assert ("JP Lund", "IS_A", "leading investor") not in fact_triples(text)
