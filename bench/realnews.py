"""The real folder: the facts of shared/benchmarks/bbc-news (four folders, 1,698 BBC articles).

``facts_file()`` extracts them once with ``kg extract <folders> -j 2`` (about a minute and a half)
and caches the facts file in bench/.cache/, keyed by the code and data that decide what extraction
yields, so a change to the rules re-extracts and a change to the stores does not. Everything else
here reads facts through kg's public reader, so the bench runs on any graph model.

    python bench/realnews.py            # print where the cached facts file is (extract if needed)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
FOLDERS = ("business", "entertainment", "sport", "tech")
# Extraction output depends on these (not on the stores, the model's storage side, the CLI or
# the exporters); a change of the facts-file format would also change kg/extract's output.
EXTRACTION_CODE = ("kg/extract", "kg/resolve", "kg/ingest")


def corpus() -> Path:
    """shared/benchmarks/bbc-news beside the repository (KG_BENCH_CORPUS overrides)."""
    return Path(os.environ.get("KG_BENCH_CORPUS", ROOT.parent / "shared" / "benchmarks" / "bbc-news"))


def _key(folders: list[Path]) -> str:
    digest = hashlib.sha256()
    for part in EXTRACTION_CODE:
        base = ROOT / part
        for path in sorted(base.rglob("*") if base.is_dir() else [base]):
            if path.is_file() and path.suffix in (".py", ".tsv"):
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:12]


def facts_file(processes: int = 2) -> Path:
    """The cached facts file of the four folders, extracted now if missing or stale."""
    folders = [corpus() / name for name in FOLDERS]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"bench: real corpus not found: {', '.join(missing)} (set KG_BENCH_CORPUS)")
    target = CACHE / f"bbc-news-{_key(folders)}.jsonl"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    kg = str(Path(sys.executable).with_name("kg"))
    print(f"bench: extracting {len(folders)} bbc-news folders once into {target} (-j {processes})",
          file=sys.stderr, flush=True)
    run = subprocess.run([kg, "extract", *map(str, folders), "-j", str(processes), "-o", str(target)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # 9 (E-PARTIAL): some documents were skipped after an internal error; the rest is complete.
    if run.returncode not in (0, 9) or not target.exists():
        raise SystemExit(f"bench: kg extract failed ({run.returncode}): {run.stderr[-1000:]}")
    return target


def _reader() -> Any:
    """kg's facts-file reader, wherever this version of kg keeps it."""
    try:
        from kg.io import read_jsonl  # type: ignore[attr-defined]
    except ImportError:
        from kg.pipeline import read_jsonl
    return read_jsonl


def read_extractions(path: str | Path) -> list[Any]:
    return list(_reader()(str(path)))


def describe(extractions: Iterable[Any]) -> dict[str, Any]:
    """Counts that say how a set of facts is shaped: facts, documents, distinct relation types
    (and how many occur once, and the share of facts the top 100 cover), entities."""
    relations: Counter[str] = Counter()
    entities: set[str] = set()
    documents = 0
    for ex in extractions:
        documents += 1
        for fact in ex.facts:
            relations[fact.relation] += 1
            entities.add(fact.subject.id)
            entities.add(fact.object.id)
    facts = sum(relations.values())
    top = sum(n for _, n in relations.most_common(100))
    return {"facts": facts, "documents": documents, "relation_types": len(relations),
            "types_once": sum(1 for n in relations.values() if n == 1),
            "top100_share": top / facts if facts else 0.0, "entities": len(entities)}


def shape(info: dict[str, Any]) -> str:
    """One line for a table note: the shape ``describe`` measured."""
    return (f"{info['facts']:,} facts, {info['documents']:,} documents, {info['entities']:,} entities, "
            f"**{info['relation_types']:,} relation types** ({info['types_once']:,} occur once; the top 100 "
            f"cover {info['top100_share']:.0%} of facts)")


def prefix(extractions: list[Any], facts: int) -> list[Any]:
    """The first documents holding about ``facts`` facts (whole documents)."""
    out, n = [], 0
    for ex in extractions:
        if n >= facts:
            break
        out.append(ex)
        n += len(ex.facts)
    return out


def main() -> None:
    path = facts_file()
    print(path)
    print(shape(describe(read_extractions(path))))


if __name__ == "__main__":
    main()
