"""Neo4j load: kg's batched, idempotent loader against one transaction per fact and LangChain.

Synthetic facts of a realistic shape (bench/synthetic.py: skewed entity degrees, 30 relation
types, 25 facts a document, provenance). Baselines are measured in the same run on the same
server, on the first facts of the same stream (they are far slower, so a sample is timed and the
rate reported):

(a) one transaction per fact: MERGE both entities and the relationship, SET its properties;
(b) LangChain's ``Neo4jGraph.add_graph_documents`` (package ``langchain-neo4j``, kg[bench]),
    one GraphDocument per source document, ``include_source=True, baseEntityLabel=True`` (its
    fastest documented set-up: an indexed ``__Entity__`` label), which runs APOC core's
    ``apoc.merge.relationship`` — the local server is started with APOC core 5.26 loaded.

    python bench/neo4j_load.py --facts 100000 1000000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, neo4j_server, publish, table, verdict, wipe_neo4j
from synthetic import extractions

ONE_FACT = """
MERGE (a:Entity {id: $s.id}) ON CREATE SET a.name = $s.name, a.type = $s.type, a.aliases = $s.aliases
MERGE (b:Entity {id: $o.id}) ON CREATE SET b.name = $o.name, b.type = $o.type, b.aliases = $o.aliases
MERGE (d:Document {id: $doc})
MERGE (a)-[:MENTIONED_IN]->(d)
MERGE (b)-[:MENTIONED_IN]->(d)
MERGE (a)-[r:`%s` {negated: $negated}]->(b)
SET r.predicate = $predicate, r.confidence = $confidence,
    r.provenance = CASE WHEN $prov IN coalesce(r.provenance, []) THEN r.provenance
                        ELSE coalesce(r.provenance, []) + $prov END
"""


# The server's own ceiling on this machine: the same relationships, created (no MERGE, no look-up
# of existing ones) with no properties, between nodes that already exist. kg cannot beat this.
BARE_CREATE = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.s})
MATCH (b:Entity {id: row.o})
CREATE (a)-[:`%s`]->(b)
"""


def ceiling(driver: object, exs: list) -> tuple[float, int]:  # type: ignore[type-arg]
    """Seconds to CREATE the facts' relationships bare, nodes loaded beforehand (not timed)."""
    from kg.stores.neo4j import CONSTRAINTS, UPSERT_ENTITIES
    from kg.stores.rows import build_rows, chunks

    rows = build_rows(exs)
    with driver.session() as session:  # type: ignore[attr-defined]
        for statement in CONSTRAINTS:
            session.run(statement).consume()
        for batch in chunks(list(rows.entities.values()), 10_000):
            session.execute_write(lambda tx, b=batch: tx.run(UPSERT_ENTITIES, rows=b).consume())
        start = time.perf_counter()
        for rel_type, table in sorted(rows.relations.items()):
            keys = [{"s": s, "o": o} for s, o, _ in table]
            for batch in chunks(keys, 10_000):
                session.execute_write(lambda tx, b=batch, t=rel_type: tx.run(BARE_CREATE % t, rows=b).consume())
        return time.perf_counter() - start, rows.fact_count


WARM_UP = 20_000  # facts loaded (and wiped) before anything is timed


def _facts(n: int) -> list:  # type: ignore[type-arg]
    return list(extractions(n))


def fact_count(driver: object) -> int:
    records, _, _ = driver.execute_query(  # type: ignore[attr-defined]
        "MATCH ()-[r]->() WHERE NOT r:MENTIONED_IN AND NOT r:MENTIONS RETURN count(r) AS n")
    return int(records[0]["n"])


def kg_load(uri: str, user: str, password: str, exs: list) -> tuple[float, float, int, int]:  # type: ignore[type-arg]
    import os

    from kg.pipeline import open_graph

    os.environ["NEO4J_PASSWORD"] = password
    with open_graph(uri, create=True, username=user, password=password) as g:
        start = time.perf_counter()
        g.load(exs)
        first = time.perf_counter() - start
        before = g.stats()
        start = time.perf_counter()
        g.load(exs)
        second = time.perf_counter() - start
        after = g.stats()
    return first, second, before["facts"], int(before != after)


def _ent(e: object) -> dict[str, object]:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}  # type: ignore[attr-defined]


