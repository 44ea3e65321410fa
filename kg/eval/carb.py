"""A re-implementation of the CaRB Open IE scorer (Bhardwaj et al., EMNLP 2019).

It mirrors the official scorer of GitHub ``dair-iitd/CaRB``: ``carb.py`` (``Benchmark.compare``,
commit cd85c69), ``matcher.py`` (``binary_linient_tuple_match``, the default matcher) and the
readers ``oie_readers/goldReader.py`` and ``tabReader.py`` (``--tabbed``; read in the copy that
``dair-iitd/openie6`` vendors under ``carb/``), without numpy/sklearn/nltk/docopt. It agrees with
a transcription of that code to 1e-9 on random inputs and on CaRB dev. Kept, quirks included:

* Sentences are joined after removing spaces, undoing PTB bracket escapes (``-LRB-`` ...) and
  removing ASCII punctuation. Two raw sentences with the same normalised form collide: the group
  read later replaces the earlier one (the original's ``dict`` construction does the same).
* Gold lines are ``line.strip().split('\\t')``, so trailing empty fields vanish; any field
  containing ``'C: '`` is dropped; relation and arguments are stripped; confidence is 1.
* Tabbed prediction lines are ``line.strip().split('\\t')``; blank lines are skipped; relation
  and arguments are kept as written (the matcher splits on whitespace anyway).
* Matching is case-sensitive whitespace-token overlap (multiset); arguments after the first are
  joined into one object slot; the relation must share a token (a predicted ``be`` may stand for
  one form of *be* in the gold relation); a gold tuple with two slots needs two predicted slots;
  predicted slots beyond the gold's are not counted; for gold relations containing
  ``said/told/added/adds/says`` (as substrings) the predicted subject and object may be swapped,
  and the better ``(precision, recall)`` pair (compared lexicographically) is kept.
* Every distinct predicted confidence is a threshold (predictions for sentences that are not in
  the gold still add thresholds, but are otherwise ignored; gold sentences without predictions
  count fully against recall). At each threshold recall credit is many-to-one (best match per gold
  tuple) and precision credit one-to-one (greedy, best precision first, ties to the earlier gold
  tuple then the earlier prediction), over all predictions of the gold's sentences.
* Precision with no predictions is 1, recall with no gold is 0; points where P = R = 0 have an
  undefined F1 and are skipped when picking the best F1 (``np.nanargmax``); ties go to the lowest
  threshold; with no usable point the result is P = R = F1 = 0.
* AUC is ``sklearn.metrics.auc`` (the trapezoid rule) over the points in threshold order with the
  point (recall 0, precision 1) appended; it is 0 when there is no prediction at all.

Deliberate differences: nothing is rounded (the original prints AUC, P, R, F1 rounded to 3
places). :class:`CarbFormatError` is raised for a gold line of only sentence and relation (the
original accepts it as a tuple without arguments), a NaN confidence (the original yields
meaningless thresholds) and for input on which the original crashes (fewer than 3 prediction
columns, a confidence that is not a number, a gold line that strips to one field); blank gold
lines are skipped (the original crashes). Files are read as UTF-8. The curve is returned in
threshold order (the original writes it sorted by recall). Only the default matcher exists.
"""

from __future__ import annotations

import io
import math
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from kg.errors import InputError

__all__ = [
    "CarbFormatError", "CarbScore", "OieTuple", "PRPoint",
    "load_gold", "load_predictions", "match", "normalize_sentence", "score",
]

_PTB_ESCAPES = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"),
                ("{", "-LCB-"), ("}", "-RCB-"))
_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")
_SAID_TYPE = ("said", "told", "added", "adds", "says")


class CarbFormatError(InputError, ValueError):
    """A line of a gold or prediction file that the scorer cannot read."""

    def __init__(self, path: str | Path, line_no: int, reason: str) -> None:
        self.path = str(path)
        self.line_no = line_no
        self.reason = reason
        super().__init__(f"{self.path}:{line_no}: {reason}")


@dataclass(frozen=True)
class OieTuple:
    """One extraction: ``relation(args[0], args[1], ...)`` found in ``sentence``."""

    sentence: str
    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class PRPoint:
    """Precision and recall of the predictions whose confidence is at least ``threshold``."""

    threshold: float
    precision: float
    recall: float


@dataclass(frozen=True)
class CarbScore:
    """Best-F1 point (and its threshold), AUC, counts and the PR curve (ascending thresholds).

    ``n_gold`` and ``n_pred`` count tuples after sentence normalisation (collisions removed);
    ``n_pred_outside_gold`` of the ``n_pred`` predictions are on sentences without gold tuples.
    """

    f1: float
    precision: float
    recall: float
    auc: float
    threshold: float | None
    n_gold: int
    n_pred: int
    n_pred_outside_gold: int
    curve: tuple[PRPoint, ...]


