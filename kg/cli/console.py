"""kg console: an interactive Cypher shell on a graph.

Statements may span lines and end with ``;``. Commands: ``:help``, ``:schema``, ``:stats``,
``:format table|json|csv``, ``:write on|off``, ``:quit``. History is kept in ``~/.kg_history``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

import typer

from kg.cli.common import FORMATS, error, graph_option, render, reporting
from kg.errors import KgError

HELP = """End a Cypher statement with ';' (it may span lines). Commands:
  :schema          node labels, relation types and their counts
  :stats           entity, fact and document counts
  :format FMT      table, json or csv
  :write on|off    allow statements that change the graph (off by default)
  :help            this text
  :quit            leave (or Ctrl-D)"""



def _history() -> None:
    try:
        import readline
    except ImportError:  # not on every platform
        return
    path = Path(os.environ.get("KG_HISTORY", Path.home() / ".kg_history"))
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    import atexit

    atexit.register(lambda: _save_history(readline, path))


def _save_history(readline: Any, path: Path) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(path)


def console(graph: str = graph_option()) -> None:
    """Interactive Cypher shell: statements end with ';', :help lists commands."""
    from kg import pipeline

    interactive = sys.stdin.isatty()
    if interactive:
        _history()
    state = {"format": "table", "write": False}
    with reporting(), pipeline.open_graph(graph) as g:
        if interactive:
            typer.echo(f"kg console on {g.graph}. :help for help, :quit to leave.")
        buffer: list[str] = []
        while True:
            try:
                line = input("kg> " if not buffer else "... ") if interactive else sys.stdin.readline()
            except EOFError:
                break
            if not interactive and line == "":
                break
            line = line.rstrip("\n")
            if not buffer and line.strip().startswith(":"):
                if not _command(line.strip(), g, state):
                    break
                continue
            buffer.append(line)
            if line.rstrip().endswith(";"):
                statement = "\n".join(buffer).rstrip().rstrip(";")
                buffer = []
                if statement.strip():
                    _run(g, statement, state)
        # Input ended in the middle of a statement (no closing ';'): run it rather than drop it.
        statement = "\n".join(buffer).rstrip().rstrip(";")
        if statement.strip():
            _run(g, statement, state)


def _run(g: Any, statement: str, state: dict[str, Any]) -> None:
    try:
        result = g.query(statement, write=state["write"])
    except KgError as exc:
        error(f"{exc.message} [{exc.code}]")
        return
    typer.echo(render(result.columns, result.rows, state["format"]))


def _command(line: str, g: Any, state: dict[str, Any]) -> bool:
    name, _, arg = line.partition(" ")
    arg = arg.strip()
    if name in (":quit", ":exit", ":q"):
        return False
    if name == ":help":
        typer.echo(HELP)
    elif name == ":schema":
        _run(g, g.store.SCHEMA_QUERY, state)
    elif name == ":stats":
        counts = g.stats()
        typer.echo(render(list(counts), [list(counts.values())], state["format"]))
    elif name == ":format" and arg in FORMATS:
        state["format"] = arg
    elif name == ":write" and arg in ("on", "off"):
        state["write"] = arg == "on"
    else:
        error(f"unknown command {line!r}; :help lists the commands")
    return True


def register(app: typer.Typer) -> None:
    app.command()(console)
