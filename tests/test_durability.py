"""A crash during a load never leaves a half batch: kill -9 a real `kg load`, on both stores.

After the kill, every document the graph holds has all of its mentions and facts (a batch is one
transaction, committed whole or not at all), and loading the same file again converges to the
graph a clean load gives. The kill points are spread over the load: by the size of LadybugDB's
write-ahead log, and by the documents Neo4j has committed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from factories import document

from kg.graph import open_graph
from kg.io import write_jsonl_file
from kg.model import Entity, Extraction, Fact

DOCS, FACTS_PER_DOC = 400, 25
# The real CLI, with small transactions (25 documents each) so that a load is many commits.
LOADER = "import sys, kg.graph; kg.graph.DOCS_PER_WRITE = 25; from kg.cli import run; sys.argv[0] = 'kg'; run()"
FACT_ROWS = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.id AS s, r.relation AS rel, b.id AS o, r.negated AS n, "
             "sp.sources AS sources, sp.provenance AS provenance ORDER BY s, rel, o, n")


def _corpus() -> list[Extraction]:
    people = [Entity.make(f"Person {i}", "PERSON") for i in range(300)]
    out = []
    for d in range(DOCS):
        doc = document(f"Durability test document {d}.", f"doc{d}.txt")
        facts = [Fact(people[(d + k) % 300], ("MEET", "HEAD", f"VERB_{k}")[k % 3], "meet", "met",
                      people[(d * 3 + k * 7 + 1) % 300], 0.7, doc.id, k, k, k + 5, f"Sentence {k} of {d}.")
                 for k in range(FACTS_PER_DOC)]
        out.append(Extraction(doc, facts))
    return out


def _expected(corpus: list[Extraction]) -> tuple[dict[str, set[str]], dict[str, set[tuple]]]:
    mentions: dict[str, set[str]] = defaultdict(set)
    facts: dict[str, set[tuple]] = defaultdict(set)
    for ex in corpus:
        for f in ex.facts:
            mentions[ex.document.id] |= {f.subject.id, f.object.id}
            facts[ex.document.id].add((f.subject.id, f.relation, f.object.id))
    return mentions, facts


def _check_whole(graph: str, corpus: list[Extraction]) -> int:
    """Every document present has all its mentions and facts; the number of documents present."""
    mentions, facts = _expected(corpus)
    with open_graph(graph) as g:
        if not g.stats()["documents"]:  # killed before the first commit (even before the schema)
            return 0
        docs = [r[0] for r in g.query("MATCH (d:Document) RETURN d.id").rows]
        got_mentions: dict[str, set[str]] = defaultdict(set)
        for e, d in g.query("MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) RETURN e.id, d.id").rows:
            got_mentions[d].add(e)
        got_facts: dict[str, set[tuple]] = defaultdict(set)
        for s, rel, o, sources in g.query("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH "
                                          "(sp:Support {id: r.key}) RETURN a.id, r.relation, b.id, sp.sources").rows:
            for d in sources.split("|"):
                got_facts[d].add((s, rel, o))
    for d in docs:
        assert got_mentions[d] == mentions[d], f"document {d}: mentions missing after the crash"
        assert got_facts[d] == facts[d], f"document {d}: facts missing after the crash"
    assert set(got_facts) <= set(docs), "facts of a document that is not there"
    return len(docs)


def _kill_during_load(facts: Path, graph: str, env: dict[str, str], ready) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-c", LOADER, "load", str(facts), "--graph", graph],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and not ready() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def _clean(graph: str, corpus: list[Extraction]) -> tuple[dict[str, int], list[dict]]:
    with open_graph(graph, create=True) as g:
        g.load(corpus)
        return g.stats(), g.query(FACT_ROWS).records()


def _converges(facts: Path, graph: str, env: dict[str, str], clean: tuple[dict[str, int], list[dict]]) -> None:
    done = subprocess.run([sys.executable, "-c", LOADER, "load", str(facts), "--graph", graph], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with open_graph(graph) as g:
        assert (g.stats(), g.query(FACT_ROWS).records()) == clean


@pytest.mark.slow
def test_embedded_crash_keeps_every_committed_batch_whole(tmp_path):
    corpus = _corpus()
    facts = tmp_path / "facts.jsonl"
    write_jsonl_file(corpus, str(facts))
    clean = _clean(str(tmp_path / "clean.lbug"), corpus)
    partial = []
    for n, wal_bytes in enumerate((1, 400_000, 1_500_000)):
        graph = str(tmp_path / f"crash{n}.lbug")
        wal = Path(graph + ".wal")
        _kill_during_load(facts, graph, dict(os.environ),
                          lambda wal=wal, size=wal_bytes: wal.exists() and wal.stat().st_size >= size)
        if Path(graph).exists():
            partial.append(_check_whole(graph, corpus))
            _converges(facts, graph, dict(os.environ), clean)
    assert any(0 < n < DOCS for n in partial), f"no kill landed inside the load: {partial}"


@pytest.mark.neo4j
@pytest.mark.slow
def test_neo4j_crash_keeps_every_committed_batch_whole(neo4j_env, tmp_path):
    from conftest import _wipe_neo4j

    corpus = _corpus()
    facts = tmp_path / "facts.jsonl"
    write_jsonl_file(corpus, str(facts))
    _wipe_neo4j(neo4j_env)
    clean = _clean(neo4j_env.uri, corpus)
    partial = []
    for at in (25, 150, 300):
        _wipe_neo4j(neo4j_env)
        with open_graph(neo4j_env.uri) as g:
            def committed(g=g, at=at) -> bool:
                return g.query("MATCH (d:Document) RETURN count(d)").rows[0][0] >= at

            _kill_during_load(facts, neo4j_env.uri, {**os.environ, **neo4j_env.env()}, committed)
        partial.append(_check_whole(neo4j_env.uri, corpus))
        _converges(facts, neo4j_env.uri, {**os.environ, **neo4j_env.env()}, clean)
    _wipe_neo4j(neo4j_env)
    assert any(0 < n < DOCS for n in partial), f"no kill landed inside the load: {partial}"