def normalize_sentence(sentence: str) -> str:
    """The original's ``normalizeKey``: drop spaces, undo PTB bracket escapes, drop punctuation."""
    s = sentence.replace(" ", "")
    for plain, escaped in _PTB_ESCAPES:
        s = s.replace(escaped, plain)
    return _PUNCT.sub("", s)


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """Numbered lines, read as text mode would (universal newlines), strictly UTF-8."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_no = raw.count(b"\n", 0, exc.start) + 1
        raise CarbFormatError(path, line_no, f"not UTF-8 ({exc.reason})") from None
    return enumerate(io.StringIO(text, newline=None), start=1)


def load_gold(path: str | Path) -> dict[str, list[OieTuple]]:
    """Read ``SENTENCE \\t RELATION \\t ARG1 [\\t ARG2 ...]`` lines as the original GoldReader.

    Keys are the stripped sentences as written (not yet normalised).
    """
    gold: dict[str, list[OieTuple]] = {}
    for line_no, line in _lines(path):
        if not line.strip():
            continue
        if len(line.rstrip("\r\n").split("\t")) < 3:
            raise CarbFormatError(path, line_no, "expected at least 3 tab-separated columns "
                                  "(sentence, relation, arg1, ...)")
        data = line.strip().split("\t")
        if len(data) < 2:
            raise CarbFormatError(path, line_no, "empty relation and arguments")
        text, rel = data[0].strip(), data[1].strip()
        args = tuple(arg.strip() for arg in data[2:] if "C: " not in arg)
        gold.setdefault(text, []).append(OieTuple(text, rel, args, 1.0))
    return gold


def load_predictions(path: str | Path) -> dict[str, list[OieTuple]]:
    """Read ``SENTENCE \\t CONFIDENCE \\t RELATION \\t ARG1 ...`` lines as the original TabReader.

    Keys are the sentences as written (not yet normalised); write a sentence identically on all
    of its lines, or its groups will collide in :func:`score`.
    """
    preds: dict[str, list[OieTuple]] = {}
    for line_no, line in _lines(path):
        if not line.strip():
            continue
        data = line.strip().split("\t")
        if len(data) < 3:
            raise CarbFormatError(path, line_no, "expected at least 3 tab-separated columns "
                                  "(sentence, confidence, relation, ...)")
        text, conf_text, rel = data[:3]
        try:
            confidence = float(conf_text)
        except ValueError:
            reason = f"confidence {conf_text!r} is not a number"
            raise CarbFormatError(path, line_no, reason) from None
        if math.isnan(confidence):
            raise CarbFormatError(path, line_no, "confidence is NaN")
        preds.setdefault(text, []).append(OieTuple(text, rel, tuple(data[3:]), confidence))
    return preds


def _count_common(gold_words: list[str], pred_words: list[str]) -> int:
    """Multiset overlap; removes the matched words from ``pred_words`` (as the original does)."""
    matching = 0
    for word in gold_words:
        if word in pred_words:
            matching += 1
            pred_words.remove(word)
    return matching


def _lenient_match(gold_rel: str, gold_args: Sequence[str],
                   pred_rel: str, pred_args: Sequence[str]) -> tuple[float, float]:
    """The original's ``linient_tuple_match`` ("STRICTER MATCH" version)."""
    pred_words, gold_words = pred_rel.split(), gold_rel.split()
    prec_num, prec_den = 0, len(pred_words)
    rec_num, rec_den = 0, len(gold_words)
    matching = _count_common(gold_words, pred_words)
    if "be" in pred_words:
        for form in _FORMS_OF_BE:
            if form in gold_words:
                matching += 1
                pred_words.remove("be")
                break
    if matching == 0:
        return (0.0, 0.0)
    prec_num += matching
    rec_num += matching
    for i, gold_arg in enumerate(gold_args):
        gold_words = gold_arg.split()
        rec_den += len(gold_words)
        if len(pred_args) <= i:
            if i < 2:
                return (0.0, 0.0)
            continue
        pred_words = pred_args[i].split()
        prec_den += len(pred_words)
        matching = _count_common(gold_words, pred_words)
        prec_num += matching
        rec_num += matching
    return (prec_num / prec_den if prec_den else 0.0, rec_num / rec_den if rec_den else 0.0)


def _two_slots(args: tuple[str, ...]) -> tuple[str, ...]:
    return (args[0], " ".join(args[1:])) if len(args) >= 2 else args


