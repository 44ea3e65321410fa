"""A score or an age the tagger ran into a person's name is no part of it (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.resolve.names import canonical_name


@pytest.mark.parametrize(("span", "name"), [
    ("Reed 6-2 7-6", "Reed"),
    ("Jon Dahl 7-5", "Jon Dahl"),
    ("Anna Berg,31", "Anna Berg"),
    ("Jan Holm 2", "Jan Holm"),  # "Jan Holm 2-6" split by the tokenizer
    ("Spider-Man 2", "Spider-Man 2"),  # a sequel's number stays
    ("50 Cent", "50 Cent"),
])
def test_canonical_person_name_drops_a_score(span: str, name: str) -> None:
    assert canonical_name(span, "PERSON") == name


def test_a_beaten_player_is_named_without_the_score() -> None:
    facts = extract_text("Tom Reed beat fourth seed Jon Dahl 7-5 6-1 at the Bergen Open.").facts
    assert ("Tom Reed", "DEFEAT", "Jon Dahl") in {(f.subject.name, f.relation, f.object.name) for f in facts}
