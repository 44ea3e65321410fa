"""Neo4j load: kg's batched, idempotent loader against the server's own ceiling and two baselines.

Data: the real folder (the facts of the four shared/benchmarks/bbc-news folders, bench/realnews.py)
and synthetic facts drawn from its measured shape (bench/synthetic.py), at each size asked for.
kg is driven only through its public API (``kg.pipeline.open_graph`` and ``Graph.load``, in calls
of doubling size, common.staged_load), so this runs on any graph model. Measured in the same run,
on the same server:

- ceiling: the same relationships (one per distinct fact key) created with bare ``CREATE``, no
  properties, one statement per batch, between nodes created beforehand (not timed), typed by
  relation (5.26 dynamic types) and all of one type: the faster of the two is what the server
  does at best here;
- (a) one transaction per fact: MERGE both entities and the relationship, SET its properties;
- (b) LangChain's ``Neo4jGraph.add_graph_documents`` (package ``langchain-neo4j``, kg[bench]),
  one GraphDocument per source document, ``include_source=True, baseEntityLabel=True``, which runs
  APOC core's ``apoc.merge.relationship`` (the local server is started with APOC core loaded).

Bytes on disk: the store files of a fresh server, before and after the first load of the real
folder (Neo4j's store files never shrink, so only a fresh store gives a true figure).

    python bench/neo4j_load.py --facts 100000 1000000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    budget_s,
    header,
    load_twice,
    neo4j_disk_bytes,
    neo4j_server,
    own_work_seconds,
    publish,
    reload_rows,
    table,
    verdict,
    wipe_neo4j,
)
from realnews import describe, facts_file, read_extractions, shape
from synthetic import extractions

# The bench's own nodes for the ceiling and baseline (a), so that no kg schema is assumed.
NODE_CONSTRAINT = "CREATE CONSTRAINT bench_node_id IF NOT EXISTS FOR (n:BenchNode) REQUIRE n.id IS UNIQUE"
CREATE_NODES = "UNWIND $ids AS id MERGE (:BenchNode {id: id})"
BARE_CREATE = """
UNWIND $rows AS row
MATCH (a:BenchNode {id: row.s})
MATCH (b:BenchNode {id: row.o})
CREATE (a)-[:$(row.t)]->(b)
"""
BARE_CREATE_ONE_TYPE = BARE_CREATE.replace("$(row.t)", "BENCH_FACT")
# The same, with the properties kg stores on a fact (provenance, evidence, ...): what writing the
# facts themselves costs, before any idempotence.
CREATE_WITH_PROPERTIES = BARE_CREATE_ONE_TYPE.replace("->(b)", "->(b) SET r = row.props").replace(
    "CREATE (a)-[:", "CREATE (a)-[r:")
ONE_FACT = """
MERGE (a:BenchNode {id: $s.id}) ON CREATE SET a.name = $s.name, a.type = $s.type
MERGE (b:BenchNode {id: $o.id}) ON CREATE SET b.name = $o.name, b.type = $o.type
MERGE (d:BenchDocument {id: $doc})
MERGE (a)-[:MENTIONED_IN]->(d)
MERGE (b)-[:MENTIONED_IN]->(d)
MERGE (a)-[r:$($relation) {negated: $negated}]->(b)
SET r.predicate = $predicate, r.confidence = $confidence,
    r.provenance = CASE WHEN $prov IN coalesce(r.provenance, []) THEN r.provenance
                        ELSE coalesce(r.provenance, []) + $prov END
"""


def _batches(items: list[Any], size: int = 10_000) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def ceiling(driver: Any, exs: list[Any], typed: bool = True, properties: bool = False) -> tuple[float, int]:
    """Seconds to CREATE the facts' distinct relationships bare, nodes loaded beforehand: typed by
    relation (a dynamic type), or all of one type; with ``properties``, all of one type and
    carrying the properties kg's rows give them."""
    from kg.stores.rows import build_rows

    if properties:
        rels = build_rows(exs).relations.values()
        rows = [{"s": r["s"], "o": r["o"], "props": {k: v for k, v in r.items() if k not in ("s", "o")}}
                for r in rels]
    else:
        keys = {(f.subject.id, f.relation, f.object.id, f.negated) for ex in exs for f in ex.facts}
        rows = [{"s": s, "t": t, "o": o} for s, t, o, _ in sorted(keys)]
    ids = sorted({r["s"] for r in rows} | {r["o"] for r in rows})
    statement = CREATE_WITH_PROPERTIES if properties else BARE_CREATE if typed else BARE_CREATE_ONE_TYPE
    with driver.session() as session:
        session.run(NODE_CONSTRAINT).consume()
        for batch in _batches(ids):
            session.execute_write(lambda tx, b=batch: tx.run(CREATE_NODES, ids=b).consume())
        start = time.perf_counter()
        for batch in _batches(rows):
            session.execute_write(lambda tx, b=batch: tx.run(statement, rows=b).consume())
        return time.perf_counter() - start, len(rows)


