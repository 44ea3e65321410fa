"""The confidence model's fit target (kg.eval.crossval.fit_targets): precision and the recall a
proposition adds beyond the other propositions of its sentence. Sentences of our own."""

from __future__ import annotations

import pytest

from kg.eval.carb import OieTuple
from kg.eval.crossval import RECALL_WEIGHT, Candidate, fit_targets

SENTENCE = "Anna Berg founded the mill in Bergen in 1990 ."


def _cand(relation: str, *args: str) -> Candidate:
    return Candidate(SENTENCE, relation, args, {}, "svo", 0.5)


def test_a_proposition_earns_only_the_recall_it_adds_beyond_its_sentences_others() -> None:
    gold = {SENTENCE: [OieTuple(SENTENCE, "founded", ("Anna Berg", "the mill", "in Bergen", "in 1990"))]}
    whole = _cand("founded", "Anna Berg", "the mill", "in Bergen", "in 1990")  # all 9 gold words
    part = _cand("founded", "Anna Berg", "the mill")  # every word right, 5 of the 9
    wrong = _cand("sold", "Tom Reed", "the mill")
    targets = fit_targets(gold, [whole, part, wrong])
    scale = 1 + RECALL_WEIGHT
    # the whole tuple adds 4/9 of recall beyond the part; the part adds none beyond the whole
    assert targets[0] == pytest.approx((1.0 + RECALL_WEIGHT * 4 / 9) / scale)
    assert targets[1] == pytest.approx(1.0 / scale)
    assert targets[2] == 0.0  # no relation word in common: no credit at all


def test_a_sentence_without_gold_tuples_gives_no_credit() -> None:
    assert fit_targets({}, [_cand("founded", "Anna Berg", "the mill")]) == [0.0]
