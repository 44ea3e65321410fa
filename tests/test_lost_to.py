"""Rule ``lost-to`` and sport's words for beating (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.registry import ablated


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordvik lost 3-1 to Bergen City in the cup final on Saturday.", ("Bergen City", "DEFEAT", "Nordvik")),
    ("Tom Reed lost to Jon Dahl in the second round.", ("Jon Dahl", "DEFEAT", "Tom Reed")),
])
def test_losing_to_a_side_is_being_beaten_by_it(text: str, expected: tuple[str, str, str]) -> None:
    facts = _facts(text)
    assert expected in facts, facts
    assert (expected[2], "LOSE", expected[0]) not in facts
    with ablated(["lost-to"]):
        assert (expected[2], "LOSE", expected[0]) in _facts(text)


def test_losing_something_to_a_rival_is_no_defeat() -> None:
    facts = _facts("Vexa Holdings lost market share to Nordbank last year.")
    assert not {f for f in facts if f[1] == "DEFEAT"}, facts


@pytest.mark.parametrize("text", [
    "Polar United edged out Fjord Rovers 21-19 in the semi-final.",
    "Polar United thrashed Fjord Rovers in Bergen on Saturday.",
])
def test_sports_words_for_beating_are_defeat(text: str) -> None:
    assert ("Polar United", "DEFEAT", "Fjord Rovers") in _facts(text)
