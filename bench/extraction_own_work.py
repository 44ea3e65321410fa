"""kg's own work in extraction, without the parse: CPU time of the rules, the resolver, the
repairs and fact building on segments parsed once.

The segments of bbc-news articles are parsed once (kg's own model), kept as a ``DocBin`` and
restored before each run, so every run reads the same parse and no run pays for it: what is timed
is ``kg.extract._part_facts`` over every document (``time.process_time``). It prints the seconds of
each run, their median, and a digest of every fact and named entity (``repr``), so two checkouts
can be compared in one session: run it with the other checkout's kg first on ``PYTHONPATH``
(as ``bench/RESULTS.md`` describes), alternately, and compare medians and digests.

    python bench/extraction_own_work.py --articles 100 --repeat 3
    PYTHONPATH=/tmp/main-kg python bench/extraction_own_work.py --articles 100 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import bbc_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", help="write every fact and entity (repr) to this file")
    args = parser.parse_args()
    from spacy.tokens import DocBin

    import kg
    from kg.extract import _part_facts, _segment_texts
    from kg.extract.nlp import load_model
    from kg.ingest import make_document

    nlp = load_model()
    docs = [make_document(t, f"bench-{n}") for n, t in enumerate(bbc_corpus(args.articles))]
    parsed = DocBin(store_user_data=False)
    for doc in nlp.pipe([text for text, _ in _segment_texts(docs)], batch_size=64):
        parsed.add(doc)
    blob = parsed.to_bytes()
    times: list[float] = []
    lines: list[str] = []
    for _ in range(args.repeat):
        segments = list(DocBin().from_bytes(blob).get_docs(nlp.vocab))
        gc.collect()
        start = time.process_time()
        lines, n = [], 0
        for doc in docs:
            facts, _, named = _part_facts(doc, doc.segments, segments[n:n + len(doc.segments)], 0)
            n += len(doc.segments)
            lines.extend(repr(x) for x in (*facts, *named))
        times.append(time.process_time() - start)
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]
    print(f"kg from {Path(kg.__file__).parent}: {len(docs)} articles, own work CPU s "
          f"{' '.join(f'{t:.3f}' for t in times)}, median {statistics.median(times):.3f}; "
          f"{len(lines)} facts and entities, digest {digest}")
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
