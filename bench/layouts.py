"""What the layout of a fact costs LadybugDB as the graph grows: time per 100,000 facts and peak
RSS of the engine's durable path (``LOAD FROM ... CREATE`` in 20,000-fact transactions, a new
connection after each, a checkpoint every 100,000 facts), the same synthetic facts in each layout.
Nothing is read, merged or resolved: this is the engine's part of a load, for each layout, and the
evidence for or against a new graph model (issue 11: memory ≤ 1.5 GB at 1M facts).

- ``kg's model``: kg's graph model as it is (model 5), written with kg's own statements: the FACT
  relationship (key, relation, predicate, negated) and one ``Support`` node per fact holding the
  rest, its sentences and records among it (``kg.stores.rows``; rows named "model 4" in
  bench/RESULTS.md before graph model 5 wrote model 4's nine-property FACT);
- ``model 3``: the graph model before, the FACT relationship holding the sentences and records
  too (eleven properties, every list as one string);
- ``model 3, forward only``: the same, stored in one direction only (``storage_direction =
  'fwd'``). Not usable by kg: the engine then refuses every undirected pattern over the table
  (``(a)-[r]-(b)``, the neighbours and shortest-path queries); it shows what the second (backward)
  copy of each relationship costs;
- ``model 2``: the graph model before, the same eleven properties with five of them lists;
- ``small lists``: the three short lists kept (lemmas, attribution, sources), the provenance and
  the sentences in one JSON string;
- ``lean relationship``: the key, predicate, confidence, negation, and the provenance with its
  sentence as one JSON string;
- ``support nodes``: a bare FACT relationship (key and an id) and one ``Support`` node per
  supporting sentence holding the provenance and the sentence;
- ``bare relationship``: no property at all, the floor of any layout that keeps a fact as a
  relationship.

A relationship table stores a node's relationships together (CSR), so adding to it rewrites the
node groups it touches at each checkpoint; a node table appends. Each layout runs in its own
process, so its peak RSS is its own.

    python bench/layouts.py --facts 400000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import header, publish, table

LAYOUTS = ("kg's model", "model 3", "model 3, forward only", "model 2", "small lists", "lean relationship", "support nodes",
           "bare relationship")
STEP, CHECKPOINT = 20_000, 100_000

CHILD = """
import hashlib, json, resource, sys, time
sys.path.insert(0, {bench!r})
import ladybug, pyarrow as pa
from synthetic import extractions
from kg.stores.embedded import statements as lb, tables as lbt
from kg.stores.rows import build_rows

layout, facts = {layout!r}, {facts}
db = ladybug.Database({path!r})
conn = ladybug.Connection(db)
conn.execute("CALL auto_checkpoint=false")
conn.execute(lb.NODE_TABLES[0])
MODEL_3 = ("CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, predicate STRING, lemmas STRING, "
           "confidence DOUBLE, negated BOOLEAN, modality STRING, attribution STRING, sources STRING, "
           "evidence STRING, provenance STRING)")
if layout == "kg's model":
    conn.execute(lb.NODE_TABLES[-2])
    conn.execute(lb.NODE_TABLES[-1])
elif layout == "model 3":
    conn.execute(MODEL_3)
elif layout == "model 3, forward only":
    conn.execute(MODEL_3 + " WITH (storage_direction = 'fwd')")
elif layout == "lean relationship":
    conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, predicate STRING, "
                 "confidence DOUBLE, negated BOOLEAN, provenance STRING)")
elif layout == "bare relationship":
    conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity)")
elif layout == "model 2":
    conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, predicate STRING, "
                 "lemmas STRING[], confidence DOUBLE, negated BOOLEAN, modality STRING, attribution STRING[], "
                 "sources STRING[], evidence STRING[], provenance STRING[])")
elif layout == "small lists":
    conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, predicate STRING, "
                 "lemmas STRING[], confidence DOUBLE, negated BOOLEAN, modality STRING, attribution STRING[], "
                 "sources STRING[], provenance STRING)")
else:
    conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, negated BOOLEAN, id STRING)")
    conn.execute("CREATE NODE TABLE Support(id STRING PRIMARY KEY, fact STRING, provenance STRING, evidence STRING)")
seen, done, batch, n, slices, clock = set(), 0, [], 0, [], 0.0

def write(rows):
    global conn
    fresh = [r for r in rows.entities.values() if r["id"] not in seen]
    seen.update(r["id"] for r in fresh)
    rels = list(rows.relations.values())
    conn.execute("BEGIN TRANSACTION")
    conn.execute(lb.CREATE_ENTITIES, {{"t": lbt.arrow_table(fresh, lbt.ENTITY_SCHEMA)}})
    if layout == "kg's model":
        # Nothing is merged here: a fact of an earlier batch again is a second fact, with a Support
        # node of its own (its integer key made unique by the batch).
        rels = [{{**r, "key": (r["key"] * 1_000_003 + done) % 2**63}} for r in rels]
        conn.execute(lb.CREATE_RELATIONS, {{"t": lbt.relation_table(rels)}})
        conn.execute(lb.CREATE_SUPPORT, {{"t": lbt.support_table(rels)}})
    elif layout.startswith("model 3"):
        stored = [lbt.stored_fact(r) for r in rels]
        create(rels, {{c: [r[c] for r in stored] for c in ("negated", "predicate", "lemmas", "confidence", "modality",
                                                          "attribution", "sources", "evidence", "provenance")}})
    elif layout == "bare relationship":
        create(rels, {{}}, relation=False)
    else:
        col = lambda k: [r[k] for r in rels]
        both = [json.dumps([r["provenance"], r["evidence"]]) for r in rels]
        keys = {{"predicate": col("predicate"), "confidence": col("confidence"), "negated": col("negated")}}
        if layout == "model 2":
            create(rels, {{**keys, "modality": col("modality"), **{{c: pa.array(col(c), pa.list_(pa.string()))
                          for c in ("lemmas", "attribution", "sources", "evidence", "provenance")}}}})
        elif layout == "small lists":
            create(rels, {{**keys, "modality": col("modality"), "lemmas": col("lemmas"),
                          "attribution": col("attribution"), "sources": col("sources"), "provenance": both}})
        elif layout == "lean relationship":
            create(rels, {{**keys, "provenance": both}})
        else:
            support_nodes(rels)
    conn.execute("COMMIT")
    conn.close()
    conn = ladybug.Connection(db)


