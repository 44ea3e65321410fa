"""``kg eval facts GOLD --against OTHER``: a second annotation scored against the gold with the matcher
a graph is scored with (inter-annotator agreement). Files of sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval import facts as fact_eval

runner = CliRunner()
A, B = "business/nordbank.txt", "sport/bergen.txt"
SENTENCE = "Nordbank chief executive Tom Reed said the bank bought Vexa Holdings, which did not sell Orvik."


def line(article: str, subject: str, relation: str, obj: str | None = None, **kw: Any) -> dict[str, Any]:
    return {"article": article, "subject": subject, "relation": relation, "object": obj, "negated": False,
            "attribution": None, "evidence": SENTENCE, **kw}


GOLD = [
    line(A, "Tom Reed", "role", title="chief executive", org="Nordbank"),
    line(A, "Nordbank", "buy", "Vexa Holdings", object_named=True, attribution="Tom Reed"),
    line(A, "Vexa Holdings", "sell", "Orvik", object_named=True, negated=True),
    line(A, "Nordbank", "is_a", "bank"),
    line(B, "Jon Dahl", "play for", "Bergen", object_named=True),
]


def write(path: Path, records: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture()
def gold(tmp_path: Path) -> str:
    return write(tmp_path / "gold.jsonl", GOLD)


def test_an_annotation_agrees_with_itself(gold: str) -> None:
    result, left_out = fact_eval.score_against(gold, gold)
    assert (result.precision, result.recall, result.role_recall, result.role_org_recall) == (1.0, 1.0, 1.0, 1.0)
    assert result.attribution == 1.0 and left_out == []
    # judged: the facts between two names (buy, sell, play for) and the role held at a named firm
    assert result.n_judged == 4


def test_the_matcher_is_the_graphs_own(gold: str, tmp_path: Path) -> None:
    other = write(tmp_path / "other.jsonl", [
        line(A, "Reed", "role", title="boss", org="Nordbank"),                  # surname; boss = chief
        line(A, "Nordbank", "acquire", "Vexa", attribution="Reed"),           # acquire = buy; a shorter name
        line(A, "Vexa Holdings", "sell", "Orvik"),                             # negation disagrees
        line(A, "Nordbank", "is_a", "lender"),                                 # a common noun: not judged
        line(A, "Tom Reed", "meet", "Orvik"),                                  # between names, not in the gold
        line(B, "Jon Dahl", "play", "Bergen"),                                 # "play for" and "play"
    ])
    result, _ = fact_eval.score_against(gold, other)
    assert [(g.subject, g.relation) for g in result.missed] == [("Vexa Holdings", "sell"), ("Nordbank", "is_a")]
    assert result.recall == pytest.approx(3 / 5) and result.role_org_recall == 1.0 and result.attribution == 1.0
    # judged: role at Nordbank, acquire, sell, meet, play; wrong: the sell (not negated) and the meeting
    assert result.n_judged == 5 and result.precision == pytest.approx(3 / 5)
    assert {(f.subject.name, f.relation) for f in result.wrong} == {("Vexa Holdings", "SELL"), ("Tom Reed", "MEET")}


def test_only_the_articles_the_other_annotates_are_scored(gold: str, tmp_path: Path) -> None:
    other = write(tmp_path / "other.jsonl", [line(B, "Jon Dahl", "play for", "Bergen")])
    result, left_out = fact_eval.score_against(gold, other)
    assert left_out == [A] and result.n_gold == 1 and result.recall == 1.0
    out = runner.invoke(app, ["eval", "facts", gold, "--against", other, "-f", "json"])
    assert out.exit_code == 0, out.stderr
    assert json.loads(out.stdout)[0]["n_gold"] == 1 and "1 gold articles are not in" in out.stderr


def test_cli_against(gold: str, tmp_path: Path) -> None:
    other = write(tmp_path / "other.jsonl", [line(A, "Tom Reed", "role", title="chairman", org="Nordbank")])
    out = runner.invoke(app, ["eval", "facts", gold, "--against", other, "--show", "missed", "-f", "csv"])
    assert out.exit_code == 0, out.stderr
    assert "chief executive" in out.stdout and "Vexa Holdings" in out.stdout
    nowhere = write(tmp_path / "nowhere.jsonl", [line("tech/other.txt", "Jon Dahl", "play for", "Bergen")])
    for args in (["eval", "facts", gold, "--against", other, "--graph", str(tmp_path / "g.lbug")],
                 ["eval", "facts", gold, "--against", str(tmp_path / "none.jsonl")],
                 ["eval", "facts", gold, "--against", nowhere]):
        bad = runner.invoke(app, args)
        assert bad.exit_code == 3, (args, bad.stdout, bad.stderr)
        assert bad.stderr.startswith("kg: error: ") and len(bad.stderr.splitlines()) == 1


def test_names_and_common_nouns_as_the_gold_marks_them() -> None:
    docs, facts = fact_eval.annotation_facts(fact_eval.load_gold(str(Path(__file__).parent / "data" / "realnews"
                                                                      / "agreement" / "facts.jsonl")))
    assert len(docs) == 16 and all(d.source == d.id for d in docs)
    types = {(f.subject.name, f.predicate, f.object.name): (f.subject.type, f.object.type) for f in facts}
    assert all(t in ("NAME", "CONCEPT") for pair in types.values() for t in pair)
    assert fact_eval.is_name("Vexa Cement Nordic Ltd") and fact_eval.is_name("The Return of Orvik")
    assert not fact_eval.is_name("£1.3bn offer") and not fact_eval.is_name("5.5%")
    assert not fact_eval.is_name("shares in VXA") and not fact_eval.is_name("NSB spokesman")


AGREEMENT = Path(__file__).parent / "data" / "realnews" / "agreement" / "facts.jsonl"
BBC = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bbc-news"


def test_the_second_annotation_covers_dev_articles_only() -> None:
    second = fact_eval.load_gold(str(AGREEMENT))
    dev = {g.article for g in fact_eval.load_gold(str(AGREEMENT.parents[1] / "dev" / "facts.jsonl"))}
    assert {g.article for g in second} <= dev and len({g.article for g in second}) == 16
    assert all(g.evidence for g in second) and all(g.title for g in second if g.is_role)


@pytest.mark.skipif(not BBC.is_dir(), reason="the bbc-news corpus is not beside the repository")
def test_the_second_annotations_evidence_is_in_its_articles() -> None:
    for g in fact_eval.load_gold(str(AGREEMENT)):
        assert " ".join(g.evidence.split()) in " ".join((BBC / g.article).read_text(encoding="utf-8").split()), g
