"""Where kg's extraction spends its CPU time, stage by stage, against bare ``nlp.pipe``.

The stages of ``make_document`` + ``extract_documents`` (one process) are timed by wrapping the
functions kg.extract calls (CPU time of this process, no profiler: a profiler's overhead falls on
Python code and not on spaCy's compiled parse, so it inflates the rules' share). The parse is the
time spent inside spaCy's ``nlp.pipe`` iterator. Shares are of bare ``nlp.pipe`` on the same texts,
timed in the same run (median of ``--repeat`` alternating runs).

    python bench/extraction_profile.py                 # bbc-news, 200 articles
    python bench/extraction_profile.py --corpus default
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import bare_spacy, bbc_corpus, corpus

SECONDS: dict[str, float] = defaultdict(float)


def _timer(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            result = fn(*args, **kwargs)
            # A generator's work happens as it is read: read it here, inside the timing.
            return list(result) if isinstance(result, Iterator) else result
        finally:
            SECONDS[stage] += time.process_time() - start

    return wrapped


def _timed_iter(stage: str, items: Iterator[Any]) -> Iterator[Any]:
    while True:
        start = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            SECONDS[stage] += time.process_time() - start
            return
        SECONDS[stage] += time.process_time() - start
        yield item


def instrument() -> None:
    """Wrap the stages kg.extract calls, in the names kg.extract looks them up by."""
    import kg.extract as ex
    from kg.model import Document
    from kg.resolve import FactBuilder
    from kg.resolve.entities import DocumentResolver

    ex.repair_parse = _timer("repair the parse", ex.repair_parse)
    ex.sentence_propositions = _timer("rules (sentence_propositions)", ex.sentence_propositions)
    DocumentResolver.add_segment = _timer("resolver: read names", DocumentResolver.add_segment)  # type: ignore[method-assign]
    DocumentResolver.named_entities = _timer("resolver: named entities", DocumentResolver.named_entities)  # type: ignore[method-assign]
    FactBuilder.observe = _timer("facts: observe", FactBuilder.observe)  # type: ignore[method-assign]
    FactBuilder.facts = _timer("facts: build (resolve, confidence)", FactBuilder.facts)  # type: ignore[method-assign]
    FactBuilder.graph_facts = _timer("facts: graph filter", FactBuilder.graph_facts)  # type: ignore[method-assign]
    Document.in_source = _timer("facts: source offsets", Document.in_source)  # type: ignore[method-assign]
    load = ex.load_model

    class _Timed:
        def __init__(self, nlp: Any) -> None:
            self.nlp = nlp

        def pipe(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            return _timed_iter("parse (nlp.pipe)", iter(self.nlp.pipe(*args, **kwargs)))

    ex.load_model = lambda model=None: _Timed(load(model))  # type: ignore[assignment]


def kg_run(texts: list[str]) -> int:
    from kg.extract import extract_documents
    from kg.ingest import make_document

    start = time.process_time()
    docs = [make_document(t, f"bench-{n}") for n, t in enumerate(texts)]
    SECONDS["ingest (make_document)"] += time.process_time() - start
    return sum(len(e.facts) for e in extract_documents(docs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["default", "bbc"], default="bbc")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = bbc_corpus(args.articles) if args.corpus == "bbc" else corpus(args.scale)
    instrument()
    bare_spacy(texts[:4])
    kg_run(texts[:4])
    bare, total, stages = [], [], []
    for n in range(args.repeat):
        for side in (("bare", "kg") if n % 2 == 0 else ("kg", "bare")):
            gc.collect()
            SECONDS.clear()
            start = time.process_time()
            bare_spacy(texts) if side == "bare" else kg_run(texts)
            (bare if side == "bare" else total).append(time.process_time() - start)
            if side == "kg":
                stages.append(dict(SECONDS))
    base = statistics.median(bare)
    kg = statistics.median(total)
    names = list(stages[0])
    med = {name: statistics.median(s.get(name, 0.0) for s in stages) for name in names}
    med["other (kg.extract's own loop, Extraction, timers)"] = kg - sum(med.values())
    print(f"{len(texts)} documents; CPU seconds, median of {args.repeat}; shares of bare nlp.pipe\n")
    print("| stage | CPU s | share of bare nlp.pipe | share of kg |\n| --- | ---: | ---: | ---: |")
    print(f"| bare nlp.pipe (baseline) | {base:.2f} | 1.000 | |")
    for name, sec in sorted(med.items(), key=lambda item: -item[1]):
        print(f"| {name} | {sec:.3f} | {sec / base:.3f} | {sec / kg:.3f} |")
    print(f"| **kg, all** | {kg:.2f} | {kg / base:.3f} | 1.000 |")
    pairs = sorted(b / k for b, k in zip(bare, total, strict=True))
    print(f"\nthroughput ratio (bare / kg): {base / kg:.3f} (medians); pair by pair "
          f"{', '.join(f'{r:.3f}' for r in pairs)}")


if __name__ == "__main__":
    main()
