"""What named extraction rules cost: the rules' time with them on and switched off, against the parse.

The texts are parsed once (bare ``nlp.pipe``, timed: the baseline); then every sentence's
propositions are extracted again and again, alternately with the named rules on and switched off
(:func:`kg.extract.registry.ablated`), best of N each, in the same run. The difference is the
rules' cost, printed as a share of the parse time. ``--open-ie`` times the Open IE view (its parse
repairs first, on a copy of each parse) instead of the graph's rules.

    python bench/rule_cost.py coordinated-subject split-noun-phrase --open-ie
    python bench/rule_cost.py coordinated-subject --texts ../shared/benchmarks/bbc-news/tech
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(folder: str | None, limit: int) -> list[str]:
    if folder is None:
        from extraction import corpus  # the seed and our own texts (bench/extraction.py)

        return corpus(5)
    return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))[:limit]]


def _extract(docs: list, open_ie: bool) -> float:  # type: ignore[type-arg]
    from kg.extract.openie_repair import open_ie_propositions
    from kg.extract.rules import sentence_propositions

    start = time.perf_counter()
    for doc in docs:
        if open_ie:
            doc = doc.copy()
        for sent in doc.sents:
            (open_ie_propositions if open_ie else sentence_propositions)(sent)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="+")
    parser.add_argument("--texts", help="a folder of .txt files (default: bench/extraction.py's corpus)")
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--open-ie", action="store_true")
    args = parser.parse_args()

    from kg.extract.nlp import load_model
    from kg.extract.registry import ablated

    texts = _texts(args.texts, args.limit)
    nlp = load_model()
    list(nlp.pipe(texts[:2]))  # warm up
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - start
    on = off = float("inf")
    for _ in range(args.repeat):  # interleaved, best of N: fair under background load
        on = min(on, _extract(docs, args.open_ie))
        with ablated(args.rules):
            off = min(off, _extract(docs, args.open_ie))
    view = "Open IE view" if args.open_ie else "graph's rules"
    print(f"{len(docs)} documents, {sum(len(d) for d in docs):,} tokens; {view}; best of {args.repeat}\n")
    print("| run | seconds | share of the parse |\n| --- | ---: | ---: |")
    print(f"| bare nlp.pipe (parse) | {parse:.2f} | 1.000 |")
    print(f"| all rules | {on:.2f} | {on / parse:.3f} |")
    print(f"| without {', '.join(args.rules)} | {off:.2f} | {off / parse:.3f} |")
    print(f"| {', '.join(args.rules)} | {on - off:+.3f} | {(on - off) / parse:+.4f} |")


if __name__ == "__main__":
    main()
