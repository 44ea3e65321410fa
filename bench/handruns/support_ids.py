"""The engine alone: N Support nodes with graph model 5's columns (real-news sizes), their primary
key a STRING (the 16-hex-digit fact id) or an INT64 (the same digest as a 63-bit integer).

    python support_ids.py string|int64 N GRAPH

Buffer pool 768 MiB, 20,000 nodes a transaction, a checkpoint every 100,000: prints time and RSS
at each checkpoint, then peak RSS and the files' size (bench/RESULTS.md, graph model 5).
"""

from __future__ import annotations

import glob
import hashlib
import os
import sys
import threading
import time

import ladybug
import psutil
import pyarrow as pa

BATCH = 20_000
COLUMNS = ("lemmas", "attribution", "sources", "confidence", "modality", "evidence", "provenance")
CREATE = ("LOAD FROM $t CREATE (:Support {id: id, " + ", ".join(f"{c}: {c}" for c in COLUMNS) + "})")
PROC = psutil.Process()
peak = [0]


def _sample() -> None:
    while True:
        peak[0] = max(peak[0], PROC.memory_info().rss)
        time.sleep(0.02)


def _table(variant: str, base: int) -> pa.Table:
    keys = [hashlib.sha256(str(i).encode()).hexdigest()[:16] for i in range(base, base + BATCH)]
    ids = pa.array(keys) if variant == "string" else pa.array([int(k, 16) >> 1 for k in keys], pa.int64())
    sentence = ("The minister said on Tuesday that talks would continue next week " * 2)[:130]
    return pa.table({"id": ids, "lemmas": ["say"] * BATCH, "attribution": pa.nulls(BATCH, pa.string()),
                     "sources": keys, "confidence": [0.8] * BATCH, "modality": pa.nulls(BATCH, pa.string()),
                     "evidence": [sentence + k for k in keys],
                     "provenance": ['{"doc":"' + k + '","sentence":3,"start":100,"end":230,"lemma":"say",'
                                    '"confidence":0.8,"text":"said","extractor":"rules","version":"1"}' for k in keys]})


def main() -> None:
    variant, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    threading.Thread(target=_sample, daemon=True).start()
    db = ladybug.Database(path, buffer_pool_size=768 * 2**20)
    conn = ladybug.Connection(db)
    kind = "STRING" if variant == "string" else "INT64"
    conn.execute(f"CREATE NODE TABLE Support(id {kind} PRIMARY KEY, lemmas STRING, attribution STRING, "
                 "sources STRING, confidence DOUBLE, modality STRING, evidence STRING, provenance STRING)")
    conn.execute("CALL auto_checkpoint=false")
    start = time.perf_counter()
    for base in range(0, n, BATCH):
        conn.execute("BEGIN TRANSACTION")
        conn.execute(CREATE, {"t": _table(variant, base)})
        conn.execute("COMMIT")
        conn.close()  # as kg does after each batch: a connection keeps its parameters alive
        conn = ladybug.Connection(db)
        if (base + BATCH) % 100_000 == 0:
            conn.execute("CHECKPOINT")
            print(f"{variant} {base + BATCH:>9,} {time.perf_counter() - start:6.1f} s "
                  f"RSS {PROC.memory_info().rss / 2**20:6.0f} MiB peak {peak[0] / 2**20:6.0f}", flush=True)
    disk = sum(os.path.getsize(p) for p in glob.glob(path + "*") if os.path.isfile(p))
    print(f"{variant} DONE {time.perf_counter() - start:.1f} s peak {peak[0] / 2**20:,.0f} MiB "
          f"disk {disk / 1e6:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