def create(rels, columns, relation=True):
    # A FACT relationship per row, with its relation and ``columns`` as its properties.
    if relation:
        columns = {{"relation": [r["relation"] for r in rels], **columns}}
    props = ", ".join(f"{{c}}: {{c}}" for c in columns)
    conn.execute("LOAD FROM $t MATCH (a:Entity {{id: `from`}}) MATCH (b:Entity {{id: `to`}}) "
                 "CREATE (a)-[:FACT {{" + props + "}}]->(b)",
                 {{"t": pa.table({{"from": [r["s"] for r in rels], "to": [r["o"] for r in rels], **columns}})}})


def support_nodes(rels):
    # A bare FACT with an id, and a Support node per supporting sentence.
    ids = [hashlib.md5(repr((r["s"], r["relation"], r["o"], r["negated"])).encode()).hexdigest() for r in rels]
    create(rels, {{"negated": [r["negated"] for r in rels], "id": ids}})
    support = [(f"{{done}}/{{i}}/{{k}}", i, p, e) for i, r in zip(ids, rels)
               for k, (p, e) in enumerate(zip(r["provenance"], r["evidence"]))]
    conn.execute("LOAD FROM $t CREATE (:Support {{id: id, fact: fact, provenance: provenance, evidence: evidence}})",
                 {{"t": pa.table({{"id": [s[0] for s in support], "fact": [s[1] for s in support],
                                  "provenance": [s[2] for s in support], "evidence": [s[3] for s in support]}})}})

for ex in extractions(facts):
    batch.append(ex)
    n += len(ex.facts)
    if n < {step}:
        continue
    rows = build_rows(batch)
    start = time.perf_counter()
    write(rows)
    done += n
    batch, n = [], 0
    if done // {checkpoint} > (done - {step}) // {checkpoint}:
        conn.execute("CHECKPOINT")
    clock += time.perf_counter() - start
    if done // {checkpoint} > len(slices):
        slices.append(clock)
if batch:
    start = time.perf_counter()
    write(build_rows(batch))
    conn.execute("CHECKPOINT")
    clock += time.perf_counter() - start
    done += n
if clock > (slices[-1] if slices else 0.0):
    slices.append(clock)
print(json.dumps({{"slices": slices, "facts": done, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def attempt(layout: str, facts: int, checkpoint: int) -> dict[str, object]:
    path = tempfile.mkdtemp(prefix="kg-layout-") + "/g.lbug"
    code = CHILD.format(bench=str(Path(__file__).parent), layout=layout, facts=facts, path=path,
                        step=STEP, checkpoint=checkpoint)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        return {"error": (done.stderr.strip().splitlines() or ["crashed"])[-1][:120]}
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def run(facts: int, checkpoint: int = CHECKPOINT, layouts: tuple[str, ...] = LAYOUTS) -> str:
    rows: list[list[object]] = []
    notes: list[str] = []
    for layout in layouts:
        out = attempt(layout, facts, checkpoint)
        if "error" in out:
            rows.append([layout, f"failed: {out['error']}", "", "", ""])
            continue
        clock: list[float] = out["slices"]  # type: ignore[assignment]
        per = [b - a for a, b in zip([0.0, *clock], clock, strict=False)]
        rows.append([layout, f"{out['facts']:,}", " / ".join(f"{s:.0f}" for s in per),
                     f"{per[-1] / per[0]:.1f}×", f"{out['rss_mib']:,.0f}"])
        print(" | ".join(map(str, rows[-1])), file=sys.stderr, flush=True)
        notes.append(f"{layout}: {clock[-1]:.0f} s in all, the last {checkpoint:,} facts {per[-1] / per[0]:.1f}× as long "
                     f"as the first; peak RSS {out['rss_mib']:,.0f} MiB")
    text = header("Fact layouts on LadybugDB (bench/layouts.py)", "ladybug")
    text += ("The engine's durable insert of the same synthetic facts in each layout (nothing read, merged "
             f"or resolved; 20,000-fact transactions, a checkpoint every {checkpoint:,} facts; each in its own "
             "process).\n\n")
    text += table(["layout", "facts", f"seconds per {checkpoint:,} facts, in order", "last / first", "peak RSS MiB"],
                  rows) + "\n\n"
    return text + "\n".join(f"- {n}" for n in notes) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=400_000)
    parser.add_argument("--checkpoint", type=int, default=CHECKPOINT)
    args = parser.parse_args()
    publish(run(args.facts, args.checkpoint))


if __name__ == "__main__":
    main()
