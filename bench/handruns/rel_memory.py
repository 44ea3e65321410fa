"""The engine alone: resident memory against LadybugDB's own account while relationships are inserted.

    python rel_memory.py GRAPH NODES RELS [POOL_MIB]

Creates ``NODES`` nodes (STRING keys, as kg's entities), then ``RELS`` relationships between
random pairs of them, 20,000 a transaction with ``LOAD FROM ... MATCH ... MATCH ... CREATE`` and
two short STRING properties (as kg's FACT relationships), a checkpoint after each, in a
``POOL_MIB`` buffer pool (256). Prints every 100,000 relationships the process's RSS and what the
buffer manager says it holds (``CALL bm_info()``). bench/RESULTS.md, "kg's own buffer pool and
checkpoint cadence at 1M facts".
"""

from __future__ import annotations

import random
import sys
import time

import ladybug
import pyarrow as pa


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def main() -> None:
    path, nodes, rels = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    pool = int(sys.argv[4]) if len(sys.argv) > 4 else 256
    db = ladybug.Database(path, buffer_pool_size=pool * 2**20)
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE E(id STRING PRIMARY KEY)")
    conn.execute("CREATE REL TABLE R(FROM E TO E, key INT64, relation STRING, predicate STRING)")
    ids = [f"{i:016x}" for i in range(nodes)]
    for first in range(0, nodes, 20_000):
        conn.execute("LOAD FROM $t CREATE (:E {id: id})", {"t": pa.table({"id": ids[first:first + 20_000]})})
    conn.execute("CHECKPOINT")
    _, used = conn.execute("CALL bm_info() RETURN *").get_next()
    print(f"{nodes:,} nodes  rss {rss_mib():.0f} MiB  buffer manager {used / 2**20:.0f} MiB", flush=True)
    draw = random.Random(7)
    start = time.perf_counter()
    for first in range(0, rels, 20_000):
        size = min(20_000, rels - first)
        table = pa.table({"from": [ids[draw.randrange(nodes)] for _ in range(size)],
                          "to": [ids[draw.randrange(nodes)] for _ in range(size)],
                          "key": pa.array(range(first, first + size), pa.int64()),
                          "relation": [f"REL_{draw.randrange(5000)}" for _ in range(size)],
                          "predicate": [f"pred {draw.randrange(5000)}" for _ in range(size)]})
        conn.execute("BEGIN TRANSACTION")
        conn.execute("LOAD FROM $t MATCH (a:E {id: `from`}) MATCH (b:E {id: `to`}) "
                     "CREATE (a)-[:R {key: key, relation: relation, predicate: predicate}]->(b)", {"t": table})
        conn.execute("COMMIT")
        conn.close()
        conn = ladybug.Connection(db)
        conn.execute("CHECKPOINT")
        done = first + size
        if done % 100_000 == 0 or done == rels:
            _, used = conn.execute("CALL bm_info() RETURN *").get_next()
            print(f"{done:>9,} rels  {time.perf_counter() - start:6.1f} s  rss {rss_mib():6.0f} MiB  "
                  f"buffer manager {used / 2**20:6.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
