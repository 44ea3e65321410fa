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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
LOCAL_SCRIPT = ROOT / "docker" / "neo4j-local.sh"


# The timed part of a child process that loads a facts file into a new LadybugDB graph, in one
# load (n = 0) or the first n documents one a load; the child defines facts, graph, n (and imports
# json, sys, time, open_graph and read_jsonl) before it, and prints {"cpu": s, "wall": s}.
TIMED_LOADS = r"""
extractions = list(read_jsonl(facts))
loads = [[e] for e in extractions[:n]] if n else [extractions]
with open_graph(graph, create=True) as g:
    cpu, wall = time.process_time(), time.perf_counter()
    for load in loads:
        g.load(load)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({"cpu": cpu, "wall": wall}))
"""


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
    # The load average says how much the figures are worth on a shared machine.
    return (f"### {title} — {datetime.datetime.now():%Y-%m-%d %H:%M} — {os.cpu_count()} cores, "
            f"{memory_gib():.0f} GiB, load average {os.getloadavg()[1]:.1f}, Python {platform.python_version()}, "
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


def neo4j_disk_bytes(driver: object) -> tuple[int, int] | None:
    """(store files, transaction log) bytes of the Neo4j database ``neo4j``, read from the data
    folder of the server this bench started (None for a server of the user's own). A checkpoint is
    asked for first; Community has no procedure for it, so the store files may lag the page cache
    and the transaction log holds the rest: the bench reports both."""
    with driver.session() as session, contextlib.suppress(Exception):  # type: ignore[attr-defined]
        session.run("CALL db.checkpoint()").consume()
    state = Path(os.environ.get("KG_NEO4J_STATE", "/tmp/kg-bench-neo4j")) / "state.env"
    if os.environ.get("NEO4J_URI") or not state.exists():
        return None
    env = dict(line.split("=", 1) for line in state.read_text().splitlines() if "=" in line)
    data = Path(env.get("KG_NEO4J_DATA_DIR", "/nonexistent")) / "data"

    def size(folder: Path) -> int:
        return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())

    if not (data / "databases" / "neo4j").is_dir():
        return None
    return size(data / "databases" / "neo4j"), size(data / "transactions" / "neo4j")


def embedded_bytes(path: str) -> int:
    """Bytes on disk of a LadybugDB graph: the file and whatever sits beside it (WAL, shadow)."""
    target = Path(path)
    return sum(f.stat().st_size for f in target.parent.glob(target.name + "*") if f.is_file())


def rss_mib() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


@dataclass
class Load:
    """One timed load through kg's public ``Graph.load``: what was fed, and whether all of it."""

    seconds: float = 0.0
    facts: int = 0
    documents: int = 0
    complete: bool = True
    stopped: str = ""
    loaded: list[Any] = field(default_factory=list)

    def rate(self, count: int | None = None) -> float:
        return (self.facts if count is None else count) / self.seconds if self.seconds else float("nan")

    def note(self, total: int) -> str:
        return "" if self.complete else f" (stopped after {self.facts:,} of {total:,} facts: {self.stopped})"


def staged_load(graph: Any, extractions: list[Any], budget_s: float, max_rss_mib: float = 0,
                first_chunk: int = 100) -> Load:
    """Load ``extractions`` into an open kg Graph with ``graph.load``, in calls of whole documents
    holding 100, 200, 400, ... facts, timing only the calls. Before each call the budget is
    checked: past ``budget_s`` seconds, or with this process's RSS past ``max_rss_mib`` (the old
    LadybugDB model used ~9 MB of memory per relation type), the load stops there and reports the
    rate of what it loaded: a load of real-news facts with the old model takes many minutes.
    Doubling keeps the calls few (a 1M-fact load is 14 calls), so their overhead is negligible.
    A call that fails (rolled back) ends the load too: the row says so, with the rate until then."""
    out = Load()
    chunk = first_chunk
    i = 0
    while i < len(extractions):
        if i and out.seconds > budget_s:
            out.complete, out.stopped = False, f"time budget of {budget_s:.0f} s"
            break
        if i and max_rss_mib and rss_mib() > max_rss_mib:
            out.complete, out.stopped = False, f"memory budget of {max_rss_mib:,.0f} MiB RSS"
            break
        part, n = [], 0
        while i < len(extractions) and n < chunk:
            part.append(extractions[i])
            n += len(extractions[i].facts)
            i += 1
        start = time.perf_counter()
        try:
            graph.load(part)
        except Exception as exc:  # a failing load is a result: report it, with what loaded before
            out.complete, out.stopped = False, f"load failed: …{str(exc).splitlines()[0][-90:]}"
            break
        out.seconds += time.perf_counter() - start
        out.facts += n
        out.documents += len(part)
        out.loaded.extend(part)
        chunk *= 2
    return out


def own_work_seconds(extractions: list[Any]) -> float:
    """Seconds of what ``Graph.load`` does in Python before any store is involved: corpus
    resolution (no stored entities to look up) and the store rows of each batch, with the
    collector paused as in a load. A load can go no faster than this, whatever the store."""
    import gc

    from kg.graph import FACTS_PER_WRITE, _batches
    from kg.resolve.corpus import resolve_corpus
    from kg.stores.rows import build_rows

    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for batch in _batches(resolve_corpus(extractions), FACTS_PER_WRITE):
            build_rows(batch)
        return time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()


FORGET_DIGESTS = "MATCH (d:Document) SET d.digest = NULL"


def load_twice(graph: Any, extractions: list[Any], budget: float, max_rss: float = 0) -> dict[str, Any]:
    """Load ``extractions`` into an open kg Graph, then the same again twice: as they are (each
    document is stored with the same extraction digest, so kg skips it), and with the stored
    digests forgotten first, as in a graph written before kg kept them (every document resolved
    and written again). Counts are compared after each reload."""
    first = staged_load(graph, extractions, budget, max_rss)
    before = graph.stats()
    second = staged_load(graph, first.loaded, float("inf"))
    after_second = graph.stats()
    graph.query(FORGET_DIGESTS, write=True)
    full = staged_load(graph, first.loaded, float("inf"))
    after_full = graph.stats()
    return {"first": first, "second": second, "full": full, "stats": before,
            "changed": before != after_second, "full_changed": before != after_full}


def reload_rows(run: dict[str, Any], columns: int) -> list[list[object]]:
    """The two reload rows of a load table whose fourth column from the end is the ratio."""
    first = run["first"]
    pad = [""] * (columns - 6)
    rows = []
    for key, flag, label in (("second", "changed", "same facts again"),
                             ("full", "full_changed", "same facts again, digests forgotten (all resolved and written)")):
        load = run[key]
        rows.append([f"kg load, {label} ({'changed the graph!' if run[flag] else 'graph unchanged'})", "",
                     f"{load.seconds:.1f}", f"{load.rate():,.0f}", "", f"{load.seconds / first.seconds:.2f}× first",
                     *pad])
    return rows


def budget_s() -> float:
    """Seconds a load row may take before it stops (KG_BENCH_BUDGET, set by run.py)."""
    return float(os.environ.get("KG_BENCH_BUDGET", "600"))


def max_rss_mib() -> float:
    """RSS past which a load row stops (KG_BENCH_MAX_RSS_MIB): the machine is shared."""
    return float(os.environ.get("KG_BENCH_MAX_RSS_MIB", "6144"))


def wipe_neo4j(driver: object) -> None:
    """Delete everything, in chunks (a million relationships do not fit one transaction)."""
    with driver.session() as session:  # type: ignore[attr-defined]
        # Relationships first: one hub node can hold more of them than a transaction may delete.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
