"""Round 25, the lead's guards from check25's reading: an indefinite noun before a name is no
close apposition, and a capitalised "My" after an article is inside a name, not a possessor."""

from __future__ import annotations

import pytest
from factories import sentence_triples

from kg.extract.registry import ablated


def _is_a(text: str) -> set[tuple[str, str, str]]:
    return {t for t in sentence_triples(text) if t[1] == "IS_A"}


def test_an_indefinite_comment_before_a_name_is_no_kind() -> None:
    text = "A shame Nordbank never opened a branch in Bergen."
    assert not any(s == "Nordbank" for s, _, _ in _is_a(text))


@pytest.mark.parametrize("text, name", [
    ("The comedy Blue Harbour has dominated the awards season in Bergen.", "Blue Harbour"),
    ("Officials banned the play The Fjord Tale in Bergen last week.", "The Fjord Tale"),
])
def test_a_definite_kind_before_a_name_still_gives_its_kind(text: str, name: str) -> None:
    found = _is_a(text)
    assert any(name.endswith(s) or s.endswith(name.split()[-1]) for s, _, _ in found), found
    with ablated(["kind-beside-name"]):
        assert not any(s.endswith(name.split()[-1]) for s, _, _ in _is_a(text))


def test_a_capitalised_my_after_the_article_is_part_of_the_name() -> None:
    found = _is_a("The My Vexa service lets users keep 500 links.")
    assert ("Vexa", "IS_A", "service") not in found, found


def test_a_real_possessive_still_names_the_kind() -> None:
    text = "Nordbank's Vexa service lets users keep 500 links."
    assert ("Vexa", "IS_A", "service") in _is_a(text)
    with ablated(["possessed-name-kind"]):
        assert ("Vexa", "IS_A", "service") not in _is_a(text)


def test_an_indefinite_kind_the_name_is_an_apposition_of_keeps_its_kind() -> None:
    found = _is_a("Anna Berg plays the lead role in a bilingual romantic comedy Blue Harbour Nights.")
    assert ("Blue Harbour Nights", "IS_A", "bilingual romantic comedy") in found, found
