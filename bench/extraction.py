"""Extraction throughput: kg's pipeline (ingest -> extract -> resolve) against bare spaCy.

Both sides parse the same texts with the same model in the same run: the baseline is
``nlp.pipe`` of each whole text (the model kg loads, every component it loads, batch size 64),
kg's side is ``make_document`` and ``extract_documents`` on one process. The measure is the CPU
time of this process (``time.process_time``), which other sessions on a shared machine disturb far
less than wall-clock time. The two sides alternate, A B then B A, for ``--repeat`` pairs after one
warm-up pair; each pair gives a ratio (bare seconds / kg seconds: kg's throughput as a share of bare
spaCy's), and the table shows the median ratio with its spread (min-max and quartiles).

Two corpora: ``default`` (the seed and our own texts, numbered copies) and ``bbc`` (the first
``--articles``/4 articles of each of shared/benchmarks/bbc-news's four folders). Prints markdown
tables and appends them to bench/RESULTS.md.

    python bench/extraction.py                        # both corpora, 7 pairs each
    python bench/extraction.py --corpus bbc --repeat 5 --articles 100
    python bench/extraction.py --processes 2          # also kg on two processes (wall clock)
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

OWN_TEXTS = [
    """Chancellor Olaf Brenner arrived in Vienna on Tuesday for two days of talks.
Brenner met Foreign Minister Lena Hart at the Hofburg palace.
A German delegation has arrived in Geneva for trade talks.
The small delegation is headed by Peter Vogel, a former finance minister.
Hart, the Austrian foreign minister, said Brenner would not attend the summit in Geneva.""",
    """The dockworkers' union said on Monday that talks with the port authority had collapsed.
Maria Olsen, the union's chief negotiator, told reporters the authority had refused to discuss pay.
Mayor Ken Adams urged both sides to return to the table, and the port authority declined to comment.
Shipping companies warned that the strike could cost the region millions of euros a week.""",
    """Nordic Bank raised its main interest rate to four percent on Thursday, its third rise this year.
Anna Berg, the bank's spokeswoman, said inflation was expected to fall in the spring.
Opposition leader Tomas Lind criticised the decision and called for lower rates.
Analysts at Fjord Capital had predicted the rise, citing strong wage growth.""",
]


def corpus(scale: int) -> list[str]:
    seed = (ROOT / "seeds" / "000_93302ee20f98648d.txt").read_text(encoding="utf-8")
    base = [seed, *OWN_TEXTS]
    # Distinct documents (a numbered sentence in each) so nothing is cached or de-duplicated.
    return [f"Report number {n}.\n{text}" for n in range(scale) for text in base]


def bbc_corpus(articles: int) -> list[str]:
    """The first articles (by file name) of each bbc-news folder, as many from each."""
    from realnews import FOLDERS
    from realnews import corpus as bbc

    per_folder = max(1, articles // len(FOLDERS))
    return [p.read_text(encoding="utf-8") for folder in FOLDERS
            for p in sorted((bbc() / folder).glob("*.txt"))[:per_folder]]


@functools.lru_cache(maxsize=1)
def shipped_model() -> Any:
    """The model kg loads, as spaCy ships it (kg.extract.nlp.load_model changes how one of its
    components matches, not what it annotates: the baseline is spaCy's own)."""
    import spacy

    from kg.extract.nlp import load_model

    meta = load_model().meta
    return spacy.load(f"{meta['lang']}_{meta['name']}")


def bare_spacy(texts: list[str], processes: int = 1) -> int:
    nlp = shipped_model()
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=64, n_process=processes))


def kg_pipeline(texts: list[str], processes: int = 1) -> int:
    from kg.extract import extract_documents
    from kg.ingest import make_document

    docs = [make_document(t, f"bench-{n}") for n, t in enumerate(texts)]
    return sum(len(e.facts) for e in extract_documents(docs, processes=processes))


def timed(run: Callable[[], int]) -> tuple[float, float, int]:
    """CPU seconds of this process, wall seconds, and what the run counted."""
    gc.collect()  # the previous run's garbage is not this run's cost
    cpu, wall = time.process_time(), time.perf_counter()
    count = run()
    return time.process_time() - cpu, time.perf_counter() - wall, count


