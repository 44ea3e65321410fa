"""Load stage of kg build with kg's load statements switched off one kind at a time (by hand).

    KG_BUFFER_POOL_MB=512 PYTHONPATH=/path/to/checkout python load_statements.py FACTS GRAPH VARIANT

Run it from a folder outside any checkout, so that ``kg`` is the checkout's (the first line says
which). Variants (bench/RESULTS.md, "What fills the buffer pool", 2026-12-05):
base, nomentions, noentityset, nosupport, nofactreads, nogrown, norelrewrite, noupdsupport,
setrel, joinonly, createonly, trace (tracemalloc on: Python's share). Some variants write a graph
that kg would not (duplicated or stale relationships): they measure, nothing else.

The variants that change how a restated fact is rewritten (nogrown, nofactreads, nosupport,
norelrewrite, noupdsupport, setrel, joinonly, createonly) measure graph model 4's rewrite: run
them with a model-4 kg. Graph model 5 rewrites no relationship; base and trace run on any model.

Prints a line after each 20,000-fact write (facts, seconds, RSS, peak RSS), and at the end, per
statement kind, the calls, the seconds and the summed RSS change across its calls.
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
from typing import Any

import psutil

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

FACTS, GRAPH, VARIANT = sys.argv[1:4] if len(sys.argv) == 4 else (None, None, None)
REWRITES = ("norelrewrite", "noupdsupport", "setrel", "joinonly", "createonly")
SKIPPED = {"nomentions": {"CREATE_MENTIONS", "READ_MENTIONS"}, "noentityset": {"UPSERT_ENTITIES"}}
PROC = psutil.Process()
peak = [0]
seconds: collections.Counter[str] = collections.Counter()
growth: collections.Counter[str] = collections.Counter()
calls: collections.Counter[str] = collections.Counter()


def _sample() -> None:
    while True:
        peak[0] = max(peak[0], PROC.memory_info().rss)
        time.sleep(0.02)


def _patch_run(E: Any, names: dict[str, str]) -> None:
    skip = SKIPPED.get(VARIANT or "", set())
    original = E.EmbeddedStore._run

    def run(self: Any, cypher: str, parameters: dict[str, Any] | None = None) -> Any:
        name = names.get(cypher, cypher if cypher == "CHECKPOINT" else "other")
        if name in skip:
            return []
        before, start = PROC.memory_info().rss, time.perf_counter()
        out = original(self, cypher, parameters)
        seconds[name] += time.perf_counter() - start
        growth[name] += PROC.memory_info().rss - before
        calls[name] += 1
        return out

    E.EmbeddedStore._run = run


def _patch_relations(E: Any, names: dict[str, str]) -> None:
    from kg.model import Provenance
    from kg.stores.embedded import statements as S
    from kg.stores.embedded import tables as T
    from kg.stores.rows import chunks, key_of, merge_relation, relation_row, split_lines

    set_relations = ("LOAD FROM $t MATCH (a:Entity {id: `from`})-[r:FACT]->(b:Entity {id: `to`}) "
                     "WHERE r.relation = relation AND r.negated = negated SET "
                     + ", ".join(f"r.{c} = {c}" for c in S.REL_COLUMNS))
    join_only = S.DELETE_RELATIONS.replace("DELETE r", "RETURN count(*)")
    names[set_relations], names[join_only] = "SET_RELATIONS", "JOIN_ONLY"
    stored: set[Any] = set()

    def write_relations(self: Any, batch: list[dict[str, Any]], new_entities: set[str]) -> None:
        if VARIANT == "nofactreads":  # stored keys from Python: no READ_FACT_KEYS, no READ_SUPPORT
            create = [r for r in batch if key_of(r) not in stored]
            stored.update(key_of(r) for r in create)
            known = []
        else:
            maybe = [r for r in batch if r["s"] not in new_entities and r["o"] not in new_entities]
            keys = {tuple(row[:4]) for row in self._stored_facts(E.READ_FACT_KEYS, maybe)}
            create = [r for r in batch if key_of(r) not in keys]
            known = [r for r in batch if key_of(r) in keys]
        if VARIANT in REWRITES and known:
            support = {row[0]: dict(zip(split_lines(row[2]), split_lines(row[1]), strict=True))
                       for part in chunks([r["key"] for r in known], self.batch_size)
                       for row in self._rows(E.READ_SUPPORT, {"ids": part})}
            grown = [r for r in known if not set(r["provenance"]) <= support[r["key"]].keys()]
            update = [merge_relation(relation_row(r["s"], r["relation"], r["o"], r["negated"], support[r["key"]],
                                                  map(Provenance.from_json, support[r["key"]])), r) for r in grown]
            if update:
                table = T.relation_table(update)
                if VARIANT == "setrel":
                    self._run(set_relations, {"t": table})
                elif VARIANT == "joinonly":
                    self._rows(join_only, {"t": table})
                elif VARIANT == "createonly":
                    self._run(S.CREATE_RELATIONS, {"t": table})
                elif VARIANT == "noupdsupport":
                    self._run(S.DELETE_RELATIONS, {"t": table})
                    self._run(S.CREATE_RELATIONS, {"t": table})
                if VARIANT != "noupdsupport":
                    self._run(S.UPDATE_SUPPORT, {"t": T.support_table(update)})
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
    from realnews import _reader

    import kg
    from kg.pipeline import open_graph
    from kg.stores import embedded as E
    from kg.stores.embedded import statements as S

    print("kg from", kg.__file__, flush=True)
    threading.Thread(target=_sample, daemon=True).start()
    names = {v: k for k, v in vars(S).items() if isinstance(v, str) and k.isupper()}
    _patch_run(E, names)
    if VARIANT in ("nogrown", "nofactreads", "nosupport", *REWRITES):
        if not hasattr(E, "DELETE_RELATIONS"):
            raise SystemExit(f"{VARIANT} measures graph model 4's rewrite of restated facts: run it with a model-4 kg")
        _patch_relations(E, names)
    original, start, done = E.EmbeddedStore.write, time.perf_counter(), [0]

    def write(self: Any, extractions: Any, digests: Any = None) -> Any:
        began = time.perf_counter()
        out = original(self, list(extractions), digests)
        done[0] += out.facts
        line = (f"{done[0]} facts {time.perf_counter() - start:.0f}s write {time.perf_counter() - began:.1f}s "
                f"rss {PROC.memory_info().rss / 2**20:.0f} peak {peak[0] / 2**20:.0f}")
        if VARIANT == "trace":
            import tracemalloc

            current, top = tracemalloc.get_traced_memory()
            line += f" py {current / 2**20:.0f} pypeak {top / 2**20:.0f}"
        print(line, flush=True)
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
        print(f"  {name:22} calls {calls[name]:6} s {seconds[name]:8.1f} rss+ {growth[name] / 2**20:8.0f} MiB")


if __name__ == "__main__":
    main()
