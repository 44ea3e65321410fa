"""What a side reached when someone led it there (rule ``led-to-prize``, issue #13, round 19).

Each case is a sentence written for this test, in news style (not from the BBC articles, the
seed article nor CaRB).
"""

from __future__ import annotations

import pytest
from factories import fact_triples

from kg.extract import extract_text
from kg.extract.registry import ablated


@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Reed guided Bergen City to the league title in 2003.", ("Bergen City", "WIN", "league title")),
    ("Anna Berg inspired Nordvik to victory over Vexa United on Saturday.", ("Nordvik", "DEFEAT", "Vexa United")),
    ("Jon Dahl took Nordvik into the final of the Nordic Cup.", ("Nordvik", "REACH", "final")),
    ("Tom Reed helped guide Bergen City to the title.", ("Bergen City", "WIN", "title")),
])
def test_the_led_side_gets_what_it_was_led_to(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in fact_triples(text)
    with ablated(["led-to-prize"]):
        assert fact not in fact_triples(text)


@pytest.mark.parametrize("text", [
    "Tom Reed is aiming to steer Bergen City into the final.",  # an aim, not what happened
    "Tom Reed took Anna Berg to the cinema in Bergen.",  # no prize, no round
    "Anna Berg led Nordvik to victory in Bergen.",  # no side named as beaten
])
def test_no_achievement_without_a_prize_a_round_or_a_beaten_side(text: str) -> None:
    assert not {f for f in extract_text(text).facts if f.rule == "led-to-prize"}


def test_help_says_whether_the_led_side_got_there() -> None:
    # "help guide": the negation, the modal or the aim is said of "help", not of "guide"
    def won(text: str) -> list[tuple[bool, str | None]]:
        return [(f.negated, f.modality) for f in extract_text(text).facts if f.rule == "led-to-prize"]

    assert won("Tom Reed did not help guide Bergen City to the league title.") == [(True, None)]
    assert won("Tom Reed could help guide Bergen City to the league title.") == [(False, "could")]
    assert won("Tom Reed hopes to help guide Bergen City to the league title.") == []
    assert won("Tom Reed helped guide Bergen City to the league title.") == [(False, None)]
