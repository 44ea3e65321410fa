"""What the written names in each fact's provenance cost, and what the noun counts hold.

    python bench/written_names.py FACTS.jsonl --baseline DIR [--repeat 3] [--one-by-one N]

Each provenance record keeps the names its sentence wrote for a named subject and object
(``Provenance.subject`` / ``object``), so that a later load can move one name's share of a
document (kg.resolve.latesplit). Three measures, on a real facts file:

1. CPU: loads into a new LadybugDB graph, each in a fresh process, alternating the baseline (a
   ``git archive`` of the commit before, ``--baseline DIR``, put first on PYTHONPATH) and this
   checkout: the whole file in one load, and with ``--one-by-one N`` its first N documents one a
   load. Best of ``repeat``; ratio this / baseline.
2. Size: the provenance records a load writes (the resolved corpus's), bytes with the names and
   without them (the same records with ``subject`` and ``object`` None).
3. Memory of the per-document noun counts (``kg.resolve.concepts.ConceptSpellings``, pass 1 of
   corpus resolution) beside the whole index (``CorpusIndex``), by tracemalloc: what they hold
   for this file, and per distinct noun.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import tracemalloc
from dataclasses import replace
from pathlib import Path

from common import TIMED_LOADS

CHILD = r"""
import json, sys, time
from kg.pipeline import open_graph, read_jsonl

facts, graph, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
""" + TIMED_LOADS


def load_time(facts: str, path: str, n: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": path}
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, facts, str(Path(tmp) / "g.lbug"), str(n)],
                             check=True, capture_output=True, text=True, env=env, cwd=tmp).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def cpu(facts: str, baseline: str, repeat: int, one_by_one: int) -> None:
    here = str(Path(__file__).resolve().parent.parent)
    cases = [("one load", 0)] + ([(f"first {one_by_one}, one a load", one_by_one)] if one_by_one else [])
    for label, n in cases:
        best: dict[str, dict[str, float]] = {}
        for _ in range(repeat):
            for name, path in (("baseline", baseline), ("this", here)):
                got = load_time(facts, path, n)
                best[name] = {k: min(v, best.get(name, got)[k]) for k, v in got.items()}
        a, b = best["baseline"], best["this"]
        print(f"{label}: baseline CPU {a['cpu']:.2f} s (wall {a['wall']:.1f}), this CPU {b['cpu']:.2f} s "
              f"(wall {b['wall']:.1f}): {b['cpu'] / a['cpu']:.2f}x CPU (best of {repeat})")


def sizes(extractions: list) -> None:  # type: ignore[type-arg]
    from kg.resolve.corpus import resolve_corpus

    with_names = without = records = named = 0
    for extraction in resolve_corpus(extractions):
        for fact in extraction.facts:
            record = fact.provenance()
            records += 1
            named += record.subject is not None or record.object is not None
            with_names += len(record.to_json().encode())
            without += len(replace(record, subject=None, object=None).to_json().encode())
    print(f"provenance: {records:,} records ({named:,} name a named entity), {without / records:.0f} -> "
          f"{with_names / records:.0f} bytes a record ({with_names / without:.2f}x), "
          f"{(with_names - without) / 2**20:.1f} MiB more in all")


def noun_counts(facts: str) -> None:
    """Each structure filled from the file streamed (as ``kg build`` streams it), so that what it
    holds is all that stays: its entries and the strings it keeps alive."""
    from kg.pipeline import read_jsonl
    from kg.resolve.concepts import ConceptSpellings
    from kg.resolve.corpus import CorpusIndex

    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    nouns = ConceptSpellings()
    for extraction in read_jsonl(facts):
        nouns.add(extraction)
    held = tracemalloc.get_traced_memory()[0] - base
    base = tracemalloc.get_traced_memory()[0]
    index = CorpusIndex()
    for extraction in read_jsonl(facts):
        index.add(extraction)
    whole = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    distinct = len(nouns.ids())
    print(f"noun counts: {distinct:,} distinct nouns, {held / 2**20:.1f} MiB ({held / max(distinct, 1):.0f} bytes "
          f"a noun); the whole index (names and nouns) {whole / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("facts")
    parser.add_argument("--baseline", help="a checkout of the commit before (its kg/ is imported)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one-by-one", type=int, default=0)
    args = parser.parse_args()
    from kg.pipeline import read_jsonl

    extractions = list(read_jsonl(args.facts))
    sizes(extractions)
    del extractions
    noun_counts(args.facts)
    if args.baseline:
        cpu(args.facts, args.baseline, args.repeat, args.one_by_one)


if __name__ == "__main__":
    main()
