"""Memory: peak RSS of ``kg extract`` and ``kg build`` on 1x, 10x and 100x a corpus.

The corpus is the seed article and our own texts (bench/extraction.py), as one JSONL file of
distinct documents. ``kg extract`` (read, parse, extract, write JSONL: kg's own streaming path)
must stay flat; ``kg build`` adds the embedded store, whose buffer manager keeps what the graph
holds in memory (LadybugDB's default pool is 80% of RAM), so it grows with the graph, not with
how the corpus is streamed. Each run is a child process whose resident set (with its children)
is sampled every 20 ms.

    python bench/memory.py --scales 1 10 100
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

from common import header, publish, table, verdict
from extraction import corpus


def peak_rss(cmd: list[str]) -> tuple[float, float]:
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
    return peak / 2**20, time.perf_counter() - start


def run(scales: list[int]) -> str:
    rows = []
    peaks = []
    kg = str(Path(sys.executable).with_name("kg"))
    with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
        for scale in scales:
            texts = corpus(scale)
            path = Path(tmp) / f"corpus-{scale}.jsonl"
            path.write_text("".join(json.dumps({"text": t, "id": f"d{n}"}) + "\n" for n, t in enumerate(texts)),
                            encoding="utf-8")
            ext_mib, ext_sec = peak_rss([kg, "extract", str(path), "-o", str(Path(tmp) / f"f{scale}.jsonl")])
            mib, sec = peak_rss([kg, "build", str(path), "--graph", str(Path(tmp) / f"g{scale}.lbug")])
            peaks.append((ext_mib, mib))
            rows.append([f"{scale}×", f"{len(texts):,}", f"{path.stat().st_size / 2**20:.1f}",
                         f"{ext_sec:.1f}", f"{ext_mib:,.0f}", f"{ext_mib / peaks[0][0]:.2f}",
                         f"{sec:.1f}", f"{mib:,.0f}", f"{mib / peaks[0][1]:.2f}"])
    flat = peaks[-1][0] <= 1.25 * peaks[0][0]
    text = header("Memory of kg extract and kg build", "spacy", "ladybug")
    text += table(["corpus", "documents", "MiB of text", "extract s", "extract peak RSS MiB", "× 1×",
                   "build s", "build peak RSS MiB", "× 1×"], rows) + "\n\n"
    text += (f"- peak RSS of the streaming pipeline (kg extract) flat, largest ≤ 1.25× smallest: {verdict(flat)}; "
             f"kg build flat {verdict(peaks[-1][1] <= 1.25 * peaks[0][1])} ({peaks[-1][1] / peaks[0][1]:.2f}×: it grows with "
             "the graph LadybugDB's buffer pool holds)\n")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args()
    publish(run(args.scales))


if __name__ == "__main__":
    main()
