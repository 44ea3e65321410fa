"""bench/synthetic.py draws facts shaped like real news (bench/realnews_profile.json), which kg reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402
from realnews import describe, read_extractions  # noqa: E402


def test_relation_types_grow_as_measured_on_real_news_not_a_fixed_thirty():
    profile = json.loads((ROOT / "bench" / "realnews_profile.json").read_text(encoding="utf-8"))
    heaps = profile["relation_heaps"]
    for n in (2_000, 8_000):
        shape = describe(synthetic.extractions(n))
        expected = heaps["K"] * n ** heaps["beta"]
        assert shape["facts"] == n
        assert 0.9 * expected <= shape["relation_types"] <= 1.1 * expected, (n, shape)
    assert shape["relation_types"] > 500
    # Real news is long-tailed: many types occur once, the top 100 leave a large share uncovered.
    assert shape["types_once"] > 0.2 * shape["relation_types"]
    assert shape["top100_share"] < 0.8


def test_the_generated_facts_file_is_read_by_kg_and_is_the_same_for_a_seed(tmp_path):
    path = tmp_path / "facts.jsonl"
    synthetic.write_facts(path, 1_500, seed=3)
    from_file = read_extractions(path)
    again = list(synthetic.extractions(1_500, seed=3))
    assert [f for ex in from_file for f in ex.facts] == [f for ex in again for f in ex.facts]
    other = [f.subject.id for ex in synthetic.extractions(1_500, seed=4) for f in ex.facts]
    assert other != [f.subject.id for ex in again for f in ex.facts]
    facts = [f for ex in again for f in ex.facts]
    assert all(f.subject.id != f.object.id for f in facts)
    assert any(f.negated for f in facts) and any(f.attribution for f in facts)


def test_the_embedded_load_rows_run_on_kg_public_api_and_find_the_second_load_unchanged(tmp_path, monkeypatch):
    import embedded

    monkeypatch.setenv("KG_BENCH_BUDGET", "600")
    exs = list(synthetic.extractions(600, seed=9))
    rows, notes, graph = embedded.load_rows("synthetic, 600 facts", exs, str(tmp_path))
    assert Path(graph).exists()
    label = {str(row[0]).split(",")[0]: row for row in rows}
    first = next(row for row in rows if str(row[0]).startswith("kg load, synthetic"))
    again = next(row for row in rows if str(row[0]).startswith("kg load, same facts again ("))
    assert "graph unchanged" in str(again[0]) and "stopped" not in str(first[0])
    assert int(str(first[6]).replace(",", "")) > 0  # bytes per fact on disk
    # The bounds beside it: the engine's durable write of the same rows, kg's own work alone.
    assert any(str(row[0]).startswith("reference: the same rows, durable insert") for row in rows)
    assert float(str(label["kg's own work of the load"][3]).replace(",", "")) > 0
    assert "relation types" in notes[0]
