"""K-fold cross-validation of the confidence model on a CaRB split: how much of its score is fit.

The confidence weights (:data:`kg.extract.confidence.CONFIDENCE_WEIGHTS`) were fitted on CaRB dev.
Here the dev sentences with gold tuples are split into ``k`` folds; for each fold the same ridge
regression (lambda 1, intercept unpenalised; target: :func:`fit_targets`) is fitted on the other
folds and ranks the fold's propositions. The
out-of-fold predictions are scored together (the cross-validated F1 and AUC), and each fold alone
(the spread). The rules themselves are hand-written, so they cannot be refitted: the per-fold
scores of the whole system with the shipped weights show how evenly they do across dev.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.eval.carb import OieTuple, match, normalize_sentence, score

if TYPE_CHECKING:
    from spacy.tokens import Doc

RIDGE_LAMBDA = 1.0
# How much a proposition's marginal recall counts beside its precision in the fit target (see
# fit_targets): 0 is the precision target of rounds 1 to 8.
RECALL_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposition of a sentence: its CaRB tuple, the features confidence reads, its rule."""

    sentence: str
    relation: str
    args: tuple[str, ...]
    features: dict[str, float]
    rule: str
    shipped: float  # the confidence the shipped weights give it


@dataclass(frozen=True, slots=True)
class FoldScores:
    f1: float
    auc: float
    f1_folds: tuple[float, ...]
    auc_folds: tuple[float, ...]

    @property
    def f1_spread(self) -> str:
        return f"{statistics.mean(self.f1_folds):.4f} ± {statistics.pstdev(self.f1_folds):.4f}"

    @property
    def auc_spread(self) -> str:
        return f"{statistics.mean(self.auc_folds):.4f} ± {statistics.pstdev(self.auc_folds):.4f}"


@dataclass(frozen=True, slots=True)
class CrossValidation:
    k: int
    shipped: FoldScores  # the shipped weights (fitted on all of dev), scored per fold
    cross_validated: FoldScores  # weights fitted without the fold they rank


def parse(sentences: Sequence[str], model: str | None = None) -> list[tuple[str, Doc]]:
    """The pre-tokenised sentences, each with its parse, so that the rules can run on them again."""
    from kg.extract.carb import tokenized_doc
    from kg.extract.nlp import load_model

    nlp = load_model(model)
    lines = [s.strip() for s in sentences if s.strip()]
    return list(zip(lines, nlp.pipe(tokenized_doc(nlp, line) for line in lines), strict=True))


def candidates(parsed: Sequence[tuple[str, Doc]]) -> list[Candidate]:
    """Every Open IE proposition of the parsed sentences, with its features (rules switched off
    in :func:`kg.extract.registry.ablated` give none)."""
    from kg.extract.confidence import confidence_features
    from kg.extract.openie_repair import open_ie_propositions

    out: list[Candidate] = []
    for line, parsed_doc in parsed:
        doc = parsed_doc.copy()  # the Open IE repairs change a parse, which the next run reads again
        for prop in open_ie_propositions(doc[:]):
            if not prop.open_ie:
                continue
            relation = " ".join(prop.relation.split())
            args = tuple(" ".join(a.split()) for a in prop.arg_texts)
            if relation and args and args[0]:
                out.append(Candidate(line, relation, args, confidence_features(prop), prop.rule, prop.confidence))
    return out


def fit_targets(gold: Mapping[str, Sequence[OieTuple]], cands: Sequence[Candidate]) -> list[float]:
    """What the confidence model is fitted to for each candidate: its best CaRB precision against
    its sentence's gold tuples plus ``RECALL_WEIGHT`` times its marginal recall, scaled to [0, 1].

    Why recall: best F1 is the score, and a proposition above the threshold raises it by its
    precision and by the recall it adds (with P and R near dev's 0.68 and 0.57, a unit of recall
    a proposition adds is worth about as much as a unit of its precision). Why marginal: CaRB
    credits a gold tuple's recall once, from its best match, so a proposition earns the recall it
    adds beyond the best of the other propositions of its sentence (a second reading of the same
    words adds little), and nothing for gold tuples another proposition matches better.
    """
    by_sentence: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        by_sentence.setdefault(normalize_sentence(c.sentence), []).append(i)
    gold_by_key = {normalize_sentence(s): g for s, g in gold.items()}
    precision = [0.0] * len(cands)
    added = [0.0] * len(cands)
    for key, members in by_sentence.items():
        golds = gold_by_key.get(key, [])
        preds = [OieTuple(cands[i].sentence, cands[i].relation, cands[i].args, 1.0) for i in members]
        scores = [[match(g, q) for q in preds] for g in golds]
        for j, i in enumerate(members):
            precision[i] = max((row[j][0] for row in scores), default=0.0)
        for row in scores:
            recalls = sorted(((r, j) for j, (_, r) in enumerate(row)), reverse=True)
            if recalls and recalls[0][0] > 0:
                runner_up = recalls[1][0] if len(recalls) > 1 else 0.0
                added[members[recalls[0][1]]] += recalls[0][0] - runner_up
    return [(p + RECALL_WEIGHT * r) / (1 + RECALL_WEIGHT) for p, r in zip(precision, added, strict=True)]


