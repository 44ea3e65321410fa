"""A tournament's seeds are people with a rank (sentences of our own): "third seed Jon Dahl" is a
role, and "the top seed" is not the "second seed" named before (rule ``other-rank``)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.registry import ablated
from kg.resolve.referring import other_rank

TEXT = ("Tom Reed beat third seed Jon Dahl 6-7 7-5 and will take on second seed Ola Berg.\n\n"
        "Jan Holm reached the final in Bergen on Friday. The top seed was a strong favourite for the "
        "title but lost 6-3 6-4 to Ola Berg.")


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def test_a_seed_before_a_name_is_the_players_rank() -> None:
    facts = _facts(TEXT)
    assert ("Jon Dahl", "IS_A", "third seed") in facts
    assert ("Ola Berg", "IS_A", "second seed") in facts


def test_the_top_seed_is_not_the_second_seed_named_before() -> None:
    assert not any("second seed" in (s, o) and r == "DEFEAT" for s, r, o in _facts(TEXT))
    with ablated(["other-rank"]):
        assert ("Ola Berg", "DEFEAT", "second seed") in _facts(TEXT)


def test_other_rank() -> None:
    assert other_rank("top seed", "second seed")
    assert not other_rank("top seed", "top seed")
    assert not other_rank("junior delegation", "Russian delegation")  # a new description, no rank
    assert not other_rank("seed", "second seed")
