"""The engine alone: resident memory against LadybugDB's own account while nodes are inserted.

    python key_memory.py GRAPH KIND N [POOL_MIB [PAYLOAD_BYTES]]

Creates ``N`` nodes of one table whose primary key is ``KIND`` (INT64, or STRING: the same
63-bit digest as 16 hex digits, as kg's entity ids), 20,000 a transaction with ``LOAD FROM``
(as kg writes), a checkpoint after each, in a ``POOL_MIB`` buffer pool (256). Prints every
100,000 nodes the process's RSS and what the buffer manager says it holds (``CALL bm_info()``),
so what grows beside the pool shows as their difference. bench/RESULTS.md, "kg's own buffer
pool and checkpoint cadence at 1M facts". With ``PAYLOAD_BYTES`` each node also gets a STRING
property of that many distinct bytes (kg's Support nodes hold ~600 bytes of sentences and records).
"""

from __future__ import annotations

import hashlib
import sys
import time

import ladybug
import pyarrow as pa


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def main() -> None:
    path, kind, n = sys.argv[1], sys.argv[2].upper(), int(sys.argv[3])
    pool = int(sys.argv[4]) if len(sys.argv) > 4 else 256
    payload = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    db = ladybug.Database(path, buffer_pool_size=pool * 2**20)
    conn = ladybug.Connection(db)
    conn.execute(f"CREATE NODE TABLE N(id {kind} PRIMARY KEY, text STRING)")
    start = time.perf_counter()
    print(f"{kind} start rss {rss_mib():.0f} MiB", flush=True)
    for first in range(0, n, 20_000):
        digests = [int.from_bytes(hashlib.blake2b(str(i).encode(), digest_size=8).digest(), "big") >> 1
                   for i in range(first, min(first + 20_000, n))]
        column = [f"{d:016x}" for d in digests] if kind == "STRING" else digests
        text = [(f"{d:x} " * (payload // 16 + 1))[:payload] for d in digests]
        table = pa.table({"id": pa.array(column, pa.string() if kind == "STRING" else pa.int64()),
                          "text": pa.array(text, pa.string())})
        conn.execute("BEGIN TRANSACTION")
        conn.execute("LOAD FROM $t CREATE (:N {id: id, text: text})", {"t": table})
        conn.execute("COMMIT")
        conn.close()
        conn = ladybug.Connection(db)
        conn.execute("CHECKPOINT")
        done = first + len(digests)
        if done % 100_000 == 0 or done == n:
            _, used = conn.execute("CALL bm_info() RETURN *").get_next()
            print(f"{kind} {done:>9,} nodes  {time.perf_counter() - start:6.1f} s  rss {rss_mib():6.0f} MiB  "
                  f"buffer manager {used / 2**20:6.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
