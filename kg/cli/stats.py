"""kg stats: what a graph holds."""

from __future__ import annotations

import typer

from kg.cli.common import OutputFormat, format_option, graph_option, render, reporting


def stats(graph: str = graph_option(), fmt: OutputFormat = format_option()) -> None:
    """Count entities, facts, relation types, documents and mentions."""
    from kg import pipeline

    with reporting(), pipeline.open_graph(graph, read_only=True) as g:
        counts = g.stats()
    typer.echo(render(list(counts), [list(counts.values())], fmt))


def register(app: typer.Typer) -> None:
    app.command()(stats)