def match(gold: OieTuple, pred: OieTuple) -> tuple[float, float]:
    """``(precision, recall)`` of ``pred`` against ``gold``: ``binary_linient_tuple_match``."""
    gold_args = _two_slots(gold.args)
    straight = _lenient_match(gold.relation, gold_args, pred.relation, _two_slots(pred.args))
    if not any(verb in gold.relation for verb in _SAID_TYPE):
        return straight
    swapped = (" ".join(pred.args[1:]), pred.args[0]) if len(pred.args) >= 2 else pred.args
    return max(straight, _lenient_match(gold.relation, gold_args, pred.relation, swapped))


def _greedy_precision(scores: list[list[tuple[float, float]]], active: list[int]) -> float:
    """One-to-one precision credit: repeatedly take the best remaining (gold, prediction) pair."""
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(active))):
        best, best_row, best_col = -1.0, -1, -1
        for i, row in enumerate(scores):
            if i in used_rows:
                continue
            for j in active:
                if j not in used_cols and row[j][0] > best:
                    best, best_row, best_col = row[j][0], i, j
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def _normalise_keys(d: Mapping[str, Sequence[OieTuple]]) -> dict[str, Sequence[OieTuple]]:
    out: dict[str, Sequence[OieTuple]] = {}
    for sentence, tuples in d.items():
        out[normalize_sentence(sentence)] = tuples  # a later colliding group replaces the earlier
    return out


def _auc(recalls: list[float], precisions: list[float]) -> float:
    """``sklearn.metrics.auc``: trapezoid rule, sign flipped when x is non-increasing."""
    dx = [b - a for a, b in pairwise(recalls)]
    direction = 1.0
    if any(d < 0 for d in dx):
        if not all(d <= 0 for d in dx):
            raise RuntimeError("recall is not monotonic over thresholds (scorer bug)")
        direction = -1.0
    return direction * sum(d * (y0 + y1) / 2.0 for d, (y0, y1) in
                           zip(dx, pairwise(precisions), strict=True))


def score(gold: Mapping[str, Sequence[OieTuple]],
          predictions: Mapping[str, Sequence[OieTuple]]) -> CarbScore:
    """Score ``predictions`` against ``gold`` as ``Benchmark.compare`` does (default matcher)."""
    gold_n = _normalise_keys(gold)
    pred_n = _normalise_keys(predictions)
    thresholds = sorted({t.confidence for ts in pred_n.values() for t in ts})
    index = {conf: k for k, conf in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den, r_num, r_den = [0.0] * n, [0] * n, [0.0] * n, [0] * n

    for sentence, golds in gold_n.items():
        preds = pred_n.get(sentence, [])
        scores = [[match(g, q) for q in preds] for g in golds]
        prev = 0
        for conf in sorted({q.confidence for q in preds}):
            c = index[conf]
            active = [j for j, q in enumerate(preds) if q.confidence >= conf]
            recall_credit = sum(max((row[j][1] for j in active), default=0.0) for row in scores)
            precision_credit = _greedy_precision(scores, active)
            for k in range(prev, c + 1):  # thresholds in (previous confidence, conf]
                p_num[k] += precision_credit
                p_den[k] += len(active)
                r_num[k] += recall_credit
                r_den[k] += len(golds)
            prev = c + 1
        for k in range(prev, n):  # thresholds above every confidence of this sentence
            r_den[k] += len(golds)

    precisions = [a / b if b > 0 else 1.0 for a, b in zip(p_num, p_den, strict=True)]
    recalls = [a / b if b > 0 else 0.0 for a, b in zip(r_num, r_den, strict=True)]
    best_k, best_f1 = None, -1.0
    for k, (p, r) in enumerate(zip(precisions, recalls, strict=True)):
        if p + r > 0 and 2 * p * r / (p + r) > best_f1:  # P = R = 0: NaN in the original
            best_k, best_f1 = k, 2 * p * r / (p + r)
    f1, precision, recall, threshold = 0.0, 0.0, 0.0, None  # no usable point: (0, 0, 0)
    if best_k is not None:
        f1, precision, recall = best_f1, precisions[best_k], recalls[best_k]
        threshold = thresholds[best_k]
    return CarbScore(
        f1=f1, precision=precision, recall=recall,
        auc=_auc([*recalls, 0.0], [*precisions, 1.0]) if n else 0.0,
        threshold=threshold,
        n_gold=sum(len(ts) for ts in gold_n.values()),
        n_pred=sum(len(ts) for ts in pred_n.values()),
        n_pred_outside_gold=sum(len(ts) for s, ts in pred_n.items() if s not in gold_n),
        curve=tuple(PRPoint(t, p, r) for t, p, r in zip(thresholds, precisions, recalls, strict=True)),
    )
