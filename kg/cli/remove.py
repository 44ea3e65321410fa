"""kg remove: take one document's contribution out of a graph."""

from __future__ import annotations

import typer

from kg.cli.common import graph_option, info, reporting
from kg.errors import InputError


def remove(
    document: str = typer.Argument(..., help="A document id, or the file the document came from."),
    graph: str = graph_option(),
) -> None:
    """Remove a document: facts only it supported go, the others lose its provenance."""
    from kg import pipeline

    with reporting(), pipeline.open_graph(graph) as g:
        counts = g.remove(document)
        if not counts["documents"]:
            raise InputError(f"{document}: no such document in the graph")
    info(f"removed {counts['facts_removed']} facts, kept {counts['facts_kept']} with other support, "
         f"removed {counts['entities_removed']} entities")


def register(app: typer.Typer) -> None:
    app.command()(remove)
