"""kg build: extract and load in one go."""

from __future__ import annotations

import typer

from kg.cli.common import graph_option, info, progress, reporting


def build(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    graph: str = graph_option(),
    processes: int = typer.Option(None, "--processes", "-j", min=1, help="Parser processes [env KG_PROCESSES]."),
) -> None:
    """Extract facts from text and load them into a graph."""
    from kg import pipeline

    with reporting(), progress("building") as step:
        g = pipeline.build(inputs, graph, processes=processes, progress=step)
        with g:
            stats = g.stats()
    info(f"graph {g.graph}: {stats['entities']} entities, {stats['facts']} facts, "
         f"{stats['documents']} documents")


def register(app: typer.Typer) -> None:
    app.command()(build)
