"""Memory: peak RSS of ``kg extract``, ``kg build`` and ``kg load``.

1. ``kg extract`` and ``kg build`` on 1x, 10x, 100x a corpus (the seed article and our own texts,
   bench/extraction.py, as one JSONL file of distinct documents): ``kg extract`` (kg's streaming
   path) must stay flat.
2. The load stage of ``kg build`` at 10k .. 1M facts: a child process streams a facts file of
   real-news-shaped synthetic facts (bench/synthetic.py) through ``Graph.load``, as ``kg build``
   streams what extraction yields (1M facts need ~47,000 articles: too long to extract here).
   ``kg build`` also holds the extractor: its peak is estimated as this peak plus the peak of
   ``kg extract`` measured in 1. Targets (issue #11): <= 1.5 GB at 1M facts, <= 1.25x from 10k.
3. ``kg load`` of the real folder's facts file (four bbc-news folders), the command as a user runs it.

Each run is a child process whose resident set (with its children) is sampled every 20 ms; it is
stopped past the bench's memory budget (KG_BENCH_MAX_RSS_MIB) or ten times its time budget
(KG_BENCH_BUDGET, at least 2 minutes): these rows measure memory, not speed.

    python bench/memory.py --scales 1 10 100 --facts 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import budget_s, header, max_rss_mib, publish, table, verdict
from extraction import corpus
from realnews import describe, facts_file, read_extractions

# The load stage of kg build: extractions streamed from a file into a new embedded graph.
STREAM_LOAD = """
import sys
sys.path.insert(0, {bench!r})
from realnews import _reader
from kg.pipeline import open_graph
with open_graph({graph!r}, create=True) as g:
    g.load(_reader()({facts!r}))
"""


def peak_rss(cmd: list[str], limit_mib: float = 0, limit_s: float = 0) -> tuple[float, float, str]:
    """Peak RSS (MiB) and seconds of a command; stopped past ``limit_mib`` or ``limit_s`` (then the
    third value says why, and the peak is a lower bound)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    stopped = ""
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        if limit_mib and peak / 2**20 > limit_mib:
            stopped = f"stopped past {limit_mib:,.0f} MiB"
        elif limit_s and time.perf_counter() - start > limit_s:
            stopped = f"stopped after {limit_s:.0f} s"
        if stopped:
            for child in ps.children(recursive=True):
                child.kill()
            proc.kill()
            proc.wait()
            break
        time.sleep(0.02)
    if not stopped and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
    return peak / 2**20, time.perf_counter() - start, stopped


def corpus_rows(scales: list[int], tmp: str) -> tuple[str, float]:
    rows = []
    peaks = []
    kg = str(Path(sys.executable).with_name("kg"))
    for scale in scales:
        texts = corpus(scale)
        path = Path(tmp) / f"corpus-{scale}.jsonl"
        path.write_text("".join(json.dumps({"text": t, "id": f"d{n}"}) + "\n" for n, t in enumerate(texts)),
                        encoding="utf-8")
        ext_mib, ext_sec, _ = peak_rss([kg, "extract", str(path), "-o", str(Path(tmp) / f"f{scale}.jsonl")])
        mib, sec, _ = peak_rss([kg, "build", str(path), "--graph", str(Path(tmp) / f"g{scale}.lbug")])
        peaks.append((ext_mib, mib))
        rows.append([f"{scale}×", f"{len(texts):,}", f"{path.stat().st_size / 2**20:.1f}",
                     f"{ext_sec:.1f}", f"{ext_mib:,.0f}", f"{ext_mib / peaks[0][0]:.2f}",
                     f"{sec:.1f}", f"{mib:,.0f}", f"{mib / peaks[0][1]:.2f}"])
    flat = peaks[-1][0] <= 1.25 * peaks[0][0]
    text = table(["corpus", "documents", "MiB of text", "extract s", "extract peak RSS MiB", "× 1×",
                  "build s", "build peak RSS MiB", "× 1×"], rows) + "\n\n"
    text += (f"- peak RSS of the streaming pipeline (kg extract) flat, largest ≤ 1.25× smallest: {verdict(flat)}; "
             f"kg build ×{peaks[-1][1] / peaks[0][1]:.2f} from {scales[0]}× to {scales[-1]}× the corpus\n\n")
    return text, max(p for p, _ in peaks)


