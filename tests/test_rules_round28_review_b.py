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


def test_confidence_adds_up_as_the_dict_sum_does(monkeypatch: pytest.MonkeyPatch) -> None:
    # Terms that cancel: a plain left-to-right addition loses the 1.0 (0.0 → 0.01), the sum() of
    # Python 3.12 and later keeps it (1.0 → 0.99); the score must be the dict's sum either way.
    weights = {"rule:test-rule": 1e16, "subject_inherited": 1.0, "subject_pronoun": -1e16}
    values = (1.0, 1.0) + (0.0,) * (len(conf.FEATURE_NAMES) - 2)
    monkeypatch.setattr(conf, "CONFIDENCE_WEIGHTS", weights)
    monkeypatch.setattr(conf, "feature_values", lambda prop: values)
    prop = SimpleNamespace(rule="test-rule", confidence=0.5)
    feats = {"rule:test-rule": 1.0, **dict(zip(conf.FEATURE_NAMES, values, strict=True))}
    expected = round(min(0.99, max(0.01, sum(weights.get(k, 0.0) * v for k, v in feats.items()))), 4)
    assert conf.confidence(prop) == expected  # type: ignore[arg-type]


def _facts(sentence: str) -> set[tuple[str, str, str, bool, str | None]]:
    from kg.extract import extract_text

    return {(f.subject.name, f.relation, f.object.name, f.negated, f.modality)
            for f in extract_text(f"Title\n\n{sentence}\n").facts}


@pytest.mark.parametrize("sentence", [
    "Nordbank took two weeks to refuse to pay Vexa Holdings.",
    "It took Nordbank two weeks to refuse to pay Vexa Holdings.",
])
def test_a_timed_refusal_is_no_payment(sentence: str) -> None:
    # "take" times the refusing: as after "refused to pay" alone, the paying is denied
    facts = _facts(sentence)
    assert ("Nordbank", "PAY", "Vexa Holdings", False, None) not in facts
    assert ("Nordbank", "PAY", "Vexa Holdings", True, "refuse") in facts


def test_a_timed_attempt_keeps_its_modality() -> None:
    facts = _facts("It took Tom Reed two hours to try to beat Jon Dahl.")
    assert ("Tom Reed", "DEFEAT", "Jon Dahl", False, "try") in facts
    assert ("Tom Reed", "DEFEAT", "Jon Dahl", False, None) not in facts
