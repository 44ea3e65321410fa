"""kg extract: documents in, facts file (JSONL) out."""

from __future__ import annotations

import sys

import typer

from kg.cli.common import info, progress, reporting


def extract(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Facts file to write; - for stdout."),
    processes: int = typer.Option(None, "--processes", "-j", min=1, help="Parser processes [env KG_PROCESSES]."),
) -> None:
    """Extract facts from text and write them as JSONL (a document line, then its facts)."""
    from kg import pipeline

    with reporting(), progress("extracting") as step:
        extractions = pipeline.extract(inputs, processes=processes, progress=step)
        if output == "-":
            summary = pipeline.write_jsonl(extractions, sys.stdout)
        else:
            summary = pipeline.write_jsonl_file(extractions, output)
    info(f"{summary.facts} facts from {summary.documents} documents")


def register(app: typer.Typer) -> None:
    app.command()(extract)
