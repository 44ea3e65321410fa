"""Where kg's extraction spends its CPU time, stage by stage, against bare ``nlp.pipe``.

The stages of ``make_document`` + ``extract_documents`` (one process) are timed by wrapping the
functions kg calls, by the module attribute each is looked up by (CPU time of this process, no
profiler: a profiler's overhead falls on Python code and not on spaCy's compiled parse, so it
inflates the rules' share). Timers nest: a stage's seconds are its own, without those of a timed
stage it calls (a fact's entity resolved inside ``FactBuilder.facts`` is the resolver's). The parse
is split by pipeline component (spaCy's ``_pipe`` wrapped: each component's time less that of the
components before it), so kg's own components (``kg_mark_boundaries``, ``kg_name_repairs``) and
spaCy's show apart. Shares are of bare ``nlp.pipe`` on the same texts, timed in the same run
(median of ``--repeat`` alternating runs).

A stage this script names but kg no longer has stops it with the name (it rotted once when
``repair_parse`` moved: tests/test_rules_round26_speedb.py runs it on three texts).

    python bench/extraction_profile.py                 # bbc-news, 200 articles
    python bench/extraction_profile.py --corpus default
    python bench/extraction_profile.py --articles 4 --limit 3 --repeat 1   # a smoke run
"""

from __future__ import annotations

import argparse
import gc
import importlib
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
TIMING = [False]  # True while kg runs: bare spaCy's side goes through spaCy's _pipe untimed
_CHILDREN: list[float] = []  # per open timer: seconds spent in timers it called


def _start() -> float:
    _CHILDREN.append(0.0)
    return time.process_time()


def _stop(stage: str, start: float) -> None:
    elapsed = time.process_time() - start
    SECONDS[stage] += elapsed - _CHILDREN.pop()
    if _CHILDREN:
        _CHILDREN[-1] += elapsed


def _timer(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        start = _start()
        try:
            result = fn(*args, **kwargs)
            # A generator's work happens as it is read: read it here, inside the timing.
            return list(result) if isinstance(result, Iterator) else result
        finally:
            _stop(stage, start)

    return wrapped


def _timed_iter(stage: str, items: Iterator[Any]) -> Iterator[Any]:
    while True:
        start = _start()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            _stop(stage, start)
        yield item


# (module, attribute, stage): each is replaced where kg looks it up. A method is "Class.method".
STAGES = [
    ("kg.ingest", "decode_references", "ingest: decode references"),
    ("kg.ingest", "segment", "ingest: segment"),
    ("kg.ingest", "make_document", "ingest: make_document (rest)"),
    ("kg.extract", "join_place_nationalities", "names: join place nationalities"),
    ("kg.extract.repair", "repair_parse", "repair the parse"),
    ("kg.extract.rules", "sentence_propositions", "rules (sentence_propositions)"),
    ("kg.extract.rules", "confidence", "rules: confidence"),
    ("kg.extract.speech", "QuotedSpeakers.propositions", "rules: quoted speakers"),
    ("kg.resolve.entities", "DocumentResolver.add_segment", "resolver: read names"),
    ("kg.resolve.entities", "mention_of", "resolver: mention_of"),
    ("kg.resolve.entities", "DocumentResolver._resolve", "resolver: resolve"),
    ("kg.resolve.entities", "DocumentResolver.named_entities", "resolver: named entities"),
    ("kg.resolve.facts", "FactBuilder.observe", "facts: observe"),
    ("kg.resolve.facts", "FactBuilder.facts", "facts: build"),
    ("kg.resolve.facts", "FactBuilder.graph_facts", "facts: graph filter"),
    ("kg.model", "Document.in_source", "facts: source offsets"),
]


def _patch(module_name: str, attribute: str, stage: str) -> None:
    module = importlib.import_module(module_name)
    owner: Any = module
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    if not hasattr(owner, name):
        raise SystemExit(f"extraction_profile: {module_name}.{attribute} is gone: update STAGES")
    setattr(owner, name, _timer(stage, getattr(owner, name)))


def instrument() -> None:
    """Wrap the stages kg calls, and each pipeline component in spaCy's ``_pipe``."""
    import spacy.language

    for module_name, attribute, stage in STAGES:
        _patch(module_name, attribute, stage)
    pipe = spacy.language._pipe

    def timed_pipe(docs: Any, proc: Any, name: str, **kwargs: Any) -> Iterator[Any]:
        if not TIMING[0]:
            return pipe(docs, proc=proc, name=name, **kwargs)  # type: ignore[no-any-return]
        # Inclusive times of what comes in and what goes out; "parse: NAME" is their difference.
        upstream = _timed_iter(f"<in {name}>", iter(docs))
        return _timed_iter(f"<out {name}>", iter(pipe(upstream, proc=proc, name=name, **kwargs)))

    spacy.language._pipe = timed_pipe  # type: ignore[assignment]


def _components(stages: dict[str, float]) -> dict[str, float]:
    """``<in X>``/``<out X>`` timers as each component's own seconds. They nest (X's output is
    read inside the next component's input, X's input inside X's output), so ``<out X>`` is X's
    own time, and the first component's input is the tokenizer's; later inputs are only the
    timers' own overhead."""
    from kg.extract.nlp import loaded_model

    model = loaded_model()
    first = model.pipe_names[0] if model is not None else ""
    out = {name: sec for name, sec in stages.items() if not name.startswith("<")}
    for name, sec in stages.items():
        if name.startswith("<out "):
            out[f"parse: {name[5:-1]}"] = sec
    out["parse: tokenizer"] = stages.get(f"<in {first}>", 0.0)
    return out


def kg_run(texts: list[str]) -> int:
    from kg.extract import extract_documents
    from kg.ingest import make_document

    TIMING[0] = True
    try:
        docs = [make_document(t, f"bench-{n}") for n, t in enumerate(texts)]
        return sum(len(e.facts) for e in extract_documents(docs))
    finally:
        TIMING[0] = False


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["default", "bbc"], default="bbc")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N texts (a smoke run)")
    args = parser.parse_args(argv)
    texts = bbc_corpus(args.articles) if args.corpus == "bbc" else corpus(args.scale)
    texts = texts[:args.limit] if args.limit else texts
    bare_spacy(texts[:4])  # the shipped model loaded before spaCy's _pipe is wrapped
    instrument()
    kg_run(texts[:4])
    bare: list[float] = []
    total: list[float] = []
    stages: list[dict[str, float]] = []
    for n in range(args.repeat):
        for side in (("bare", "kg") if n % 2 == 0 else ("kg", "bare")):
            gc.collect()
            SECONDS.clear()
            start = time.process_time()
            bare_spacy(texts) if side == "bare" else kg_run(texts)
            (bare if side == "bare" else total).append(time.process_time() - start)
            if side == "kg":
                stages.append(_components(dict(SECONDS)))
    # bare spaCy's own components are timed too (the same _pipe): its total is what counts
    base = statistics.median(bare)
    kg = statistics.median(total)
    names = list(dict.fromkeys(name for s in stages for name in s))
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