def load_stage_rows(sizes: list[int], extract_mib: float, tmp: str) -> str:
    from synthetic import write_facts

    rows = []
    first = 0.0
    notes = []
    limit, budget = max_rss_mib(), max(budget_s() * 10, 120.0)
    for size in sizes:
        facts = Path(tmp) / f"synthetic-{size}.jsonl"
        write_facts(facts, size)
        graph = str(Path(tmp) / f"load-{size}.lbug")
        script = STREAM_LOAD.format(bench=str(Path(__file__).resolve().parent), graph=graph, facts=str(facts))
        mib, sec, stopped = peak_rss([sys.executable, "-c", script], limit, budget)
        facts.unlink()
        first = first or mib
        build = mib + extract_mib
        more = "> " if stopped else ""
        rows.append([f"{size:,} synthetic facts", f"{sec:.1f}" + (f" ({stopped})" if stopped else ""),
                     f"{more}{mib:,.0f}", "—" if stopped else f"{mib / first:.2f}", f"{more}{build:,.0f}"])
        print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
        if size >= 1_000_000:
            notes.append(f"kg build at {size:,} facts ≤ 1.5 GB (1,430 MiB) {verdict(not stopped and build <= 1430)} "
                         f"({build:,.0f} MiB, estimated)")
        if stopped:
            notes.append(f"{size:,} facts: {stopped}: the peak is a lower bound")
    if len(sizes) > 1:
        grow = rows[-1][3]
        complete = not any("stopped" in str(r[1]) for r in rows)
        notes.append(f"load stage ≤ 1.25× from {sizes[0]:,} to {sizes[-1]:,} facts "
                     f"{verdict(complete and float(grow) <= 1.25)} ({grow}×)" if complete else
                     f"load stage ≤ 1.25× from {sizes[0]:,} to {sizes[-1]:,} facts {verdict(False)} (stopped)")
    text = (f"The load stage of kg build (facts streamed from a file through Graph.load into a new LadybugDB "
            f"graph); kg build ≈ load stage + the kg extract peak above ({extract_mib:,.0f} MiB):\n\n")
    text += table(["load stage", "seconds", "peak RSS MiB", "× smallest", "kg build, estimated MiB"], rows) + "\n\n"
    return text + "\n".join(f"- {n}" for n in notes) + "\n\n"


def real_load_rows(tmp: str) -> str:
    path = facts_file()
    info = describe(read_extractions(path))
    kg = str(Path(sys.executable).with_name("kg"))
    mib, sec, stopped = peak_rss([kg, "load", str(path), "--graph", str(Path(tmp) / "real.lbug")],
                                 max_rss_mib(), max(budget_s() * 10, 120.0))
    rows = [[f"kg load, real folder: {info['facts']:,} facts, {info['documents']:,} documents",
             f"{info['relation_types']:,}", f"{sec:.1f}" + (f" ({stopped})" if stopped else ""),
             f"{'> ' if stopped else ''}{mib:,.0f}"]]
    print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    return table(["command", "relation types", "seconds", "peak RSS MiB"], rows) + "\n"


def run(scales: list[int], sizes: list[int]) -> str:
    with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
        text, extract_mib = corpus_rows(scales, tmp)
        text += load_stage_rows(sizes, extract_mib, tmp)
        text += real_load_rows(tmp)
    return header("Memory of kg extract, kg build and kg load", "spacy", "ladybug") + text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--facts", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    publish(run(args.scales, args.facts))


if __name__ == "__main__":
    main()
