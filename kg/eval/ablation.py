"""Each extraction rule's worth on CaRB: the score with the rule switched off, one rule at a time.

The sentences are parsed once; the rules run again on the same parses with one rule switched off
(:func:`kg.extract.registry.ablated`), and the Open IE tuples are scored with the shipped
confidences and, with ``k``, cross-validated (:mod:`kg.eval.crossval`). A rule whose removal raises
the cross-validated F1 costs more than it brings on dev.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from kg.eval.carb import OieTuple, score
from kg.eval.crossval import CrossValidation, candidates, cross_validate, parse, shipped_tuples
from kg.extract.registry import ablated, rule_names

ALL_RULES = "(none)"  # the row of the whole system, nothing switched off


@dataclass(frozen=True, slots=True)
class Ablation:
    """CaRB with ``rule`` switched off: shipped F1/AUC, the tuples, and the cross-validated scores."""

    rule: str
    f1: float
    auc: float
    n_pred: int
    cross_validated: CrossValidation | None


def ablations(gold: Mapping[str, Sequence[OieTuple]], sentences: Sequence[str], *, k: int | None = None,
              seed: int = 13, model: str | None = None) -> Iterator[Ablation]:
    """The whole system first (rule ``(none)``), then every registered rule switched off in turn."""
    parsed = parse(sentences, model)
    for rule in [ALL_RULES, *rule_names()]:
        with ablated([] if rule == ALL_RULES else [rule]):
            preds = shipped_tuples(candidates(parsed))
            cv = cross_validate(gold, parsed, k=k, seed=seed) if k else None
        result = score(gold, preds)
        yield Ablation(rule, result.f1, result.auc, sum(len(p) for p in preds.values()), cv)
