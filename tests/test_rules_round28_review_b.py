"""Round 28's review of the precision guards and left-over fixes (helper review28b): an object
after a phrase bracketed by commas is kept ("thanked, among others, Jon Dahl"), a denied or
hedged "is a rival of" gives no rivalry, and the confidence score adds its terms as the dict of
features did on every Python (sum() compensates rounding from 3.12 on).

Each sentence is written for this test, in news style, not taken from any article.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from factories import sentence_triples

from kg.extract import confidence as conf
from kg.extract.registry import ablated


def test_an_object_after_a_bracketed_phrase_is_kept() -> None:
    sentence = "Tom Reed thanked, among others, Jon Dahl and Anna Berg."
    facts = sentence_triples(sentence)
    assert ("Tom Reed", "THANK", "Jon Dahl") in facts
    assert ("Tom Reed", "THANK", "Anna Berg") in facts
    # the guard's own case still holds
    guarded = "Tom Reed decided against playing in the opener, the Bergen Classic."
    assert ("Tom Reed", "DECIDE", "Bergen Classic") not in sentence_triples(guarded)
    with ablated(["set-off-object"]):
        assert ("Tom Reed", "DECIDE", "Bergen Classic") in sentence_triples(guarded)


@pytest.mark.parametrize("sentence", [
    "Vexa Holdings is not a rival of Nordbank.",
    "Vexa Holdings is no longer a rival of Nordbank.",
    "Vexa Holdings may be a rival of Nordbank.",
])
def test_a_denied_or_hedged_rival_copula_gives_no_rivalry(sentence: str) -> None:
    assert ("Vexa Holdings", "RIVAL", "Nordbank") not in sentence_triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Vexa Holdings is a rival of Nordbank.",
    "Nordbank's rival Vexa Holdings did not cut jobs.",
])
def test_a_stated_rival_is_kept(sentence: str) -> None:
    assert ("Vexa Holdings", "RIVAL", "Nordbank") in sentence_triples(sentence)
    with ablated(["rival-noun"]):
        assert ("Vexa Holdings", "RIVAL", "Nordbank") not in sentence_triples(sentence)
