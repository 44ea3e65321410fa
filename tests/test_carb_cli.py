"""``kg extract --format carb`` and ``kg eval carb``: pre-tokenised sentences in, CaRB tuples and scores out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

SENTENCES = [
    "The council approved the `` green '' budget on Monday .",
    "Officials said the bridge -LRB- built in 1920 -RRB- was closed by the city .",
    "Anna Berg , who leads the opposition , rejected the plan .",
]
GOLD = [
    f"{SENTENCES[0]}\tapproved\tThe council\tthe `` green '' budget\ton Monday",
    f"{SENTENCES[1]}\twas closed by\tthe bridge\tthe city",
    f"{SENTENCES[1]}\tsaid\tOfficials\tthe bridge was closed by the city",
    f"{SENTENCES[2]}\trejected\tAnna Berg\tthe plan",
    f"{SENTENCES[2]}\tleads\tAnna Berg\tthe opposition",
]


def ok(args: list[str]):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, f"{args} -> {result.exit_code}: {result.stderr}"
    return result


def fails(args: list[str], code: int) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == code, f"{args} -> {result.exit_code}: {result.stdout} {result.stderr}"
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), lines
    return lines[0]


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    sentences = tmp_path / "s.txt"
    sentences.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    gold = tmp_path / "g.tsv"
    gold.write_text("\n".join(GOLD) + "\n", encoding="utf-8")
    return {"sentences": sentences, "gold": gold, "dir": tmp_path}


def test_extract_carb_keeps_the_tokens(files: dict[str, Path]) -> None:
    out = files["dir"] / "p.tsv"
    ok(["extract", "--format", "carb", "--sentences", str(files["sentences"]), "-o", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows
    tokens = {s: set(s.split(" ")) for s in SENTENCES}
    for row in rows:
        sentence, confidence, relation, *args = row
        assert sentence in SENTENCES  # the input line, exactly
        assert 0 < float(confidence) < 1
        for text in (relation, *args):
            assert text == text.strip() and "  " not in text
            assert set(text.split(" ")) <= tokens[sentence], text
    by_relation = {(r[0], r[2]): r[3:] for r in rows}
    assert by_relation[(SENTENCES[0], "approved")] == ["The council", "the `` green '' budget", "on Monday"]
    assert by_relation[(SENTENCES[2], "leads")] == ["Anna Berg", "the opposition"]
    assert len({r[1] for r in rows}) > 1  # confidences rank


def test_extract_carb_to_stdout_from_plain_text(files: dict[str, Path]) -> None:
    text = files["dir"] / "news.txt"
    text.write_text("The council approved the budget. The mayor resigned on Friday.\n", encoding="utf-8")
    result = ok(["extract", "--format", "carb", str(text)])
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    first = [rows[0][0], rows[0][2], *rows[0][3:]]
    assert first == ["The council approved the budget.", "approved", "The council", "the budget"]


def test_sentences_need_the_carb_format(files: dict[str, Path]) -> None:
    assert "--format carb" in fails(["extract", "--sentences", str(files["sentences"])], 3)


def test_eval_from_sentences_and_from_predictions(files: dict[str, Path]) -> None:
    pred = files["dir"] / "p.tsv"
    result = ok(["eval", "carb", "--gold", str(files["gold"]), "--sentences", str(files["sentences"]),
                 "--out", str(pred), "--format", "json"])
    [one] = json.loads(result.stdout)
    assert set(one) == {"f1", "precision", "recall", "auc", "n_gold", "n_pred"}
    assert one["n_gold"] == 5 and one["n_pred"] == len(pred.read_text().splitlines())
    assert one["f1"] > 0.6 and 0 < one["auc"] <= 1
    again = json.loads(ok(["eval", "carb", "--gold", str(files["gold"]), "--pred", str(pred),
                           "--format", "json"]).stdout)
    assert again == [one]
    table = ok(["eval", "carb", "--gold", str(files["gold"]), "--pred", str(pred)]).stdout
    assert "f1" in table and "auc" in table and "n_pred" in table


def test_malformed_gold_is_one_line_exit_3(files: dict[str, Path]) -> None:
    bad = files["dir"] / "bad.tsv"
    bad.write_text(GOLD[0] + "\n" + "just a sentence without tabs\n", encoding="utf-8")
    message = fails(["eval", "carb", "--gold", str(bad), "--sentences", str(files["sentences"])], 3)
    assert f"{bad}:2:" in message and "[E-INPUT]" in message


def test_bad_arguments(files: dict[str, Path]) -> None:
    fails(["eval", "carb", "--gold", str(files["gold"])], 3)
    fails(["eval", "carb", "--gold", str(files["gold"]), "--pred", str(files["dir"] / "missing.tsv")], 3)
    bad_pred = files["dir"] / "bad_pred.tsv"
    bad_pred.write_text(f"{SENTENCES[0]}\thigh\tapproved\tThe council\n", encoding="utf-8")
    assert "not a number" in fails(["eval", "carb", "--gold", str(files["gold"]), "--pred", str(bad_pred)], 3)


def test_ablating_a_rule_leaves_its_propositions_out(files: dict[str, Path]) -> None:
    base = ["eval", "carb", "--gold", str(files["gold"]), "--sentences", str(files["sentences"]), "--format", "json"]
    full = json.loads(ok(base).stdout)[0]
    out = files["dir"] / "ablated.tsv"
    without = json.loads(ok([*base, "--ablate", "svo", "--ablate", "passive", "--out", str(out)]).stdout)[0]
    assert without["n_pred"] < full["n_pred"] and without["recall"] < full["recall"]
    relations = {line.split("\t")[2] for line in out.read_text(encoding="utf-8").splitlines()}
    assert "approved" not in relations and "was closed by" not in relations
    assert "said" in relations  # a clausal rule, still on


def test_ablating_an_unknown_rule_is_an_input_error(files: dict[str, Path]) -> None:
    line = fails(["eval", "carb", "--gold", str(files["gold"]), "--sentences", str(files["sentences"]),
                  "--ablate", "no-such-rule"], 3)
    assert "unknown rule no-such-rule" in line and "svo" in line


def test_every_rule_is_listed_with_what_it_reads() -> None:
    from kg.extract.registry import RULES, describe

    listing = ok(["eval", "rules", "--format", "json"]).stdout
    rows = {r["rule"]: r["reads"] for r in json.loads(listing)}
    assert set(rows) == set(RULES) and {"svo", "apposition", "role-title", "implied-negation"} <= set(rows)
    assert all(describe(name) and "Linguistic reason" in " ".join((f.__doc__ or "") for f in RULES[name])
               for name in RULES if name in ("svo", "passive", "role-title", "copula"))


def test_folds_cross_validate_the_confidence_model(files: dict[str, Path]) -> None:
    base = ["eval", "carb", "--gold", str(files["gold"]), "--sentences", str(files["sentences"]), "--format", "json"]
    plain = json.loads(ok(base).stdout)[0]
    rows = {r["weights"]: r for r in json.loads(ok([*base, "--folds", "3"]).stdout)}
    assert set(rows) == {"shipped", "3-fold"}
    assert rows["shipped"]["f1"] == plain["f1"] and rows["shipped"]["auc"] == plain["auc"]
    assert 0 < rows["3-fold"]["f1"] <= 1 and " ± " in rows["3-fold"]["f1_per_fold"]
    fails(["eval", "carb", "--gold", str(files["gold"]), "--pred", str(files["gold"]), "--folds", "3"], 3)


def test_ablate_each_scores_every_rule_switched_off(files: dict[str, Path]) -> None:
    from kg.extract.registry import rule_names

    base = ["eval", "carb", "--gold", str(files["gold"]), "--sentences", str(files["sentences"]), "--format", "json"]
    plain = json.loads(ok(base).stdout)[0]
    rows = {r["rule_off"]: r for r in json.loads(ok([*base, "--ablate-each", "--folds", "2"]).stdout)}
    assert set(rows) == {"(none)", *rule_names()}
    assert rows["(none)"]["f1"] == plain["f1"] and rows["(none)"]["n_pred"] == plain["n_pred"]
    assert rows["svo"]["n_pred"] < plain["n_pred"] and rows["svo"]["f1"] < plain["f1"]
    assert rows["title-after-to"]["f1"] == plain["f1"]  # a parse repair for the graph: CaRB does not see it
    assert 0 < rows["(none)"]["2fold_f1"] <= 1
    fails([*base, "--ablate-each", "--ablate", "svo"], 3)
