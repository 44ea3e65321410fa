"""kg query: run Cypher, print rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from kg.cli.common import OutputFormat, format_option, graph_option, render, reporting
from kg.errors import InputError


def parse_parameter(text: str) -> tuple[str, Any]:
    """``name=value``; the value is JSON when it parses as JSON (42, true, ["a"]), else a string."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise InputError(f"parameter {text!r} is not name=value")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return name.strip(), value


def read_query(text: str) -> str:
    """The query itself, or the contents of a .cypher file."""
    if text.endswith((".cypher", ".cql")):
        path = Path(text)
        if not path.is_file():
            raise InputError(f"{text}: no such query file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not text.strip():
        raise InputError("empty query")
    return text


def query(
    cypher: str = typer.Argument(..., help="A Cypher query, or a .cypher file."),
    param: list[str] = typer.Option([], "--param", "-p", help="Query parameter name=value (repeatable)."),
    graph: str = graph_option(),
    fmt: OutputFormat = format_option(),
    write: bool = typer.Option(False, "--write", help="Allow the query to change the graph."),
) -> None:
    """Run a Cypher query. Read-only unless --write is given."""
    from kg import pipeline

    with reporting():
        params = dict(parse_parameter(p) for p in param)
        text = read_query(cypher)
        with pipeline.open_graph(graph, read_only=not write) as g:
            result = g.query(text, params, write=write)
        typer.echo(render(result.columns, result.rows, fmt))


def register(app: typer.Typer) -> None:
    app.command()(query)
