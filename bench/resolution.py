"""Corpus entity resolution at scale: time per fact and peak memory, 10k → 1M facts.

    python bench/resolution.py FACTS.jsonl [--sizes 10000,100000,1000000]

FACTS.jsonl is a real facts file (``kg extract`` of bbc-news, with its mention records). The real documents are repeated
until the size is reached; copy k renames every named entity into one of ten families (the name
with a family tag on its last word), so the vocabulary grows to ten times the real one, with the
real shapes: surnames, short forms, competing full names. Each size runs in a fresh process, as
``kg build`` streams it (spooled between the two passes), and beside it, in the same process, the
baseline: the same stream spooled and read back with no resolution. Ratios are against 10k facts, in CPU time (wall time on a shared machine measures the neighbours).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FAMILIES = 10


def synthetic(real: list, size: int) -> Iterator[object]:  # type: ignore[type-arg]
    from kg.model import Entity, Extraction

    made, copy = 0, 0
    while made < size:
        tag = f"Q{copy % FAMILIES}" if copy else ""

        def renamed(e: Entity, tag: str = tag) -> Entity:
            if not tag or e.type == "CONCEPT":
                return e
            return Entity.make(f"{e.name}{tag}", e.type, tuple(f"{a}{tag}" for a in e.aliases))

        for ex in real:
            doc = replace(ex.document, id=f"{ex.document.id}-{copy}")
            facts = [replace(f, doc_id=doc.id, subject=renamed(f.subject), object=renamed(f.object))
                     for f in ex.facts][: size - made]
            made += len(facts)
            # The names the document mentions in no fact (facts files from kg 0.1 on): renamed too.
            yield Extraction(doc, facts, mentions=tuple(renamed(e) for e in ex.mentions))
            if made >= size:
                return
        copy += 1


def one(path: str, size: int, resolve: bool) -> dict[str, float]:
    import tempfile

    from kg.pipeline import read_jsonl
    from kg.resolve.corpus import resolve_corpus

    real = list(read_jsonl(path))  # read before the clock starts
    start, cpu = time.perf_counter(), time.process_time()
    facts = 0
    if resolve:
        for ex in resolve_corpus(synthetic(real, size)):  # type: ignore[arg-type]
            facts += len(ex.facts)
    else:  # the spool resolve_corpus uses, with no resolution
        with tempfile.TemporaryFile() as spool:
            for ex in synthetic(real, size):
                pickle.dump(ex, spool, protocol=pickle.HIGHEST_PROTOCOL)
            spool.seek(0)
            with contextlib.suppress(EOFError):
                while True:
                    facts += len(pickle.load(spool).facts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"facts": facts, "seconds": seconds, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("facts")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--one", type=int)
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.facts, args.one, not args.baseline)))
        return
    from common import header, publish, table

    rows, first = [], {}
    for size in (int(s) for s in args.sizes.split(",")):
        got = {}
        for kind in ("resolve", "baseline"):
            cmd = [sys.executable, __file__, args.facts, "--one", str(size)] + (["--baseline"] if kind == "baseline" else [])
            got[kind] = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        # CPU time: on a machine shared with other work, wall time measures the neighbours.
        per = {k: v["cpu"] / v["facts"] * 1e6 for k, v in got.items()}
        first = first or per
        rows.append([f"{got['resolve']['facts']:,}", f"{got['resolve']['seconds']:.1f}", f"{per['resolve']:.1f}",
                     f"{per['resolve'] / first['resolve']:.2f}×", f"{per['baseline']:.1f}",
                     f"{per['resolve'] / per['baseline']:.2f}×", f"{got['resolve']['rss_mb']:.0f}",
                     f"{got['baseline']['rss_mb']:.0f}"])
        print(rows[-1], flush=True)
    publish(header("Corpus entity resolution (bench/resolution.py)") + table(
        ["facts", "wall s", "CPU µs/fact", "CPU µs/fact vs smallest", "baseline CPU µs/fact (spool only)",
         "resolve / baseline", "peak RSS MB", "baseline peak RSS MB"], rows)
        + f"\n\nSynthetic from {Path(args.facts).name}: real documents repeated, names in {FAMILIES} families.")


if __name__ == "__main__":
    main()
