"""kg explain: which names joined an entity, by which rule, on the word of which documents."""

from __future__ import annotations

import typer

from kg.cli.common import OutputFormat, format_option, graph_option, render, reporting
from kg.errors import InputError


def explain(
    entity: str = typer.Argument(..., help="An entity id, name (any case) or alias."),
    graph: str = graph_option(),
    fmt: OutputFormat = format_option(),
) -> None:
    """Say why an entity is one node: each alias, the rule that merged it, and the documents."""
    from kg import pipeline
    from kg.resolve.explain import COLUMNS
    from kg.resolve.explain import explain as explain_entity

    with reporting(), pipeline.open_graph(graph) as g:
        found = explain_entity(g, entity)
        if not found:
            raise InputError(f"{entity}: no such entity in the graph")
    typer.echo(render(COLUMNS, [row for item in found for row in item.rows()], fmt))


def register(app: typer.Typer) -> None:
    app.command()(explain)
