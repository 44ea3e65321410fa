"""Round 22's review of shape22, event22 and ref22 (helper review22b): the mistakes its rules made
on invented sentences, each fixed with a general guard.

- ``went-on-result``: "went on to win" states the win only where "go" is stated itself, not
  "could go on to win", "did not go on to win", "hopes to go on to win".

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB). Each fails without its fix.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}


def _one(sentence: str) -> set[tuple[str, str, str]]:
    return _facts(f"Title\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Tom Reed will go on to win the Bergen Prize.",
    "Tom Reed could go on to win the Bergen Prize.",
    "Tom Reed did not go on to win the Bergen Prize.",
    "Tom Reed hopes to go on to win the Bergen Prize.",
    "Tom Reed could beat Jon Dahl and go on to win the Bergen Prize.",
])
def test_go_on_to_not_stated_is_no_win(sentence: str) -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") not in _one(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Reed went on to win the Bergen Prize.",
    "Tom Reed beat Jon Dahl and went on to win the Bergen Prize.",
])
def test_went_on_to_stated_is_a_win(sentence: str) -> None:
    assert ("Tom Reed", "WIN", "Bergen Prize") in _one(sentence)
