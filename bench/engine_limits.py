"""What the machine and the embedded engine allow, whatever kg does: the bounds behind the load
targets kg misses (issue 11), measured, not argued.

- the facts file read and checked (``kg.io.read_jsonl``): a ``kg load FILE`` cannot go faster;
- the engine's durable path for the same rows (``LOAD FROM ... CREATE``, logged, as kg writes):
  no kg load that survives a crash can go faster, since kg also reads, merges and resolves;
- the engine's own bulk ``COPY`` of real-distribution facts into an empty LadybugDB database (no
  reads, no idempotence, no Python in the timed part): no LadybugDB load can go faster;
- the smallest LadybugDB buffer pool with which that bulk ``COPY`` succeeds at each size, and the
  process's peak RSS then: no LadybugDB load of that size fits in less memory. Each attempt runs
  in a process of its own (a failed allocation leaves the engine unusable).

    python bench/engine_limits.py --facts 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import header, publish, table
from realnews import describe, facts_file, read_extractions

POOLS_MIB = (256, 512, 1024, 1536, 2048, 4096, 8192)


def parse_rate(path: Path) -> tuple[float, int]:
    from kg.io import read_jsonl

    start = time.perf_counter()
    facts = sum(len(ex.facts) for ex in read_jsonl(str(path)))
    return facts / (time.perf_counter() - start), facts


def copy_attempt(facts: int, pool_mib: int) -> dict[str, object]:
    """One bulk COPY of ``facts`` synthetic facts with a buffer pool of ``pool_mib``, in a child."""
    child = f"""
import json, resource, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
import ladybug
_Database = ladybug.Database
ladybug.Database = lambda path, **kw: _Database(path, buffer_pool_size={pool_mib} * 2**20)
from embedded import copy_load
from synthetic import extractions
exs = list(extractions({facts}))
try:
    seconds, rels = copy_load({tempfile.mkdtemp(prefix="kg-limits-")!r} + "/g.lbug", exs)
    out = {{"ok": True, "seconds": seconds, "rels": rels}}
except RuntimeError as exc:
    out = {{"ok": False, "error": str(exc).splitlines()[0][:120]}}