def per_fact_transactions(driver: Any, exs: list[Any], limit: int) -> tuple[float, int]:
    import json

    def ent(e: Any) -> dict[str, str]:
        return {"id": e.id, "name": e.name, "type": e.type}

    facts = [f for ex in exs for f in ex.facts][:limit]
    with driver.session() as session:
        session.run(NODE_CONSTRAINT).consume()
        start = time.perf_counter()
        for f in facts:
            prov = json.dumps({"doc": f.doc_id, "sentence": f.sentence, "start": f.char_start, "end": f.char_end,
                               "evidence": f.evidence, "lemma": f.predicate}, sort_keys=True)
            session.execute_write(lambda tx, f=f, p=prov: tx.run(
                ONE_FACT, s=ent(f.subject), o=ent(f.object), doc=f.doc_id, relation=f.relation,
                negated=f.negated, predicate=f.predicate, confidence=f.confidence, prov=p).consume())
        return time.perf_counter() - start, len(facts)


def langchain(uri: str, user: str, password: str, exs: list[Any], limit: int) -> tuple[float, int]:
    from langchain_core.documents import Document as LCDocument
    from langchain_neo4j import Neo4jGraph
    from langchain_neo4j.graphs.graph_document import GraphDocument, Node, Relationship

    docs = []
    n = 0
    for ex in exs:
        if n >= limit:
            break
        nodes: dict[str, Node] = {}
        rels = []
        for f in ex.facts[: limit - n]:
            for e in (f.subject, f.object):
                nodes.setdefault(e.id, Node(id=e.id, type=e.type, properties={"name": e.name}))
            rels.append(Relationship(source=nodes[f.subject.id], target=nodes[f.object.id], type=f.relation,
                                     properties={"negated": f.negated, "confidence": f.confidence,
                                                 "evidence": f.evidence}))
        n += len(rels)
        docs.append(GraphDocument(nodes=list(nodes.values()), relationships=rels,
                                  source=LCDocument(page_content=" ".join(f.evidence for f in ex.facts),
                                                    metadata={"id": ex.document.id, "source": ex.document.source})))
    graph = Neo4jGraph(url=uri, username=user, password=password, refresh_schema=False)
    start = time.perf_counter()
    graph.add_graph_documents(docs, include_source=True, baseEntityLabel=True)
    return time.perf_counter() - start, n


def langchain_count(driver: Any) -> int:
    records, _, _ = driver.execute_query("MATCH (:__Entity__)-[r]->(:__Entity__) RETURN count(r) AS n")
    return int(records[0]["n"])


def kg_twice(uri: str, user: str, password: str, exs: list[Any]) -> dict[str, Any]:
    """Load the facts with kg, then the same facts again (common.load_twice)."""
    from kg.pipeline import open_graph

    with open_graph(uri, create=True, username=user, password=password) as g:
        return load_twice(g, exs, budget_s())


