"""kg clear: empty a graph."""

from __future__ import annotations

import typer

from kg.cli.common import graph_option, info, reporting


def clear(
    graph: str = graph_option(),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete every kg entity, document and fact from a graph."""
    from kg import pipeline

    with reporting():
        if not yes:
            typer.confirm("Delete everything kg wrote to this graph?", abort=True)
        with pipeline.open_graph(graph) as g:
            g.clear()
    info("graph cleared")


def register(app: typer.Typer) -> None:
    app.command()(clear)