out["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        return {"ok": False, "error": (done.stderr.strip().splitlines() or ["crashed"])[-1][:120], "rss_mib": 0}
    return json.loads(lines[-1])  # type: ignore[no-any-return]


GROWTH_CHILD = """
import sys, threading, time
sys.path.insert(0, {bench!r})
import ladybug, psutil, pyarrow as pa
from synthetic import extractions
names, froms, tos, prov = {{}}, [], [], []
for ex in extractions({facts}):
    for f in ex.facts:
        names.setdefault(f.subject.id, f.subject.name)
        names.setdefault(f.object.id, f.object.name)
        froms.append(f.subject.id)
        tos.append(f.object.id)
        prov.append(f.provenance().to_json() + f.evidence)
entities = pa.table({{"id": list(names), "name": list(names.values())}})
rels = pa.table({{"from": froms, "to": tos, **({{"provenance": prov}} if {props} else {{}})}})
del names, froms, tos, prov
proc = psutil.Process()
base, peak, running = proc.memory_info().rss, [0], [True]
def sample():
    while running[0]:
        peak[0] = max(peak[0], proc.memory_info().rss)
        time.sleep(0.02)
threading.Thread(target=sample, daemon=True).start()
db = ladybug.Database({path!r})
conn = ladybug.Connection(db)
conn.execute("CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING)")
conn.execute("CREATE REL TABLE FACT(FROM Entity TO Entity" + (", provenance STRING" if {props} else "") + ")")
conn.execute("COPY Entity FROM $t", {{"t": entities}})
conn.execute("COPY FACT FROM $t", {{"t": rels}})
conn.execute("CHECKPOINT")
running[0] = False
print(len(entities), (max(peak[0], proc.memory_info().rss) - base) / 2**20)
"""


def copy_growth(facts: int, props: bool) -> tuple[int, float]:
    """Entities, and MiB the process grows by while the engine bulk-COPYs ``facts`` relationships
    (bare, or with each fact's provenance and sentence as one string) into an empty database:
    what the engine itself needs to hold that much, whatever loads it."""
    code = GROWTH_CHILD.format(bench=str(Path(__file__).parent), facts=facts, props=props,
                               path=tempfile.mkdtemp(prefix="kg-limits-") + "/g.lbug")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    entities, mib = done.stdout.split()
    return int(entities), float(mib)


def durable_insert_rate(facts: int) -> float:
    """Facts/s of the engine's own durable path for the same rows: every node, mention and fact
    created with ``LOAD FROM ... CREATE`` (logged, so a committed batch survives a crash) in
    transactions of 20,000 facts, one checkpoint at the end; nothing read, nothing merged, no
    corpus resolution. Rows are built before the clock starts."""
    import ladybug
    from synthetic import extractions

    from kg.stores.embedded import statements as lb
    from kg.stores.embedded import tables as lbt
    from kg.stores.rows import build_rows

    batches, batch, n = [], [], 0
    for ex in extractions(facts):
        batch.append(ex)
        n += len(ex.facts)
        if n >= 20_000:
            batches.append(build_rows(batch))
            batch, n = [], 0
    if batch:
        batches.append(build_rows(batch))
    folder = tempfile.mkdtemp(prefix="kg-limits-")
    db = ladybug.Database(folder + "/g.lbug")
    conn = ladybug.Connection(db)
    for statement in lb.NODE_TABLES:
        conn.execute(statement)
    seen: set[str] = set()
    start = time.perf_counter()
    for rows in batches:
        fresh = [r for r in rows.entities.values() if r["id"] not in seen]
        seen.update(r["id"] for r in fresh)
        mentions = sorted(rows.mentions)
        conn.execute("BEGIN TRANSACTION")
        conn.execute(lb.CREATE_DOCUMENTS, {"t": lbt.arrow_table(rows.documents, lbt.DOCUMENT_SCHEMA)})
        conn.execute(lb.CREATE_ENTITIES, {"t": lbt.arrow_table(fresh, lbt.ENTITY_SCHEMA)})
        conn.execute(lb.CREATE_MENTIONS, {"t": lbt.arrow_columns(
            {"from": [e for e, _ in mentions], "to": [d for _, d in mentions]}, lbt.MENTION_SCHEMA)})
        conn.execute(lb.CREATE_RELATIONS, {"t": lbt.relation_table(list(rows.relations.values()))})
        conn.execute("COMMIT")
    conn.execute("CHECKPOINT")
    seconds = time.perf_counter() - start
    conn.close()
    db.close()
    return facts / seconds


def run(sizes: list[int]) -> str:
    rows: list[list[object]] = []
    notes: list[str] = []
    path = facts_file()
    rate, facts = parse_rate(path)
    real_types = describe(read_extractions(path))["relation_types"]
    rows.append([f"read and check the facts file (real folder, {facts:,} facts, {real_types:,} relation types)",
                 "", f"{rate:,.0f} facts/s", ""])
    for size in sizes:
        rate = durable_insert_rate(size)
        rows.append([f"LadybugDB durable insert (LOAD FROM ... CREATE, 20k-fact transactions), {size:,} synthetic "
                     "facts", "default", f"{rate:,.0f} facts/s", ""])
        print(" | ".join(map(str, rows[-1])), file=sys.stderr, flush=True)
        for props in (False, True):
            entities, mib = copy_growth(size, props)
            rows.append([f"LadybugDB bulk COPY of {size:,} relationships ({'each with its provenance and sentence' if props else 'bare'}) "
                         f"and their {entities:,} entities: the process grows by", "default", "", f"{mib:,.0f}"])
            print(" | ".join(map(str, rows[-1])), file=sys.stderr, flush=True)
        smallest = None
        for pool in POOLS_MIB:
            out = copy_attempt(size, pool)
            ok = bool(out["ok"])
            speed = f"{out['rels'] / out['seconds']:,.0f} rel/s" if ok else f"failed: {out['error']}"
            rows.append([f"LadybugDB bulk COPY, {size:,} synthetic facts", f"{pool:,}", speed,
                         f"{out['rss_mib']:,.0f}"])
            print(" | ".join(map(str, rows[-1])), file=sys.stderr, flush=True)
            if ok:
                smallest = (pool, out)
                break
        if smallest is None:
            notes.append(f"{size:,} facts: bulk COPY failed with every pool up to {POOLS_MIB[-1]:,} MiB")
        else:
            pool, out = smallest
            notes.append(f"{size:,} facts: the engine's bulk COPY needs a buffer pool above "
                         f"{POOLS_MIB[POOLS_MIB.index(pool) - 1] if pool != POOLS_MIB[0] else 0:,} MiB "
                         f"(passed with {pool:,} MiB) and runs at "
                         f"{out['rels'] / out['seconds']:,.0f} rel/s with nothing else to do")
    text = header("Engine limits (bench/engine_limits.py)", "ladybug")
    text += ("Bounds no kg design can pass on this machine: parsing the facts file, and LadybugDB's own "
             "bulk COPY into an empty database (each buffer pool size tried in a fresh process, smallest "
             "first, until one succeeds).\n\n")
    text += table(["what", "buffer pool MiB", "rate", "peak RSS MiB (facts held in Python too)"], rows) + "\n\n"
    text += "\n".join(f"- {n}" for n in notes) + "\n"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    publish(run(args.facts))


if __name__ == "__main__":
    main()
