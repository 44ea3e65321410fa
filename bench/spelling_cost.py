"""What the spelling record costs a load: LadybugDB loads with it and without it, side by side.

    python bench/spelling_cost.py FACTS.jsonl [--repeat 3] [--one-by-one N]

Each document node keeps the names (and common nouns) it wrote, ``Document.spellings``
(kg.resolve.spellings, kg.resolve.concepts), and a load that writes another spelling of a stored
name reads the stored documents' records. Without the record, a document keeps no spellings and
no stored name is spelled again (``document_spellings`` returns nothing, and the late merge has
no ``spellings`` or ``nodes`` to read): the graph is then what main gave before the record.

Two loads are timed, each in a fresh process, alternating with and without the record (``off``
first, then ``on``, ``repeat`` times): the whole facts file in one load into a new graph (what
``realnews.sh`` times for a folder), and, with ``--one-by-one N``, its first N documents one a
load. Prints CPU and wall seconds, the best of the repeats, and ``on / off``. Runs whatever kg
is first on ``sys.path`` (a ``git archive`` of another commit put first on PYTHONPATH measures
that commit: its own switches are the same functions).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import TIMED_LOADS

CHILD = r"""
import dataclasses, json, sys, time
import kg.resolve.latemerge as latemerge
import kg.resolve.spellings as spellings
from kg.pipeline import open_graph, read_jsonl

facts, graph, mode, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if mode == "off":
    spellings.document_spellings = lambda extraction: None
    on_store = latemerge.on_store
    def without_record(store):
        late = on_store(store)
        fields = {f.name for f in dataclasses.fields(late)}
        return dataclasses.replace(late, **{k: None for k in ("spellings", "nodes") if k in fields})
    latemerge.on_store = without_record
""" + TIMED_LOADS


def run(facts: str, mode: str, n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, facts, str(Path(tmp) / "g.lbug"), mode, str(n)],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("facts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one-by-one", type=int, default=0)
    args = parser.parse_args()
    cases = [("one load", 0)] + ([(f"first {args.one_by_one}, one a load", args.one_by_one)] if args.one_by_one else [])
    for label, n in cases:
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.repeat):
            for mode in ("off", "on"):
                got = run(args.facts, mode, n)
                best[mode] = {k: min(v, best.get(mode, got)[k]) for k, v in got.items()}
        off, on = best["off"], best["on"]
        print(f"{label}: without the record CPU {off['cpu']:.2f} s (wall {off['wall']:.1f}), with it CPU "
              f"{on['cpu']:.2f} s (wall {on['wall']:.1f}): {on['cpu'] / off['cpu']:.2f}x CPU, "
              f"{on['wall'] / off['wall']:.2f}x wall (best of {args.repeat})")


if __name__ == "__main__":
    main()
