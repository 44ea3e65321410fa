"""How much sending documents to CoreNLP side by side saves (``--corenlp``; a measurement).

``kg.extract.corenlp.CoreNLPEngine.read`` keeps up to two documents at the server at once (its
worker threads read them side by side). This runs the same real news articles through it one document at
a time (the baseline: how ``--corenlp`` worked before) and two at a time, alternating the two for
``--rounds`` rounds on the same server, and prints the median wall time of each and their ratio.
Only the CoreNLP part is timed (asking the server and reading its answer), not kg's own.

    docker/corenlp-local.sh start          # prints KG_CORENLP_URL=...
    python bench/corenlp_speed.py --url $KG_CORENLP_URL [--folder tech --count 16 --rounds 3]

The two runs' documents, in order, with the coref chains of CoreNLP's answer to each, are compared
too: they must be the same.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.extract.corenlp import CoreNLPEngine, annotate
from kg.model import Document
from kg.pipeline import documents

BBC = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bbc-news"


def timed(docs: list[Document], url: str, workers: int) -> tuple[float, list[tuple[str, object]]]:
    start = time.perf_counter()
    out = list(CoreNLPEngine(url, workers=workers).read(docs))
    # each document in the order read, with the coref chains of the answer it was given
    return time.perf_counter() - start, [(d.id, d.chains) for d in out]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--bbc", type=Path, default=BBC)
    parser.add_argument("--folder", default="tech")
    parser.add_argument("--count", type=int, default=16)
    parser.add_argument("--skip", type=int, default=200, help="start at this file of the folder (sorted)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    paths = sorted((args.bbc / args.folder).glob("*.txt"))[args.skip:args.skip + args.count]
    docs = list(documents([str(p) for p in paths]))
    annotate(args.url, docs[0].text)  # load the models before any timing
    times: dict[int, list[float]] = {1: [], 2: []}
    outputs: dict[int, object] = {}
    for _ in range(args.rounds):
        for workers in (1, 2):
            seconds, outputs[workers] = timed(docs, args.url, workers)
            times[workers].append(seconds)
    one, two = statistics.median(times[1]), statistics.median(times[2])
    print(f"{len(paths)} {args.folder} articles, {args.rounds} rounds alternating; CoreNLP part only")
    print(f"one document at a time (baseline): median {one:.1f} s  runs {', '.join(f'{t:.1f}' for t in times[1])}")
    print(f"two at a time:                      median {two:.1f} s  runs {', '.join(f'{t:.1f}' for t in times[2])}")
    print(f"ratio two/one: {two / one:.2f} (speed-up {one / two:.2f}x); same documents and chains: {outputs[1] == outputs[2]}")


if __name__ == "__main__":
    main()