def fit_weights(gold: Mapping[str, Sequence[OieTuple]], parsed: Sequence[tuple[str, Doc]]) -> dict[str, float]:
    """The confidence weights fitted on every sentence of ``parsed`` that has gold tuples, as each
    fold of :func:`cross_validate` is (how :data:`kg.extract.confidence.CONFIDENCE_WEIGHTS` were
    made, on all of CaRB dev)."""
    cands = candidates(parsed)
    with_gold = {normalize_sentence(s) for s in gold}
    rows = [(c, t) for c, t in zip(cands, fit_targets(gold, cands), strict=True)
            if normalize_sentence(c.sentence) in with_gold]
    return _fit([c for c, _ in rows], [t for _, t in rows])


def _fit(rows: list[Candidate], targets: list[float]) -> dict[str, float]:
    import numpy as np

    if not rows:
        return {"bias": 0.0}  # nothing to learn from (a tiny split with its only rule switched off)
    names = sorted({k for c in rows for k in c.features})
    x = np.array([[c.features.get(n, 0.0) for n in names] + [1.0] for c in rows])
    penalty = RIDGE_LAMBDA * np.eye(len(names) + 1)
    penalty[-1, -1] = 0.0  # the intercept is not shrunk
    w = np.linalg.solve(x.T @ x + penalty, x.T @ np.array(targets))
    weights = {n: round(float(v), 3) for n, v in zip(names, w[:-1], strict=True)}
    weights["bias"] = round(float(w[-1]), 3)
    return weights


def _rank(c: Candidate, weights: Mapping[str, float]) -> float:
    from kg.extract.confidence import ALTERNATIVE_FACTOR, ALTERNATIVE_RULES

    raw = weights["bias"] + sum(weights.get(k, 0.0) * v for k, v in c.features.items())
    if c.rule in ALTERNATIVE_RULES:
        raw *= ALTERNATIVE_FACTOR
    return round(min(0.99, max(0.01, raw)), 4)


def _tuples(cands: list[Candidate], conf: list[float]) -> dict[str, list[OieTuple]]:
    """As ``kg extract --format carb`` writes them: a tuple stated twice keeps its best confidence."""
    best: dict[tuple[str, str, tuple[str, ...]], float] = {}
    for c, value in zip(cands, conf, strict=True):
        key = (c.sentence, c.relation, c.args)
        best[key] = max(best.get(key, 0.0), value)
    out: dict[str, list[OieTuple]] = {}
    for (sentence, relation, args), value in best.items():
        out.setdefault(sentence, []).append(OieTuple(sentence, relation, args, value))
    return out


def shipped_tuples(cands: list[Candidate]) -> dict[str, list[OieTuple]]:
    """The candidates as CaRB tuples with the confidences the extractor gives them."""
    return _tuples(cands, [c.shipped for c in cands])


def _scores(gold: Mapping[str, Sequence[OieTuple]], cands: list[Candidate], conf: list[float],
            folds: list[set[str]]) -> FoldScores:
    preds = _tuples(cands, conf)
    whole = score(gold, preds)
    per_fold = []
    for fold in folds:
        sub_gold = {s: g for s, g in gold.items() if normalize_sentence(s) in fold}
        sub_pred = {s: p for s, p in preds.items() if normalize_sentence(s) in fold}
        per_fold.append(score(sub_gold, sub_pred))
    return FoldScores(whole.f1, whole.auc, tuple(r.f1 for r in per_fold), tuple(r.auc for r in per_fold))


def cross_validate(gold: Mapping[str, Sequence[OieTuple]], parsed: Sequence[tuple[str, Doc]], *, k: int = 5,
                   seed: int = 13) -> CrossValidation:
    """``k``-fold cross-validated CaRB F1 and AUC of the confidence model (see the module doc) on
    the sentences of :func:`parse`."""
    cands = candidates(parsed)
    gold_by_key = {normalize_sentence(s): g for s, g in gold.items()}
    keys = sorted(gold_by_key)
    random.Random(seed).shuffle(keys)
    folds = [set(keys[i::k]) for i in range(k)]
    fold_of = {key: n for n, fold in enumerate(folds) for key in fold}
    target = fit_targets(gold, cands)
    held_out = [0.0] * len(cands)
    for n in range(k):
        train = [i for i, c in enumerate(cands) if fold_of.get(normalize_sentence(c.sentence), n) != n]
        weights = _fit([cands[i] for i in train], [target[i] for i in train])
        for i, c in enumerate(cands):
            if fold_of.get(normalize_sentence(c.sentence)) == n:
                held_out[i] = _rank(c, weights)
    return CrossValidation(k, _scores(gold, cands, [c.shipped for c in cands], folds),
                           _scores(gold, cands, held_out, folds))
