"""Embedded store: load rate and bytes on disk of LadybugDB, and the latency of every queries/ file,
embedded vs Neo4j.

Data: the real folder (the facts of the four shared/benchmarks/bbc-news folders) and synthetic
facts drawn from its measured shape (bench/synthetic.py). kg is driven only through its public API
(``kg.pipeline.open_graph``, ``Graph.load`` in calls of doubling size, common.staged_load), so this
runs on any graph model. The reference is LadybugDB's own bulk import: one ``COPY`` per table from
Arrow tables prepared beforehand (not timed) into an empty database of the bench's own schema
(entities, documents, one FACT table with relation, predicate, negated, confidence and the
provenance list, and the MENTIONED_IN links): not idempotent, no reads. A second kg load of the
same facts must change nothing (counts checked) and take at most half the time of the first.
Latency: each query of queries/ run ``--repeat`` times on the same synthetic graph in both stores.

    python bench/embedded.py --facts 100000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    ROOT,
    budget_s,
    embedded_bytes,
    header,
    load_twice,
    max_rss_mib,
    neo4j_server,
    own_work_seconds,
    percentile,
    publish,
    reload_rows,
    staged_load,
    table,
    verdict,
    wipe_neo4j,
)
from realnews import describe, facts_file, read_extractions, shape
from synthetic import extractions

REFERENCE_SCHEMA = (
    "CREATE NODE TABLE Entity(id STRING, name STRING, type STRING, aliases STRING[], PRIMARY KEY(id))",
    "CREATE NODE TABLE Document(id STRING, source STRING, title STRING, PRIMARY KEY(id))",
    "CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, predicate STRING, negated BOOLEAN, "
    "confidence DOUBLE, provenance STRING[])",
    "CREATE REL TABLE MENTIONED_IN(FROM Entity TO Document)",
)


# The same rows written the durable way (in the write-ahead log, as kg writes): nodes created from
# the Arrow table, relationships matched to their two ends by primary key.
DURABLE = {
    "Entity": "LOAD FROM $t CREATE (:Entity {id: id, name: name, type: type, aliases: aliases})",
    "Document": "LOAD FROM $t CREATE (:Document {id: id, source: source, title: title})",
    "FACT": ("LOAD FROM $t MATCH (a:Entity {id: `from`}) MATCH (b:Entity {id: `to`}) CREATE (a)-[:FACT {relation: "
             "relation, predicate: predicate, negated: negated, confidence: confidence, provenance: provenance}]->(b)"),
    "MENTIONED_IN": ("LOAD FROM $t MATCH (e:Entity {id: `from`}) MATCH (d:Document {id: `to`}) "
                     "CREATE (e)-[:MENTIONED_IN]->(d)"),
}


def copy_load(path: str, exs: list[Any], durable: bool = False) -> tuple[float, int]:
    """Seconds to bulk COPY the facts' rows into an empty database (the Arrow tables are built
    beforehand, not timed), and the number of relationships (distinct fact keys). ``durable``:
    the same rows with ``LOAD FROM ... CREATE`` in one transaction instead, the fastest write the
    engine logs (a relationship ``COPY`` bypasses the write-ahead log)."""
    import json

    import ladybug
    import pyarrow as pa

    entities: dict[str, Any] = {}
    facts: dict[tuple[str, str, str, bool], dict[str, Any]] = {}
    mentions: set[tuple[str, str]] = set()
    for ex in exs:
        for f in ex.facts:
            entities.setdefault(f.subject.id, f.subject)
            entities.setdefault(f.object.id, f.object)
            mentions.update({(f.subject.id, f.doc_id), (f.object.id, f.doc_id)})
            row = facts.setdefault((f.subject.id, f.relation, f.object.id, f.negated), {
                "from": f.subject.id, "to": f.object.id, "relation": f.relation, "predicate": f.predicate,
                "negated": f.negated, "confidence": f.confidence, "provenance": []})
            row["provenance"].append(json.dumps({"doc": f.doc_id, "sentence": f.sentence, "start": f.char_start,
                                                 "end": f.char_end, "evidence": f.evidence}, sort_keys=True))
    tables = [
        ("Entity", pa.Table.from_pylist([{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}
                                         for e in entities.values()])),
        ("Document", pa.Table.from_pylist([{"id": ex.document.id, "source": ex.document.source,
                                            "title": ex.document.title} for ex in exs])),
        ("FACT", pa.Table.from_pylist(list(facts.values()))),
        ("MENTIONED_IN", pa.Table.from_pylist([{"from": e, "to": d} for e, d in sorted(mentions)])),
    ]
    db = ladybug.Database(path)
    conn = ladybug.Connection(db)
    for statement in REFERENCE_SCHEMA:
        conn.execute(statement)
    start = time.perf_counter()
    if durable:
        conn.execute("BEGIN TRANSACTION")
    for name, data in tables:
        conn.execute(DURABLE[name] if durable else f"COPY {name} FROM $t", {"t": data})
    if durable:
        conn.execute("COMMIT")
    conn.execute("CHECKPOINT")
    seconds = time.perf_counter() - start
    conn.close()
    db.close()
    return seconds, len(facts)


def kg_twice(path: str, exs: list[Any]) -> dict[str, Any]:
    from kg.pipeline import open_graph

    with open_graph(path, create=True) as g:
        run = load_twice(g, exs, budget_s(), max_rss_mib())
    return {**run, "bytes": embedded_bytes(path)}


def query_params(exs: list[Any]) -> dict[str, object]:
    from collections import Counter

    degree: Counter[str] = Counter()
    names = {}
    org = ""
    for ex in exs:
        for f in ex.facts:
            degree[f.subject.id] += 1
            degree[f.object.id] += 1
            names[f.subject.id], names[f.object.id] = f.subject.name, f.object.name
            if not org and f.object.type == "ORG":
                org = f.object.name
    (hub, _), = degree.most_common(1)
    # shortest_path between two low-degree entities one fact apart (from hubs, every 4-step path
    # of a dense graph is enumerated, which measures the graph, not the store).
    quiet = next((f for ex in exs for f in ex.facts
                  if degree[f.subject.id] <= 2 and degree[f.object.id] <= 2), exs[0].facts[0])
    return {"name": names[hub], "predicate": "say", "organisation": org or names[hub], "limit": 10,
            "doc": exs[0].document.id, "from": quiet.subject.name, "to": quiet.object.name,
            "speaker": names[hub], "about": org or names[hub], "title": "chief"}


def latencies(graph: str, params: dict[str, object], repeat: int) -> dict[str, list[float]]:
    from kg.analytics import analyze, to_networkx, write_scores
    from kg.pipeline import open_graph

    out: dict[str, list[float]] = {}
    with open_graph(graph) as g:
        write_scores(g, analyze(to_networkx(g)))  # what `kg analyze --write` stores (most_important)
        for path in sorted((ROOT / "queries").glob("*.cypher")):
            text = path.read_text(encoding="utf-8")
            wanted = {k: v for k, v in params.items() if f"${k}" in text}
            g.query(text, wanted)  # warm-up (plan cache, page cache)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                g.query(text, wanted)
                times.append((time.perf_counter() - start) * 1000)
            out[path.stem] = times
    return out


def load_rows(name: str, exs: list[Any], tmp: str) -> tuple[list[list[object]], list[str], str]:
    info = describe(exs)
    folder = tempfile.mkdtemp(dir=tmp)
    bulk_s, bulk_n = copy_load(os.path.join(folder, "copy.lbug"), exs)
    durable_s, _ = copy_load(os.path.join(folder, "durable.lbug"), exs, durable=True)
    own_s = own_work_seconds(exs)
    target = os.path.join(folder, "kg.lbug")
    run = kg_twice(target, exs)
    first, second, stats = run["first"], run["second"], run["stats"]
    bulk, rate = bulk_n / bulk_s, stats["facts"] / first.seconds
    ratio = second.seconds / first.seconds
    types = f"{info['relation_types']:,}"
    rows: list[list[object]] = [
        [f"reference: bulk COPY into an empty database, {name}", types, f"{bulk_s:.1f}", "", f"{bulk:,.0f}", "1.00", ""],
        [f"reference: the same rows, durable insert (LOAD FROM … CREATE, one transaction), {name}", types,
         f"{durable_s:.1f}", "", f"{bulk_n / durable_s:,.0f}", f"{bulk_s / durable_s:.2f}", ""],
        [f"kg's own work of the load, no store (resolve, build rows), {name}", types, f"{own_s:.1f}",
         f"{info['facts'] / own_s:,.0f}", "", "", ""],
        [f"kg load, {name}, first{first.note(info['facts'])}", types, f"{first.seconds:.1f}", f"{first.rate():,.0f}",
         f"{rate:,.0f}", f"{rate / bulk:.2f}", f"{run['bytes'] / max(1, stats['facts']):,.0f}"],
        *reload_rows(run, 7),
    ]
    print(" | ".join(map(str, rows[1])), file=sys.stderr, flush=True)
    notes = [f"{name}: {shape(info)}; {stats['facts']:,} relationships of {stats.get('relation_types', 0):,} types "
             f"in the graph, {run['bytes']:,} bytes on disk. First load ≥ 50,000 facts/s "
             f"{verdict(first.complete and first.rate() >= 50_000)} ({first.rate():,.0f}); second load unchanged "
             f"{verdict(not run['changed'])}, ≤ 0.5× the first {verdict(ratio <= 0.5)} ({ratio:.2f}×; with digests forgotten "
             f"{run['full'].seconds / first.seconds:.2f}×, graph {'changed!' if run['full_changed'] else 'unchanged'}). "
             f"Bounds in the same run: the engine's durable insert of the same rows, nothing else, "
             f"{bulk_n / durable_s:,.0f} rel/s; kg's own work without a store {info['facts'] / own_s:,.0f} facts/s"]
    return rows, notes, target


def run(facts: int, repeat: int, server: tuple[str, str, str] | None = None) -> str:
    import neo4j

    from kg.pipeline import open_graph

    real = read_extractions(facts_file())
    exs = list(extractions(facts))
    params = query_params(exs)
    rows: list[list[object]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        part, more, _ = load_rows("real folder (bbc-news, 4 folders)", real, tmp)
        rows += part
        notes += more
        part, more, target = load_rows(f"synthetic, {facts:,} facts", exs, tmp)
        rows += part
        notes += more
        embedded = latencies(target, params, repeat)

        complete = [not any("stopped after" in str(r[0]) for r in part)]  # the synthetic rows

        def on_neo4j(uri: str, user: str, password: str) -> dict[str, list[float]]:
            os.environ.update(NEO4J_USERNAME=user, NEO4J_PASSWORD=password)
            with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
                wipe_neo4j(driver)
                with open_graph(uri, create=True) as g:
                    complete.append(staged_load(g, exs, budget_s()).complete)
                try:
                    return latencies(uri, params, repeat)
                finally:
                    wipe_neo4j(driver)

        if server is not None:
            remote = on_neo4j(*server)
        else:
            with neo4j_server() as srv:
                remote = on_neo4j(*srv)

    text = header("Embedded store (LadybugDB)", "ladybug", "neo4j")
    text += ("Facts into LadybugDB through kg's public Graph.load; rel/s counts the relationships (distinct "
             "fact keys) left in the graph, the unit of the reference, facts/s the facts fed; bytes per fact: "
             "the graph's files on disk after the two loads / relationships. A load row stops feeding after "
             f"{budget_s():.0f} s or {max_rss_mib():,.0f} MiB of RSS and reports the rate of what it loaded.\n\n")
    text += table(["load into LadybugDB", "relation types", "seconds", "facts/s", "rel/s", "ratio", "bytes per fact"],
                  rows) + "\n\n"
    text += "\n".join(f"- {n}" for n in notes) + "\n\n"
    lat_rows = []
    all_ok = True
    for name in embedded:
        e50, e95 = percentile(embedded[name], 50), percentile(embedded[name], 95)
        n50, n95 = percentile(remote[name], 50), percentile(remote[name], 95)
        ok = e50 <= n50
        all_ok &= ok
        lat_rows.append([name, f"{e50:.1f}", f"{e95:.1f}", f"{n50:.1f}", f"{n95:.1f}", f"{n50 / e50:.2f}",
                         verdict(ok)])
    text += f"Query latency on the synthetic graph, ms, {repeat} runs each after one warm-up:\n\n"
    text += table(["query", "embedded p50", "embedded p95", "Neo4j p50", "Neo4j p95", "Neo4j/embedded p50",
                   "p50 ≤ Neo4j"], lat_rows) + "\n\n"
    text += f"- embedded p50 ≤ Neo4j p50 for every query {verdict(all_ok)}\n"
    if not all(complete):
        text += ("- a load was stopped before the end: the two graphs hold different facts, so these latencies "
                 "do not compare the stores\n")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    publish(run(args.facts, args.repeat))


if __name__ == "__main__":
    main()
