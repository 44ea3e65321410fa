"""Graph model 5's load statements switched off one kind at a time, resident memory per write (by hand).

    PYTHONPATH=/path/to/checkout python statement_memory.py FACTS GRAPH VARIANT

Run it from a folder outside any checkout, so that ``kg`` is the checkout's (the first line says
which). ``KG_BUFFER_POOL_MB`` and the other settings come from the environment as in ``kg load``.
Variants (bench/RESULTS.md, "Which of kg's statements the engine keeps memory for"):

- ``base``: kg as it is;
- ``noupdsupport``: a restated fact's Support node is not updated (``UPDATE_SUPPORT``);
- ``noentityset``: a stored entity's sets are not updated (``UPSERT_ENTITIES``);
- ``nomentions``: no ``MENTIONED_IN`` read or written;
- ``nofactreads``: which facts are stored comes from a Python set of keys, so no stored fact
  (``READ_FACT_KEYS``) or Support node (``READ_SUPPORT``) is read and none updated;
- ``nosupport``: as ``nofactreads``, and no Support node is created either;
- ``trim``: kg as it is, with glibc's ``malloc_trim(0)`` after every write;
- ``trace``: kg as it is, with tracemalloc on (Python's share).

Some variants write a graph kg would not: they measure, nothing else. After every write (a
checkpoint follows each full one) it prints the facts so far, the RSS, the peak RSS (sampled
every 20 ms), what the engine's buffer manager holds (``CALL bm_info()``) and the resident memory
by kind of mapping (memory_map.py: pool, arenas, brk, anon, files); at the end the calls,
seconds, summed RSS change and highest RSS sampled while it ran of each statement kind (and of
kg's Python between statements).
"""

from __future__ import annotations

import collections
import ctypes
import os
import sys
import threading
import time
from typing import Any

import psutil

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

FACTS, GRAPH, VARIANT = sys.argv[1:4] if len(sys.argv) == 4 else (None, None, None)
SKIPPED = {
    "noupdsupport": {"UPDATE_SUPPORT"},
    "noentityset": {"UPSERT_ENTITIES"},
    "nomentions": {"CREATE_MENTIONS", "READ_MENTIONS"},
    "nofactreads": {"READ_FACT_KEYS", "READ_SUPPORT", "UPDATE_SUPPORT"},
    "nosupport": {"CREATE_SUPPORT", "READ_SUPPORT", "UPDATE_SUPPORT"},
}
PROC = psutil.Process()
peak = [0]
running = ["python"]  # the statement kind running now ("python": kg's own code between statements)
seconds: collections.Counter[str] = collections.Counter()
growth: collections.Counter[str] = collections.Counter()
calls: collections.Counter[str] = collections.Counter()
highest: collections.Counter[str] = collections.Counter()  # the highest RSS sampled while each kind ran


def _sample() -> None:
    while True:
        rss = PROC.memory_info().rss
        peak[0] = max(peak[0], rss)
        highest[running[0]] = max(highest[running[0]], rss)
        time.sleep(0.02)


def _patch_run(E: Any, names: dict[str, str]) -> None:
    skip = SKIPPED.get(VARIANT or "", set())
    original = E.EmbeddedStore._run

    def run(self: Any, cypher: str, parameters: dict[str, Any] | None = None) -> Any:
        name = names.get(cypher, cypher if cypher == "CHECKPOINT" else "other")
        if name in skip:
            return []
        before, start = PROC.memory_info().rss, time.perf_counter()
        running[0] = name
        try:
            out = original(self, cypher, parameters)
        finally:
            running[0] = "python"
        seconds[name] += time.perf_counter() - start
        growth[name] += PROC.memory_info().rss - before
        calls[name] += 1
        return out

    E.EmbeddedStore._run = run


def _patch_fact_reads(E: Any) -> None:
    """Stored facts known from a Python set of keys: restated facts are neither read nor updated."""
    from kg.stores.embedded import statements as S
    from kg.stores.embedded import tables as T
    from kg.stores.rows import key_of

    stored: set[Any] = set()

    def write_relations(self: Any, batch: list[dict[str, Any]], new_entities: set[str]) -> None:
        create = [r for r in batch if key_of(r) not in stored]
        stored.update(key_of(r) for r in create)
        if create:
            self._run(S.CREATE_RELATIONS, {"t": T.relation_table(create)})
            if VARIANT != "nosupport":
                self._run(S.CREATE_SUPPORT, {"t": T.support_table(create)})

    E.EmbeddedStore._write_relations = write_relations


def main() -> None:
    if VARIANT is None:
        raise SystemExit(__doc__)
    if VARIANT == "trace":
        import tracemalloc

        tracemalloc.start()
    from memory_map import line, sample
    from realnews import _reader

    import kg
    from kg.pipeline import open_graph
    from kg.stores import embedded as E
    from kg.stores.embedded import statements as S

    print("kg from", kg.__file__, "variant", VARIANT, flush=True)
    threading.Thread(target=_sample, daemon=True).start()
    names = {v: k for k, v in vars(S).items() if isinstance(v, str) and k.isupper()}
    _patch_run(E, names)
    if VARIANT in ("nofactreads", "nosupport"):
        _patch_fact_reads(E)
    libc = ctypes.CDLL("libc.so.6")
    original, start, done = E.EmbeddedStore.write, time.perf_counter(), [0]

    def write(self: Any, extractions: Any, *args: Any) -> Any:
        began = time.perf_counter()
        out = original(self, list(extractions), *args)
        if VARIANT == "trim":
            libc.malloc_trim(0)
        done[0] += out.facts
        held = self._conn.execute("CALL bm_info() RETURN mem_usage").get_next()[0]
        line_ = (f"{done[0]} facts {time.perf_counter() - start:.0f}s write {time.perf_counter() - began:.1f}s "
                 f"rss {PROC.memory_info().rss / 2**20:.0f} peak {peak[0] / 2**20:.0f} bm {held / 2**20:.0f} "
                 f"pool_mb {getattr(self, '_pool_mb', 0)} | {line(sample(os.getpid()))}")
        if VARIANT == "trace":
            import tracemalloc

            current, top = tracemalloc.get_traced_memory()
            line_ += f" py {current / 2**20:.0f} pypeak {top / 2**20:.0f}"
        print(line_, flush=True)
        return out

    E.EmbeddedStore.write = write
    try:
        with open_graph(GRAPH, create=True) as g:
            g.load(_reader()(FACTS))
        status = "ok"
    except Exception as exc:  # the failure point is the measurement
        status = f"FAILED after {done[0]} facts: {str(exc)[:200]}"
    print(f"END {VARIANT} {status} {time.perf_counter() - start:.0f}s peak {peak[0] / 2**20:.0f} MiB", flush=True)
    for name in sorted(seconds, key=lambda k: -seconds[k]):
        print(f"  {name:22} calls {calls[name]:6} s {seconds[name]:8.1f} rss+ {growth[name] / 2**20:8.0f} MiB "
              f"highest {highest[name] / 2**20:6.0f} MiB")
    print(f"  {'python':22} highest {highest['python'] / 2**20:6.0f} MiB")


if __name__ == "__main__":
    main()