def per_fact_transactions(driver: object, exs: list, limit: int) -> tuple[float, int]:  # type: ignore[type-arg]
    from kg.stores.rows import rel_type_of

    n = 0
    start = time.perf_counter()
    with driver.session() as session:  # type: ignore[attr-defined]
        for ex in exs:
            for fact in ex.facts:
                if n >= limit:
                    return time.perf_counter() - start, n
                session.execute_write(lambda tx, f=fact: tx.run(
                    ONE_FACT % rel_type_of(f), s=_ent(f.subject), o=_ent(f.object), doc=f.doc_id,
                    negated=f.negated, predicate=f.relation.lower(), confidence=f.confidence,
                    prov=f.provenance()).consume())
                n += 1
    return time.perf_counter() - start, n


def langchain(uri: str, user: str, password: str, exs: list, limit: int) -> tuple[float, int]:  # type: ignore[type-arg]
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


def run(sizes: list[int], sample_tx: int, sample_lc: int, server: tuple[str, str, str] | None = None) -> str:
    import neo4j

    def body(uri: str, user: str, password: str) -> str:
        rows = []
        notes = []
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            wipe_neo4j(driver)
            # Warm the server's JIT once, on other facts, so that no contender pays for it.
            kg_load(uri, user, password, list(extractions(min(WARM_UP, max(sizes)), seed=99)))
            wipe_neo4j(driver)
            base = _facts(max(sample_tx, sample_lc))
            t_tx, n_tx = per_fact_transactions(driver, base, sample_tx)
            wipe_neo4j(driver)
            try:
                t_lc, n_lc = langchain(uri, user, password, base, sample_lc)
                lc_rate = fact_count(driver) / t_lc
            except Exception as exc:  # APOC missing on a server of the user's own
                lc_rate, n_lc = float("nan"), 0
                notes.append(f"LangChain baseline failed: {str(exc).splitlines()[0][:200]}")
            wipe_neo4j(driver)
            tx_rate = n_tx / t_tx
            rows.append([f"(a) one transaction per fact, {n_tx:,} facts", f"{t_tx:.1f}", f"{tx_rate:,.0f}",
                         "1.0", "—"])
            rows.append([f"(b) LangChain add_graph_documents, {n_lc:,} facts",
                         f"{t_lc:.1f}" if n_lc else "—", f"{lc_rate:,.0f}", f"{lc_rate / tx_rate:.1f}", "1.0"])
            for size in sizes:
                exs = _facts(size)
                t_bare, n_bare = ceiling(driver, exs)
                wipe_neo4j(driver)
                bare_rate = n_bare / t_bare
                rows.append([f"ceiling: bare CREATE of the same {n_bare:,} relationships, no properties",
                             f"{t_bare:.1f}", f"{bare_rate:,.0f}", f"{bare_rate / tx_rate:.1f}",
                             f"{bare_rate / lc_rate:.1f}"])
                first, second, rels, changed = kg_load(uri, user, password, exs)
                rate = rels / first
                rows.append([f"kg load, {size:,} facts ({rels:,} relationships), first load", f"{first:.1f}",
                             f"{rate:,.0f}", f"{rate / tx_rate:.1f}", f"{rate / lc_rate:.1f}"])
                rows.append([f"kg load, same facts again ({'changed the graph!' if changed else 'graph unchanged'})",
                             f"{second:.1f}", f"{rels / second:,.0f}", "", ""])
                print(" | ".join(rows[-3]), "\n", " | ".join(rows[-2]), "\n", " | ".join(rows[-1]), file=sys.stderr,
                      flush=True)
                notes.append(f"{size:,} facts: ≥ 50,000 rel/s {verdict(rate >= 50_000)} ({rate:,.0f}; "
                             f"{rate / bare_rate:.2f} of the bare-CREATE ceiling); "
                             f"≥ 20× LangChain {verdict(rate >= 20 * lc_rate)} ({rate / lc_rate:.1f}×); "
                             f"second load unchanged {verdict(not changed)}, faster {verdict(second < first)}")
                wipe_neo4j(driver)
        text = header("Neo4j load", "neo4j", "langchain-neo4j")
        text += ("Relationships (facts) per second into Neo4j 5.26 (local server with the full JIT, warmed "
                 f"by loading {min(WARM_UP, max(sizes)):,} other facts first; same run, same machine); ratios against the "
                 "baselines measured here. Baselines are timed on the first facts of the same stream. "
                 "Each fact also writes its MENTIONED_IN links (about two per fact), not counted.\n\n")
        text += table(["load", "seconds", "rel/s", "× (a)", "× (b)"], rows) + "\n\n"
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
