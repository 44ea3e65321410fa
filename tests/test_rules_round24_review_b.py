"""Round 24 review (review24b) of shape24's, title24's and ref24's rules: what the review found and
fixed, each case a text written for this test (not from the BBC articles, the seed article nor
CaRB), failing without its fix.
"""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract import extract_text
from kg.extract.registry import TRIGGERS
from kg.extract.rules import NAMED_SENTENCE_RULES


def _names(sentence: str) -> set[str]:
    return {e.name for e in extract_text(f"Title\n\n{sentence}\n").entities}


@pytest.mark.parametrize(("sentence", "joined"), [
    ("There was one winner in Bergen: Nordbank rose 5% on the day.", "Bergen: Nordbank"),
    ("The problem is familiar in Norway: Nordbank has too few branches.", "Norway: Nordbank"),
    ("The mood was grim in Halden: Vexa Holdings cut 300 jobs.", "Halden: Vexa Holdings"),
])
def test_a_colon_between_two_clauses_joins_no_title(sentence: str, joined: str) -> None:
    names = _names(sentence)
    assert joined not in names
    assert joined.split(": ")[1] in names


def test_a_title_after_a_relative_clause_s_verb_keeps_its_subtitle() -> None:
    assert "Harbour Wars: Episode III" in _names("The film that followed Harbour Wars: Episode III was a hit.")
    assert "Harbour Quest: Dark Tide" in _names("Fans who played Harbour Quest: Dark Tide will like the sequel.")


@pytest.mark.parametrize("name", ["work-on-noun", "role-in-work", "contest-event", "kind-of-name"])
def test_round_24_shape_rules_declare_their_triggers(name: str) -> None:
    assert NAMED_SENTENCE_RULES[name] in TRIGGERS


def test_a_meeting_under_a_verb_of_hope_is_no_fixture() -> None:
    facts = sentence_triples("Tom Reed hopes he will face Jon Dahl in the Bergen Open.")
    assert ("Jon Dahl", "PLAY_IN", "Bergen Open") not in facts


def test_taking_someone_on_as_a_post_is_no_match() -> None:
    facts = sentence_triples("Nordbank took on Tom Reed at the Bergen Masters as a coach.")
    assert ("Tom Reed", "PLAY_IN", "Bergen Masters") not in facts
