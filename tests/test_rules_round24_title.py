"""Titles before names and titles of works (round 24, issue #13 items 1 and 4): a title with a
subtitle after a colon is one work ("Star Wars: Episode III", ``colon-in-title``), a rank that
opens a work's title is a word of it ("The Lord of the Rings", ``title-keeps-rank``), and a name
opening a sentence before a title is where the title is held ("Marsh chief executive Tom Reed",
``opening-name-before-title``).

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each positive case fails with its rule switched off.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract import extract_text
from kg.extract.registry import ablated, rule_names


def _names(sentence: str) -> set[str]:
    return {e.name for e in extract_text(f"Title\n\n{sentence}\n").entities}


def test_the_rules_are_registered() -> None:
    assert {"colon-in-title", "title-keeps-rank", "opening-name-before-title"} <= set(rule_names())


COLON_TITLES = [
    ("The film Harbour Wars: Episode III opened in Bergen on Friday.", "Harbour Wars: Episode III"),
    ("Her films include Blue Bay, Harbour Wars: Episode III and Winter Tide.", "Harbour Wars: Episode III"),
    ("Sales of Harbour Quest: Winter Tide rose after Vexa Holdings cut its price.", "Harbour Quest: Winter Tide"),
    ("Vexa Games said Harbour Quest: Winter Tide had sold a million copies.", "Harbour Quest: Winter Tide"),
    ("Dawn of Harbour: Winter Tide sold a million copies in Bergen.", "Dawn of Harbour: Winter Tide"),  # opening
]


@pytest.mark.parametrize(("sentence", "title"), COLON_TITLES)
def test_a_title_and_its_subtitle_are_one_work(sentence: str, title: str) -> None:
    assert title in _names(sentence)
    with ablated(["colon-in-title"]):
        assert title not in _names(sentence)


def test_the_work_does_what_the_sentence_says() -> None:
    sentence = "The film Harbour Wars: Episode III opened in Bergen on Friday."
    assert ("Harbour Wars: Episode III", "OPEN", "Bergen") in sentence_triples(sentence)
    with ablated(["colon-in-title"]):
        assert ("Episode III", "OPEN", "Bergen") in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "The reason was simple: Nordbank had lost money.",          # an explanation, after a lower-case word
    "Tom Reed told Vexa Radio: \"Nordbank will grow.\"",         # a quotation after the colon
    "Man Utd: Carroll, Neville, Brown, Reed.",                   # a team sheet: a list after the colon
    "Anna Berg, Vexa Daily: Film - Night Train.",                # a critic's list: a dash after it
    "Subs Not Used: Reed, Dahl.",                                # no name before the colon
])
def test_a_colon_that_introduces_something_joins_no_names(sentence: str) -> None:
    with ablated(["colon-in-title"]):
        before = _names(sentence)
    assert _names(sentence) == before


def test_a_rank_that_opens_a_title_is_a_word_of_it() -> None:
    sentence = "Vexa Games said The Lord of the Harbour: Winter Tide had sold a million copies."
    assert "Lord of the Harbour: Winter Tide" in _names(sentence)
    with ablated(["title-keeps-rank"]):
        assert "Lord of the Harbour: Winter Tide" not in _names(sentence)


def test_a_rank_before_a_persons_name_still_goes() -> None:
    assert "Tom Reed" in _names("Vexa Holdings said Sir Tom Reed would retire in May.")


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject.name, f.relation, f.predicate, f.object.name)
            for f in extract_text(f"Title\n\n{text}\n").facts if f.rule == "role-title"}


OPENING_NAMES = [
    ("Marsh chief executive Tom Reed said profits rose. The firm Marsh cut jobs.",
     ("Tom Reed", "ROLE", "chief executive", "Marsh")),
    ("Rovers manager Tom Reed said the side was tired. Bergen beat Rovers on Saturday.",
     ("Tom Reed", "ROLE", "manager", "Rovers")),
    ("Summit boss Jon Dahl said the deal was done. Nordbank bought Summit in May.",
     ("Jon Dahl", "ROLE", "boss", "Summit")),
    ('"We lost money," Marsh chief executive Tom Reed said. The firm Marsh cut jobs.',  # after a quotation
     ("Tom Reed", "ROLE", "chief executive", "Marsh")),
]


@pytest.mark.parametrize(("text", "role"), OPENING_NAMES)
def test_a_name_opening_a_sentence_before_a_title_is_where_it_is_held(text: str, role: tuple) -> None:
    assert role in _roles(text)
    with ablated(["opening-name-before-title"]):
        assert role not in _roles(text)


@pytest.mark.parametrize("text", [
    "Sales director Tom Reed said sales rose. Sales rose by 5%.",        # never a name inside a sentence
    "Pop star Anna Berg sang at the Pop Idol final.",                    # a capital only inside a name
    "Chief executive Tom Reed said profits rose at Chief Holdings.",     # a title word itself
])
def test_a_common_noun_opening_a_sentence_stays_in_the_title(text: str) -> None:
    with ablated(["opening-name-before-title"]):
        before = _roles(text)
    assert _roles(text) == before
