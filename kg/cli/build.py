"""kg build: extract and load in one go."""

from __future__ import annotations

import enum
from typing import Any

import typer

from kg.cli.common import Skipped, graph_option, info, keep_going_option, progress, reporting, strict_option


class Executor(enum.StrEnum):
    local = "local"
    dask = "dask"


def executor_option() -> Any:
    return typer.Option(Executor.local, "--executor",
                        help="local: this machine (-j worker processes); dask: Dask distributed "
                             "(pip install 'kg[dask]').")


def scheduler_option() -> Any:
    return typer.Option("local", "--scheduler",
                        help="With --executor dask: a scheduler address (tcp://host:8786), or local "
                             "for a LocalCluster of -j workers.")


def partition_option() -> Any:
    return typer.Option(None, "--partition-size", min=1,
                        help="With --executor dask: documents per task [default 16].")


def shards_option() -> Any:
    return typer.Option(None, "--shards",
                        help="With --executor dask: folder the workers write JSONL shards to (must be "
                             "shared with them; kept). Default: the client writes them to a temporary folder.")


def corenlp_option() -> Any:
    return typer.Option(None, "--corenlp", envvar="KG_CORENLP_URL", metavar="URL",
                        help="Add the facts of a Stanford CoreNLP server (KBP titles, quote speakers; "
                             "docker/corenlp-local.sh starts one) [env KG_CORENLP_URL].")


def build(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    graph: str = graph_option(),
    processes: int = typer.Option(None, "--processes", "-j", min=1, help="Worker processes, each parsing and extracting whole documents [env KG_PROCESSES]."),
    executor: Executor = executor_option(),
    scheduler: str = scheduler_option(),
    partition_size: int = partition_option(),
    shards: str = shards_option(),
    strict: bool = strict_option(),
    keep_going: bool = keep_going_option(),
    corenlp: str = corenlp_option(),
) -> None:
    """Extract facts from text and load them into a graph."""
    from kg import pipeline
    from kg.ingest import count_documents

    skipped = Skipped()
    with reporting():
        with progress("building", lambda: count_documents(inputs)) as step:
            g = pipeline.build(inputs, graph, processes=processes, progress=step, executor=executor.value,
                               scheduler=scheduler, partition_size=partition_size, shard_dir=shards,
                               strict=strict, on_failure=skipped,
                               on_unreadable=skipped.unreadable if keep_going else None, corenlp=corenlp)
            with g:
                stats = g.stats()
        info(f"graph {g.graph}: {stats['entities']} entities, {stats['facts']} facts, "
             f"{stats['documents']} documents" + skipped.summary())
        skipped.check()


def register(app: typer.Typer) -> None:
    app.command()(build)
