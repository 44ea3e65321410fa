"""Loading documents the graph already holds: a document stored with the same extraction (its
digest) is skipped before resolution, on both stores; a changed extraction of it is loaded."""

from __future__ import annotations

from factories import fact, small_graph

from kg.extract import extract_text
from kg.io import read_jsonl, write_jsonl_file
from kg.model import Extraction, extraction_digest
from kg.pipeline import open_graph

FACTS = "MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.name, r.relation, b.name, sp.provenance ORDER BY a.name, b.name"
NODES = "MATCH (e:Entity) RETURN e.id, e.name, e.type, e.aliases, e.merged_by ORDER BY e.id"
TEXT = ("Prime Minister Tony Blair met union leaders in London on Monday. Mr Blair said the talks had "
        "been useful. Chancellor Gordon Brown, who leads the Treasury, was not there.")


def snapshot(g) -> tuple:  # type: ignore[no-untyped-def]
    return g.stats(), g.query(NODES).rows, g.query(FACTS).rows


def test_documents_loaded_again_unchanged_are_skipped(graph_target):
    with open_graph(graph_target, create=True) as g:
        first = g.load(small_graph())
        before = snapshot(g)
        again = g.load(small_graph())
        assert (again.documents, again.facts, again.unchanged) == (0, 0, 2)
        assert snapshot(g) == before
    assert (first.documents, first.unchanged) == (2, 0)


def test_a_set_holding_stored_documents_loads_only_the_others(graph_target):
    one, two = small_graph()
    with open_graph(graph_target, create=True) as g:
        g.load([one])
        summary = g.load([one, two])
        assert (summary.documents, summary.unchanged) == (1, 1)
        both = snapshot(g)
        g.clear()
        g.load([one])
        g.load([two])
        assert snapshot(g) == both


def test_a_changed_extraction_of_a_stored_document_is_loaded(graph_target):
    """The same text read by another extractor version brings another fact: not skipped."""
    one, _ = small_graph()
    more = Extraction(one.document, [*one.facts, fact("Cy", "MEET", "Ada", one.document, 3)])
    with open_graph(graph_target, create=True) as g:
        g.load([one])
        summary = g.load([more])
        assert (summary.documents, summary.unchanged) == (1, 0)
        assert ["Cy Young", "MEET", "Ada Lovelace"] in [row[:3] for row in g.query(FACTS).rows]
        assert g.load([more]).unchanged == 1


def test_a_graph_without_digests_loads_again_unchanged_and_then_keeps_them(graph_target):
    """A graph written before kg kept digests: its documents are resolved and written again,
    which changes nothing, and from then on skipped."""
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        before = snapshot(g)
        g.query("MATCH (d:Document) SET d.digest = NULL", write=True)
        assert g.load(small_graph()).documents == 2
        assert snapshot(g) == before
        assert g.load(small_graph()).unchanged == 2


def test_a_document_built_from_text_and_from_its_facts_file_has_one_digest(tmp_path):
    built = extract_text(TEXT, "blair.txt")
    assert built.facts and built.mentions
    write_jsonl_file([built], str(tmp_path / "facts.jsonl"))
    (read,) = read_jsonl(str(tmp_path / "facts.jsonl"))
    assert extraction_digest(read) == extraction_digest(built)
    other = extract_text(TEXT.replace("Monday", "Tuesday"), "blair.txt")
    assert extraction_digest(other) != extraction_digest(built)


def test_kg_load_of_a_built_document_says_it_is_unchanged(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "blair.txt").write_text(TEXT + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", "blair.txt", "--graph", "g.lbug"]).exit_code == 0
    assert runner.invoke(app, ["extract", "blair.txt", "-o", "facts.jsonl"]).exit_code == 0
    result = runner.invoke(app, ["load", "facts.jsonl", "--graph", "g.lbug"])
    assert result.exit_code == 0, result.output
    assert "loaded 0 facts from 0 documents; 1 documents already in the graph, unchanged" in result.stderr


def test_the_digest_is_kept_on_the_document_node(graph_target):
    one, _ = small_graph()
    with open_graph(graph_target, create=True) as g:
        g.load([one])
        rows = g.query("MATCH (d:Document) RETURN d.id, d.digest").rows
    assert rows == [[one.document.id, extraction_digest(one)]]
