"""Tests for :mod:`kg.eval.carb`, our re-implementation of the CaRB scorer.

Every expected number in the small cases is worked out by hand in the comments. Notation: a match
of a prediction against a gold tuple is (precision, recall) = (matched tokens / predicted tokens,
matched tokens / gold tokens) over relation + subject + one object slot (gold args 2.. joined).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kg.eval.carb import (
    CarbFormatError,
    OieTuple,
    PRPoint,
    load_gold,
    load_predictions,
    match,
    normalize_sentence,
    score,
)

S = "Steve Jobs founded Apple ."
DEV = Path(__file__).parents[1].parent / "shared" / "benchmarks" / "carb" / "dev"
approx = pytest.approx


def t(rel: str, *args: str, conf: float = 1.0, sent: str = S) -> OieTuple:
    return OieTuple(sent, rel, args, conf)


def group(*tuples: OieTuple) -> dict[str, list[OieTuple]]:
    out: dict[str, list[OieTuple]] = defaultdict(list)
    for tup in tuples:
        out[tup.sentence].append(tup)
    return dict(out)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_exact_match() -> None:
    gold = group(t("founded", "Jobs", "Apple"))
    res = score(gold, group(t("founded", "Jobs", "Apple", conf=0.9)))
    assert (res.precision, res.recall, res.f1) == (1.0, 1.0, 1.0)
    # one threshold: curve (R=1, P=1) plus the appended (0, 1): area 1 * (1 + 1) / 2 = 1
    assert res.auc == 1.0
    assert res.threshold == 0.9
    assert (res.n_gold, res.n_pred, res.n_pred_outside_gold) == (1, 1, 0)
    assert res.curve == (PRPoint(0.9, 1.0, 1.0),)


def test_partial_token_overlap() -> None:
    gold = t("was born in", "Barack Obama", "Honolulu Hawaii")
    pred = t("born in", "Obama", "Hawaii in 1961")
    # relation: gold {was, born, in}, pred {born, in} -> 2 matched; pred 2 tokens, gold 3
    # subject:  gold {Barack, Obama}, pred {Obama}     -> 1 matched; pred 1, gold 2
    # object:   gold {Honolulu, Hawaii}, pred {Hawaii, in, 1961} -> 1 matched; pred 3, gold 2
    # P = (2+1+1) / (2+1+3) = 4/6 = 2/3, R = (2+1+1) / (3+2+2) = 4/7
    assert match(gold, pred) == approx((2 / 3, 4 / 7))
    res = score(group(gold), group(pred))
    # F1 = 2 * 2/3 * 4/7 / (2/3 + 4/7) = (16/21) / (26/21) = 8/13
    assert (res.precision, res.recall, res.f1) == approx((2 / 3, 4 / 7, 8 / 13))
    # AUC = (4/7 - 0) * (2/3 + 1) / 2 = 4/7 * 5/6 = 10/21
    assert res.auc == approx(10 / 21)


def test_relation_without_shared_token_is_no_match() -> None:
    gold = t("was born in", "Obama", "Hawaii")
    assert match(gold, t("lives", "Obama", "Hawaii")) == (0.0, 0.0)
    # matching is case-sensitive, as in the original (its ignoreCase flag is never used)
    assert match(gold, t("Was Born In", "Obama", "Hawaii")) == (0.0, 0.0)
    res = score(group(gold), group(t("lives", "Obama", "Hawaii")))
    # P = 0/1, R = 0/1: F1 undefined (NaN in the original, skipped) -> reported as 0, 0, 0
    assert (res.precision, res.recall, res.f1, res.threshold) == (0.0, 0.0, 0.0, None)
    # curve (R=0, P=0) then (0, 1): no width, area 0
    assert res.auc == 0.0
    assert res.curve == (PRPoint(1.0, 0.0, 0.0),)


def test_one_prediction_covers_two_gold_tuples() -> None:
    g1, g2 = t("founded", "Jobs", "Apple"), t("founded", "Wozniak", "Apple")
    pred = t("founded", "Jobs and Wozniak", "Apple")
    # vs g1: relation 1/1; subject {Jobs} in {Jobs, and, Wozniak}: 1 of pred 3, gold 1;
    # object 1/1 -> P = 3/5, R = 3/3 = 1. Same for g2 (Wozniak).
    assert match(g1, pred) == approx((3 / 5, 1.0))
    assert match(g2, pred) == approx((3 / 5, 1.0))
    res = score(group(g1, g2), group(pred))
    # recall: each gold tuple takes its best match -> (1 + 1) / 2 = 1
    # precision: one-to-one, the prediction is used once -> (3/5) / 1 = 3/5
    # F1 = 2 * 3/5 * 1 / (8/5) = 3/4; AUC = 1 * (3/5 + 1) / 2 = 4/5
    assert (res.precision, res.recall, res.f1) == approx((3 / 5, 1.0, 3 / 4))
    assert res.auc == approx(4 / 5)

    # add a prediction that matches nothing: the good one still gets precision credit only once
    res = score(group(g1, g2), group(pred, t("sued", "Jobs", "Apple")))
    # pairs: (g1, pred) = 3/5 first, then (g2, sued) = 0 -> P = (3/5 + 0) / 2 = 3/10, R = 1
    # F1 = 2 * 3/10 / (13/10) = 6/13; AUC = 1 * (3/10 + 1) / 2 = 13/20
    assert (res.precision, res.recall, res.f1) == approx((3 / 10, 1.0, 6 / 13))
    assert res.auc == approx(13 / 20)


def test_precision_pairs_are_taken_best_first() -> None:
    g1, g2 = t("founded", "Jobs", "Apple"), t("founded", "Wozniak", "Apple")
    pa = t("founded", "Wozniak", "Apple")  # vs g2 exact; vs g1: (1+0+1)/3 -> (2/3, 2/3)
    pb = t("founded", "Steve Jobs", "Apple Inc")  # vs g1 (3/5, 1); vs g2: 2/5 and 2/3
    assert match(g1, pa) == approx((2 / 3, 2 / 3))
    assert match(g2, pb) == approx((2 / 5, 2 / 3))
    res = score(group(g1, g2), group(pa, pb))
    # the best pair overall is (g2, pa) = 1, then (g1, pb) = 3/5 -> P = (8/5) / 2 = 4/5
    # (taking g1's best first would give (g1, pa) = 2/3 + (g2, pb) = 2/5 -> P = 8/15)
    # R: g1 max(2/3, 1) = 1, g2 max(1, 2/3) = 1 -> R = 1
    # F1 = 2 * 4/5 / (9/5) = 8/9; AUC = (4/5 + 1) / 2 = 9/10
    assert (res.precision, res.recall, res.f1) == approx((4 / 5, 1.0, 8 / 9))
    assert res.auc == approx(9 / 10)


def test_two_predictions_compete_for_one_gold_tuple() -> None:
    gold = t("founded", "Jobs", "Apple")
    exact = t("founded", "Jobs", "Apple", conf=0.9)
    # vs gold: relation 1/1, subject {Jobs} of {Steve, Jobs}, object {Apple} of {Apple, Inc}
    # -> P = 3/5, R = 3/3 = 1
    longer = t("founded", "Steve Jobs", "Apple Inc", conf=0.9)
    assert match(gold, longer) == approx((3 / 5, 1.0))
    res = score(group(gold), group(exact, longer))
    # one gold tuple, two predictions: one precision match (the best, 1), denominator 2
    # P = 1/2, R = max(1, 1) / 1 = 1, F1 = 2 * 1/2 * 1 / (3/2) = 2/3, AUC = 1 * (1/2 + 1) / 2
    assert (res.precision, res.recall, res.f1) == approx((1 / 2, 1.0, 2 / 3))
    assert res.auc == approx(3 / 4)

    # give the longer one a lower confidence: thresholds 0.5 and 0.9
    res = score(group(gold), group(exact, replace(longer, confidence=0.5)))
    # t=0.5: as above, P = 1/2, R = 1; t=0.9: only the exact one, P = R = F1 = 1
    assert res.curve == (PRPoint(0.5, 0.5, 1.0), PRPoint(0.9, 1.0, 1.0))
    assert (res.precision, res.recall, res.f1, res.threshold) == (1.0, 1.0, 1.0, 0.9)
    # points (R, P): (1, 1/2), (1, 1), (0, 1): 0 + 1 * (1 + 1) / 2 = 1
    assert res.auc == approx(1.0)


def test_precision_ties_go_to_the_earlier_pair() -> None:
    g1, g2 = t("founded", "Steve Jobs", "Apple"), t("founded", "Jobs", "Apple Inc")
    pa = t("founded", "Jobs", "Apple")
    pb = t("founded", "Steve", "Apple")
    # pa vs g1: 3 of pred 3, gold 4 -> (1, 3/4); pa vs g2: 3 of 3, gold 4 -> (1, 3/4)
    # pb vs g1: 3 of 3, gold 4 -> (1, 3/4);      pb vs g2: 2 of 3, gold 4 -> (2/3, 1/2)
    assert [x for g in (g1, g2) for p in (pa, pb) for x in match(g, p)] == approx(
        [1.0, 3 / 4, 1.0, 3 / 4, 1.0, 3 / 4, 2 / 3, 1 / 2])
    res = score(group(g1, g2), group(pa, pb))
    # greedy takes the first of the tied best pairs, (g1, pa), leaving (g2, pb) = 2/3, although
    # (g2, pa) + (g1, pb) would give 2: P = (1 + 2/3) / 2 = 5/6; R = (3/4 + 3/4) / 2 = 3/4
    # F1 = 2 * 5/6 * 3/4 / (5/6 + 3/4) = (5/4) / (19/12) = 15/19; AUC = 3/4 * (5/6 + 1) / 2 = 11/16
    assert (res.precision, res.recall, res.f1) == approx((5 / 6, 3 / 4, 15 / 19))
    assert res.auc == approx(11 / 16)


def test_thresholds_are_shared_across_sentences() -> None:
    s2 = "Cook runs Apple ."
    gold = group(t("founded", "Jobs", "Apple"), t("acquired", "Apple", "NeXT"),
                 t("runs", "Cook", "Apple", sent=s2))
    preds = group(t("founded", "Jobs", "Apple", conf=0.9),
                  t("runs", "Cook", "Apple", conf=0.5, sent=s2))
    res = score(gold, preds)
    # t=0.5: both predictions (0.9 >= 0.5): P = 2/2, R = (1 + 0 + 1) / 3 = 2/3, F1 = 4/5
    # t=0.9: the first only: P = 1/1, R = 1/3, F1 = 1/2
    assert [x for q in res.curve for x in (q.threshold, q.precision, q.recall)] == approx(
        [0.5, 1.0, 2 / 3, 0.9, 1.0, 1 / 3])
    assert (res.f1, res.threshold) == approx((4 / 5, 0.5))
    # (R, P): (2/3, 1), (1/3, 1), (0, 1) -> 1/3 * 2/2 + 1/3 * 2/2 = 2/3
    assert res.auc == approx(2 / 3)


def test_equal_f1_goes_to_the_lowest_threshold() -> None:
    g1, g2 = t("founded", "Jobs", "Apple"), t("acquired", "Apple", "NeXT")
    # no two of these relations share a token: every cross pair is (0, 0), the copies (1, 1)
    preds = group(replace(g1, confidence=0.9), replace(g2, confidence=0.5),
                  t("sued", "Jobs", "Apple", conf=0.5), t("sued", "Apple", "NeXT", conf=0.5))
    res = score(group(g1, g2), preds)
    # t=0.5: R = 2/2, P = (1 + 1 + 0 + 0) / 4 = 1/2, F1 = 2 * 1/2 / (3/2) = 2/3
    # t=0.9: R = 1/2, P = 1/1, F1 = 2 * 1/2 / (3/2) = 2/3 -> tie, the first (lowest) wins
    assert res.curve == (PRPoint(0.5, 0.5, 1.0), PRPoint(0.9, 1.0, 0.5))
    assert (res.precision, res.recall, res.f1, res.threshold) == approx((0.5, 1.0, 2 / 3, 0.5))
    # (R, P): (1, 1/2), (1/2, 1), (0, 1) -> 1/2 * 3/2 / 2 + 1/2 * 2 / 2 = 3/8 + 1/2 = 7/8
    assert res.auc == approx(7 / 8)

def test_good_first_ranking_has_higher_auc() -> None:
    g1, g2 = t("founded", "Jobs", "Apple"), t("acquired", "Apple", "NeXT")
    good = t("founded", "Jobs", "Apple")  # (1, 1) vs g1, (0, 0) vs g2 (no relation token shared)
    bad = t("sued", "Jobs", "Apple")  # (0, 0) vs both
    gold = group(g1, g2)

    good_first = score(gold, group(replace(good, confidence=0.9), replace(bad, confidence=0.1)))
    # t=0.1: both; R = (1 + 0)/2 = 1/2; precision pairs (g1, good) = 1 then (g2, bad) = 0 -> 1/2
    # t=0.9: good only; R = 1/2, P = 1/1 = 1, F1 = 2 * 1 * 1/2 / (3/2) = 2/3 (the best)
    assert good_first.curve == (PRPoint(0.1, 0.5, 0.5), PRPoint(0.9, 1.0, 0.5))
    assert (good_first.f1, good_first.threshold) == approx((2 / 3, 0.9))
    # (R, P): (1/2, 1/2), (1/2, 1), (0, 1) -> 0 + (1/2) * (1 + 1) / 2 = 1/2
    assert good_first.auc == approx(1 / 2)

    bad_first = score(gold, group(replace(good, confidence=0.1), replace(bad, confidence=0.9)))
    # t=0.1: as above, P = R = F1 = 1/2 (the best); t=0.9: bad only, R = 0, P = 0/1 = 0
    assert bad_first.curve == (PRPoint(0.1, 0.5, 0.5), PRPoint(0.9, 0.0, 0.0))
    assert (bad_first.f1, bad_first.threshold) == approx((1 / 2, 0.1))
    # (R, P): (1/2, 1/2), (0, 0), (0, 1) -> (1/2) * (1/2 + 0) / 2 + 0 = 1/8
    assert bad_first.auc == approx(1 / 8)
    assert good_first.auc > bad_first.auc


def test_empty_argument_gold(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "gold.tsv",
                           "Bush made an offer .\tmade\tBush\t\n"
                           "The profit is big .\tis\tThe profit\t\tC: Mr. Mills said\n"))
    # the line is stripped before splitting, so a trailing empty field disappears; an inner one
    # stays (here it became the last one only after the 'C: ' field was dropped)
    [made] = gold["Bush made an offer ."]
    [is_] = gold["The profit is big ."]
    assert made.args == ("Bush",)
    assert is_.args == ("The profit", "")
    # one gold slot: only relation and subject are compared; the predicted object is not counted
    assert match(made, t("made", "Bush", "an offer")) == (1.0, 1.0)
    # two gold slots (one empty): a prediction with one slot cannot match at all
    assert match(is_, t("is", "The profit")) == (0.0, 0.0)
    # relation 1/1, subject 2/2, object: gold has no token, pred {big} -> P = 3/4, R = 3/3
    assert match(is_, t("is", "The profit", "big")) == approx((3 / 4, 1.0))
    preds = group(t("made", "Bush", "an offer", sent="Bush made an offer ."),
                  t("is", "The profit", sent="The profit is big ."),
                  t("is", "The profit", "big", sent="The profit is big ."))
    res = score(gold, preds)
    # P = (1 + 3/4) / 3 = 7/12 (one precision match per gold tuple), R = (1 + 1) / 2 = 1
    # F1 = 2 * 7/12 / (19/12) = 14/19; AUC = 1 * (7/12 + 1) / 2 = 19/24
    assert (res.precision, res.recall, res.f1) == approx((7 / 12, 1.0, 14 / 19))
    assert res.auc == approx(19 / 24)


def test_context_field_is_dropped(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "gold.tsv",
                           "Prices will rise , Mr. Mills said .\twill rise\tPrices"
                           "\tC: Mr. Mills said\n"
                           "X .\tis\tA\tsee C: here\tC:kept\n"))
    [rise] = gold["Prices will rise , Mr. Mills said ."]
    assert rise.args == ("Prices",)
    # any field *containing* 'C: ' is dropped; 'C:' without the space is kept
    assert gold["X ."][0].args == ("A", "C:kept")
    # relation {will, rise} 2/2, subject 1/1 -> exact; had the context field been kept as a second
    # gold slot, this one-slot prediction would not match at all
    assert match(rise, t("will rise", "Prices")) == (1.0, 1.0)


def test_said_type_relation_allows_swapped_arguments() -> None:
    pred = t("said", "prices will rise", "Mills")
    # straight: relation 1/1, subject {Mills} vs {prices, will, rise} 0, object 0
    # -> P = 1/(1+3+1) = 1/5, R = 1/(1+1+3) = 1/5; swapped: exact (1, 1); the better one is kept
    assert match(t("said", "Mills", "prices will rise"), pred) == (1.0, 1.0)
    assert match(t("announced", "Mills", "prices will rise"),
                 t("announced", "prices will rise", "Mills")) == approx((1 / 5, 1 / 5))
    # the test is a substring test on the gold relation, as in the original
    assert match(t("retold", "Mills", "story"), t("retold", "story", "Mills")) == (1.0, 1.0)


def test_be_in_prediction_matches_a_form_of_be() -> None:
    assert match(t("is", "Bush", "President"), t("be", "Bush", "President")) == (1.0, 1.0)
    assert match(t("is", "Bush", "President"), t("was", "Bush", "President")) == (0.0, 0.0)
    # relation: 'be' counts for 'been' -> 1 of pred 1, gold 2; args 2/2 -> P = 3/3, R = 3/4
    assert match(t("has been", "Bush", "President"),
                 t("be", "Bush", "President")) == approx((1.0, 3 / 4))


def test_sentence_normalisation_and_collisions() -> None:
    assert normalize_sentence("Obama -LRB- 44th -RRB- was born .") == "Obama44thwasborn"
    assert normalize_sentence("Obama (44th) was born.") == "Obama44thwasborn"
    gold = group(t("was born", "Obama", sent="Obama ( 44th ) was born ."))
    res = score(gold, group(t("was born", "Obama", sent="Obama -LRB- 44th -RRB- was born.")))
    assert res.f1 == 1.0
    # two spellings of one sentence: the group read later replaces the earlier one
    g = group(t("founded", "Jobs", "Apple"))
    right = t("founded", "Jobs", "Apple", sent="Steve Jobs founded Apple .")
    wrong = t("sued", "Jobs", "Apple", sent="Steve Jobs founded Apple.")
    assert score(g, {right.sentence: [right], wrong.sentence: [wrong]}).f1 == 0.0
    assert score(g, {wrong.sentence: [wrong], right.sentence: [right]}).f1 == 1.0
    assert score(g, {right.sentence: [right], wrong.sentence: [wrong]}).n_pred == 1


def test_predictions_outside_gold_and_gold_without_predictions() -> None:
    cook = t("runs", "Cook", "Apple", sent="Cook runs Apple .")
    gold = group(t("founded", "Jobs", "Apple"), cook)
    preds = group(t("founded", "Jobs", "Apple", conf=0.5),
                  t("is", "sky", "blue", conf=0.9, sent="The sky is blue ."))
    res = score(gold, preds)
    # thresholds 0.5 and 0.9 (the outside prediction adds one, but is never counted)
    # t=0.5: P = 1/1, R = 1/2 (Cook's tuple has no prediction); t=0.9: P = 1 (no prediction),
    # R = 0, F1 = 0. Best: t=0.5, F1 = 2 * 1/2 / (3/2) = 2/3
    assert res.curve == (PRPoint(0.5, 1.0, 0.5), PRPoint(0.9, 1.0, 0.0))
    assert (res.precision, res.recall, res.f1, res.threshold) == approx((1.0, 0.5, 2 / 3, 0.5))
    # (R, P): (1/2, 1), (0, 1), (0, 1) -> 1/2 * 2/2 = 1/2
    assert res.auc == approx(1 / 2)
    assert (res.n_gold, res.n_pred, res.n_pred_outside_gold) == (2, 2, 1)


def test_no_predictions() -> None:
    res = score(group(t("founded", "Jobs", "Apple")), {})
    assert (res.f1, res.precision, res.recall, res.auc, res.threshold) == (0, 0, 0, 0, None)
    assert res.curve == ()


def test_tabbed_loader_keeps_fields_as_written(tmp_path: Path) -> None:
    preds = load_predictions(write(tmp_path / "p.tsv",
                                   "  Steve Jobs founded Apple .\t0.5\t founded \tJobs\t\tApple  \n"
                                   "\n"))
    [p] = preds["Steve Jobs founded Apple ."]
    assert p == OieTuple("Steve Jobs founded Apple .", " founded ", ("Jobs", "", "Apple"), 0.5)
    # object slot is ' Apple' (args 2.. joined); tokens are whitespace-split, so it is exact
    assert match(t("founded", "Jobs", "Apple"), p) == (1.0, 1.0)
    gold = load_gold(write(tmp_path / "g.tsv", f"{S} \tfounded\tJobs\tApple\n"))
    assert list(gold) == ["Steve Jobs founded Apple ."]


@pytest.mark.parametrize(("loader", "bad_line", "reason"), [
    (load_gold, "S .\tfounded\n", "at least 3"),
    (load_predictions, "S .\t0.5\n", "at least 3"),
    (load_predictions, "S .\tabc\tfounded\tJobs\n", "not a number"),
    (load_predictions, "S .\tnan\tfounded\tJobs\n", "NaN"),
])
def test_malformed_lines(
    tmp_path: Path, loader: Callable[[Path], object], bad_line: str, reason: str
) -> None:
    good = "S .\tfounded\tJobs\tApple\n" if loader is load_gold else "S .\t1\tfounded\tJobs\n"
    path = write(tmp_path / "in.tsv", good + bad_line)
    with pytest.raises(CarbFormatError, match=reason) as err:
        loader(path)
    assert isinstance(err.value, ValueError)
    assert err.value.line_no == 2
    assert f"{path}:2:" in str(err.value)


needs_dev = pytest.mark.skipif(not (DEV / "dev.tsv").exists(), reason="CaRB dev data absent")


@needs_dev
def test_dev_gold_counts() -> None:
    sentences = (DEV / "dev.txt").read_text(encoding="utf-8").splitlines()
    assert len(sentences) == 641
    assert len({normalize_sentence(s) for s in sentences}) == 641
    gold = load_gold(DEV / "dev.tsv")
    # 3 of the 641 sentences have no gold tuple; no tuple is dropped, only 'C: ' fields
    assert len(gold) == 638 and set(gold) <= set(sentences)
    tuples = [tup for ts in gold.values() for tup in ts]
    assert len(tuples) == 2548
    raw = (DEV / "dev.tsv").read_text(encoding="utf-8").splitlines()
    assert sum("C: " in line for line in raw) == 102
    assert not any("C: " in arg for tup in tuples for arg in tup.args)
    # of the 58 empty fields, the 57 trailing ones vanish; one inner one stays
    assert sum("" in tup.args for tup in tuples) == 1


@needs_dev
def test_dev_gold_scored_against_itself() -> None:
    gold = load_gold(DEV / "dev.tsv")
    preds = {s: [replace(tup, confidence=1.0) for tup in ts] for s, ts in gold.items()}
    res = score(gold, preds)
    assert (res.precision, res.recall, res.f1, res.auc) == (1.0, 1.0, 1.0, 1.0)
    assert (res.n_gold, res.n_pred) == (2548, 2548)


@needs_dev
def test_dev_gold_file_as_tabbed_predictions(tmp_path: Path) -> None:
    """The raw gold file with a confidence column does *not* score 1.0, in the original either.

    The tabbed reader keeps 'C: ' fields as arguments (lower precision), and three sentences are
    written with and without a trailing space on different lines: their groups collide after
    normalisation and the earlier one is lost (lower recall).
    """
    variants: dict[str, dict[str, int]] = defaultdict(dict)  # sentence -> spelling -> lines
    lines = []
    for line in (DEV / "dev.tsv").read_text(encoding="utf-8").splitlines():
        sentence, rest = line.split("\t", 1)
        lines.append(f"{sentence}\t1\t{rest}\n")
        spellings = variants[sentence.strip()]
        spellings[sentence] = spellings.get(sentence, 0) + 1
    lost = sum(sum(list(sp.values())[:-1]) for sp in variants.values())
    assert lost == 9 and sum(len(sp) > 1 for sp in variants.values()) == 3
    preds = load_predictions(write(tmp_path / "p.tsv", "".join(lines)))
    res = score(load_gold(DEV / "dev.tsv"), preds)
    assert (res.n_gold, res.n_pred) == (2548, 2548 - lost)
    # the 9 gold tuples whose predictions were lost get no credit from the surviving ones
    assert res.recall == approx(2539 / 2548)
    # the original's printed result for this input (a transcription of its compare() run
    # out-of-tree): AUC 0.992, Optimal (P, R, F1) (0.99, 0.996, 0.993)
    assert [round(x, 3) for x in (res.auc, res.precision, res.recall, res.f1)] == [
        0.992, 0.990, 0.996, 0.993]
