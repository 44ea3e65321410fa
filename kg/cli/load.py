"""kg load: a facts file into a graph."""

from __future__ import annotations

import typer

from kg.cli.common import graph_option, info, progress, reporting


def load(
    facts: str = typer.Argument(..., help="Facts file from 'kg extract' (JSONL), or - for stdin."),
    graph: str = graph_option(),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip malformed facts lines (counted on stderr)."),
) -> None:
    """Load a facts file into a graph. Loading the same file twice changes nothing."""
    from kg import pipeline
    from kg.io import BadLines

    bad = BadLines()
    with reporting(), progress("loading") as step:
        summary = pipeline.load(facts, graph, progress=step, skip_bad=skip_bad, bad=bad)
    if bad.count:
        info(f"skipped {bad.count} malformed line(s); first: {bad.examples[0]}")
    unchanged = f"; {summary.unchanged} documents already in the graph, unchanged" if summary.unchanged else ""
    info(f"loaded {summary.facts} facts from {summary.documents} documents{unchanged}")


def register(app: typer.Typer) -> None:
    app.command()(load)