def run(sizes: list[int], sample_tx: int, sample_lc: int, server: tuple[str, str, str] | None = None) -> str:
    import neo4j

    def body(uri: str, user: str, password: str) -> str:
        os.environ.update(NEO4J_USERNAME=user, NEO4J_PASSWORD=password)
        rows: list[list[object]] = []
        notes: list[str] = []
        real = read_extractions(facts_file())
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            # First thing on the fresh server: the real folder, for the bytes on disk; it also
            # warms the server's JIT, so that no contender pays for it.
            wipe_neo4j(driver)
            empty = neo4j_disk_bytes(driver)
            cold = kg_twice(uri, user, password, real)
            full = neo4j_disk_bytes(driver)
            rels = cold["stats"]["facts"]
            if empty is not None and full is not None and rels:
                store, log = full[0] - empty[0], full[1] - empty[1]
                notes.append(f"bytes on disk, real folder ({rels:,} relationships from {cold['first'].facts:,} facts, "
                             f"fresh server, loaded twice): store files +{store:,} bytes, transaction log "
                             f"+{log:,} bytes: **{(store + log) / rels:,.0f} bytes per fact** "
                             f"({store / rels:,.0f} store + {log / rels:,.0f} log; Community cannot be asked "
                             "to checkpoint, so the store files lag the page cache)")
            else:
                notes.append("bytes on disk: not measured (a server of the user's own)")
            wipe_neo4j(driver)
            base = list(extractions(max(sample_tx, sample_lc), seed=11))
            t_tx, n_tx = per_fact_transactions(driver, base, sample_tx)
            wipe_neo4j(driver)
            tx_rate = n_tx / t_tx
            try:
                t_lc, n_lc = langchain(uri, user, password, base, sample_lc)
                lc_rate = langchain_count(driver) / t_lc
            except Exception as exc:  # APOC missing on a server of the user's own
                lc_rate, n_lc = float("nan"), 0
                notes.append(f"LangChain baseline failed: {str(exc).splitlines()[0][:200]}")
            wipe_neo4j(driver)
            rows.append([f"(a) one transaction per fact, {n_tx:,} synthetic facts", "", f"{t_tx:.1f}", "",
                         f"{tx_rate:,.0f}", "", "", ""])
            rows.append([f"(b) LangChain add_graph_documents, {n_lc:,} synthetic facts", "",
                         f"{t_lc:.1f}" if n_lc else "—", "", f"{lc_rate:,.0f}", "", "", ""])
            sets = [("real folder (bbc-news, 4 folders)", real)]
            sets += [(f"synthetic, {size:,} facts", list(extractions(size))) for size in sizes]
            for name, exs in sets:
                info = describe(exs)
                t_typed, n_bare = ceiling(driver, exs)
                wipe_neo4j(driver)
                t_one, _ = ceiling(driver, exs, typed=False)
                wipe_neo4j(driver)
                t_bare = min(t_typed, t_one)  # the ceiling is the faster of the two
                t_props, n_props = ceiling(driver, exs, properties=True)
                wipe_neo4j(driver)
                bare = n_bare / t_bare
                run_ = kg_twice(uri, user, password, exs)
                wipe_neo4j(driver)
                first, second, stats = run_["first"], run_["second"], run_["stats"]
                rate = stats["facts"] / first.seconds
                share = rate / bare
                ratio = second.seconds / first.seconds
                for label, t in (("typed by relation", t_typed), ("all of one type", t_one)):
                    rows.append([f"ceiling: bare CREATE, {label}, {name}", f"{info['relation_types']:,}", f"{t:.1f}",
                                 "", f"{n_bare / t:,.0f}", f"{t_bare / t:.0%}", "", ""])
                rows.append([f"CREATE with kg's fact properties, all of one type, {name}", "", f"{t_props:.1f}", "",
                             f"{n_props / t_props:,.0f}", f"{n_props / t_props / bare:.0%}", "", ""])
                own = own_work_seconds(exs)
                rows.append([f"kg's own work of the load, no store (resolve, build rows), {name}", "", f"{own:.1f}",
                             f"{info['facts'] / own:,.0f}", "", f"{n_bare / own / bare:.0%}", "", ""])
                rows.append([f"kg load, {name}, first{first.note(info['facts'])}", f"{info['relation_types']:,}",
                             f"{first.seconds:.1f}", f"{first.rate():,.0f}", f"{rate:,.0f}", f"{share:.0%}",
                             f"{rate / tx_rate:.1f}", f"{rate / lc_rate:.1f}"])
                rows.extend(reload_rows(run_, 8))
                print(" | ".join(map(str, rows[-3])), file=sys.stderr, flush=True)
                notes.append(f"{name}: {shape(info)}; {stats['facts']:,} relationships of "
                             f"{stats.get('relation_types', 0):,} types in the graph. kg ≥ 50% of the ceiling "
                             f"{verdict(share >= 0.5)} ({share:.0%}; {rate * t_props / n_props:.0%} of CREATE with the same "
                             f"properties; kg's own work without a store alone {n_bare / own / bare:.0%}); second load unchanged "
                             f"{verdict(not run_['changed'])}, ≤ 0.5× the first {verdict(ratio <= 0.5)} ({ratio:.2f}×; "
                             f"with digests forgotten {run_['full'].seconds / first.seconds:.2f}×, graph "
                             f"{'changed!' if run_['full_changed'] else 'unchanged'})")
        text = header("Neo4j load", "neo4j", "langchain-neo4j")
        text += ("Facts into Neo4j 5.26 (local server, full JIT, warmed by a first load of the real folder) "
                 "through kg's public Graph.load; same run, same machine. rel/s counts the relationships "
                 "(distinct fact keys) the load leaves in the graph, the unit of the bare-CREATE ceiling; "
                 "facts/s counts the facts fed. A load row stops feeding after "
                 f"{budget_s():.0f} s and reports the rate of what it loaded.\n\n")
        text += table(["load", "relation types", "seconds", "facts/s", "rel/s", "of ceiling", "× (a)", "× (b)"],
                      rows) + "\n\n"
        text += "\n".join(f"- {n}" for n in notes) + "\n"
        return text

    if server is not None:
        return body(*server)
    with neo4j_server(apoc=True) as srv:
        return body(*srv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--sample-tx", type=int, default=3000)
    parser.add_argument("--sample-langchain", type=int, default=10_000)
    args = parser.parse_args()
    publish(run(args.facts, args.sample_tx, args.sample_langchain))


if __name__ == "__main__":
    main()