def interleaved(texts: list[str], pairs: int) -> dict[str, list[float]]:
    """``pairs`` pairs of runs, bare spaCy and kg, in alternating order (A B, B A, ...)."""
    timed(lambda: bare_spacy(texts[:8]) + kg_pipeline(texts[:8]))  # model loaded, caches warm
    out: dict[str, list[float]] = {"bare_cpu": [], "kg_cpu": [], "bare_wall": [], "kg_wall": [],
                                   "tokens": [], "facts": []}
    for n in range(pairs):
        order = ("bare", "kg") if n % 2 == 0 else ("kg", "bare")
        for side in order:
            cpu, wall, count = timed(lambda side=side: bare_spacy(texts) if side == "bare" else kg_pipeline(texts))
            out[f"{side}_cpu"].append(cpu)
            out[f"{side}_wall"].append(wall)
            out["tokens" if side == "bare" else "facts"].append(count)
    return out


def spread(ratios: list[float]) -> str:
    q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
    return (f"**{statistics.median(ratios):.3f}** (min {min(ratios):.3f}, quartiles {q[0]:.3f}-{q[2]:.3f}, "
            f"max {max(ratios):.3f})")


def table(name: str, texts: list[str], runs: dict[str, list[float]]) -> str:
    cpu = [b / k for b, k in zip(runs["bare_cpu"], runs["kg_cpu"], strict=True)]
    wall = [b / k for b, k in zip(runs["bare_wall"], runs["kg_wall"], strict=True)]
    tokens, facts = int(runs["tokens"][0]), int(runs["facts"][0])
    med = statistics.median
    rows = [
        ("bare spaCy nlp.pipe, 1 process", med(runs["bare_cpu"]), med(runs["bare_wall"]), "1 (baseline)", "1"),
        ("kg extract, 1 process", med(runs["kg_cpu"]), med(runs["kg_wall"]), spread(cpu), f"{med(wall):.3f}"),
    ]
    verdict = "met" if med(cpu) >= 0.9 else "**missed**"
    return (f"{name}: {len(texts)} documents, {tokens:,} tokens, {facts:,} facts; {len(cpu)} interleaved pairs "
            "(A B, B A, ...), after one warm-up.\n\n"
            "| run | CPU s (median) | wall s (median) | throughput ratio by CPU time, median (spread) "
            "| by wall clock, median |\n| --- | ---: | ---: | --- | ---: |\n"
            + "\n".join(f"| {r} | {c:.2f} | {w:.2f} | {rc} | {rw} |" for r, c, w, rc, rw in rows)
            + f"\n\n- kg on one process ≥ 0.9× bare spaCy by CPU time: {verdict} ({med(cpu):.3f})\n")


def two_processes(texts: list[str], pairs: int) -> str:
    """kg on two processes against kg on one, by wall clock (CPU time of one process cannot see
    the workers), best of ``pairs``."""
    one = two = float("inf")
    for _ in range(pairs):
        one = min(one, timed(lambda: kg_pipeline(texts, 1))[1])
        two = min(two, timed(lambda: kg_pipeline(texts, 2))[1])
    verdict = "met" if one / two >= 1.8 else "**missed**"
    return (f"- kg on two processes: {two:.2f} s against {one:.2f} s on one, wall clock, best of {pairs}: "
            f"{one / two:.2f}× (≥ 1.8× {verdict})\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["default", "bbc", "both"], default="both")
    parser.add_argument("--scale", type=int, default=20, help="copies of the default corpus (x4 documents)")
    parser.add_argument("--articles", type=int, default=200, help="bbc-news articles, as many from each folder")
    parser.add_argument("--repeat", type=int, default=7, help="interleaved pairs of runs")
    parser.add_argument("--processes", type=int, default=1, help="2: also time kg on two processes")
    parser.add_argument("--no-save", action="store_true", help="print only; do not append to bench/RESULTS.md")
    args = parser.parse_args()
    import spacy

    from kg.extract.nlp import load_model

    out = (f"### Extraction — {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC — {os.cpu_count()} cores, "
           f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}, spaCy {spacy.__version__}, "
           f"model components {', '.join(load_model().pipe_names)}\n\n")
    corpora = []
    if args.corpus in ("default", "both"):
        corpora.append((f"Default corpus (the seed and our own texts, x{args.scale})", corpus(args.scale)))
    if args.corpus in ("bbc", "both"):
        corpora.append((f"bbc-news, {args.articles} articles", bbc_corpus(args.articles)))
    print(out, end="", flush=True)
    for name, texts in corpora:
        part = table(name, texts, interleaved(texts, args.repeat))
        if args.processes > 1:
            part += two_processes(texts, min(3, args.repeat))
        print(part, flush=True)
        out += part + "\n"
    if not args.no_save:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as results:
            results.write(out)


if __name__ == "__main__":
    main()
