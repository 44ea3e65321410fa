"""Shared by the bench scripts: machine facts, the results file, a Neo4j server, timing helpers."""

from __future__ import annotations

import contextlib
import datetime
import importlib.metadata
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
LOCAL_SCRIPT = ROOT / "docker" / "neo4j-local.sh"


def memory_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return float("nan")


def versions(*packages: str) -> str:
    out = []
    for name in packages:
        try:
            out.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return ", ".join(out)


def header(title: str, *packages: str) -> str:
    return (f"### {title} — {datetime.datetime.now():%Y-%m-%d %H:%M} — {os.cpu_count()} cores, "
            f"{memory_gib():.0f} GiB, Python {platform.python_version()}, "
            f"{versions('kg', *packages)}\n\n")


def table(columns: list[str], rows: list[list[object]], align: str | None = None) -> str:
    align = align or "l" + "r" * (len(columns) - 1)
    marks = ["---" if a == "l" else "---:" for a in align]
    lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join(marks) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def publish(text: str) -> None:
    """Print a result block and append it to bench/RESULTS.md."""
    print(text, flush=True)
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(text.rstrip() + "\n\n")


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


@contextlib.contextmanager
def timer() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


@contextlib.contextmanager
def neo4j_server(apoc: bool = False) -> Iterator[tuple[str, str, str]]:
    """(uri, user, password): NEO4J_URI from the environment if set, else a local server started
    (and stopped) through docker/neo4j-local.sh with its own state folder."""
    if os.environ.get("NEO4J_URI"):
        yield (os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
               os.environ.get("NEO4J_PASSWORD", ""))
        return
    env = dict(os.environ)
    env.setdefault("KG_NEO4J_STATE", "/tmp/kg-bench-neo4j")
    env.setdefault("KG_NEO4J_HEAP", "2g")
    env.setdefault("KG_NEO4J_PAGECACHE", "1g")
    env.setdefault("KG_NEO4J_TX_MEMORY", "1500m")
    env.setdefault("KG_NEO4J_GC_OPTS", "-XX:+UseParallelGC")  # full JIT: the test default is C1 only
    if apoc:
        env["KG_NEO4J_APOC"] = "1"
    run = subprocess.run(["bash", str(LOCAL_SCRIPT), "start"], env=env, capture_output=True, text=True,
                         timeout=900)
    if run.returncode != 0:
        raise RuntimeError(f"neo4j-local.sh start failed:\n{run.stderr[-2000:]}")
    values = dict(line.split("=", 1) for line in run.stdout.splitlines() if "=" in line)
    try:
        yield values["NEO4J_URI"], values["NEO4J_USERNAME"], values["NEO4J_PASSWORD"]
    finally:
        subprocess.run(["bash", str(LOCAL_SCRIPT), "stop"], env=env, capture_output=True, timeout=300)


def wipe_neo4j(driver: object) -> None:
    """Delete everything, in chunks (a million relationships do not fit one transaction)."""
    with driver.session() as session:  # type: ignore[attr-defined]
        # Relationships first: one hub node can hold more of them than a transaction may delete.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
