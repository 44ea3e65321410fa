"""One huge single-line document: time and peak RSS of ``kg extract`` as it grows.

The document is real news text (the BBC business articles of shared/benchmarks, joined into one
line with no line breaks), cut to each size. kg reads it in 2,000-character pieces and resolves
it in 100,000-character parts, so time should grow linearly and memory stay near flat. Printed
as ratios to the smallest size.

    python bench/big_document.py --sizes 100000 200000 400000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory import peak_rss

BBC = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bbc-news" / "business"


def one_line(size: int) -> str:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.glob("*.txt"))]
    line = " ".join(" ".join(t.split()) for t in texts)
    return (line * (size // len(line) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100_000, 200_000, 400_000])
    args = parser.parse_args()
    kg = str(Path(sys.executable).with_name("kg"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-big-") as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"one-line-{size}.txt"
            path.write_text(one_line(size) + "\n", encoding="utf-8")
            mib, sec = peak_rss([kg, "-q", "extract", str(path), "-o", str(Path(tmp) / "facts.jsonl")])
            rows.append((size, sec, mib))
    base_size, base_sec, base_mib = rows[0]
    print("| characters | seconds | peak RSS (MiB) | size ratio | time ratio | memory ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, sec, mib in rows:
        print(f"| {size:,} | {sec:.1f} | {mib:.0f} | {size / base_size:.1f}x | {sec / base_sec:.2f}x | "
              f"{mib / base_mib:.2f}x |")


if __name__ == "__main__":
    main()
