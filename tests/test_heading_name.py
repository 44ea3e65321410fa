"""Rule ``heading-name``: a team sheet under a side's name describes none of its players
(sentences of our own)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated


def _is_a(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in extract_text(text).facts if f.relation == "IS_A"}


SHEET = ("Arden Rovers beat Leeds 24-10 on Saturday.\n\n"
         "Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens.")


def test_a_line_up_under_a_sides_name_says_nothing_of_what_its_players_are() -> None:
    assert not any(obj == "leed" for _, obj in _is_a(SHEET))
    with ablated(["heading-name"]):
        assert ("Balshaw", "leed") in _is_a(SHEET)  # the tagger's plural noun "Leeds", lemma "leed"


def test_a_heading_that_says_what_the_players_are_still_describes_them() -> None:
    text = ("Scotland named their squad on Monday.\n\n"
            "Backs: Tom Reed (Bergen), Jon Dahl (Arden).")
    assert {("Tom Reed", "back"), ("Jon Dahl", "back")} <= _is_a(text)
