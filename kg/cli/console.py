"""kg console: an interactive Cypher shell on a graph.

Statements may span lines and end with ``;``. Commands: ``:help``, ``:schema``, ``:stats``,
``:format table|json|csv``, ``:write on|off``, ``:quit``. History is kept in ``~/.kg_history``.

On a terminal the input line is a prompt_toolkit prompt: Cypher is syntax-highlighted (Pygments'
Cypher lexer; no colour when ``NO_COLOR`` is set) and Tab completes Cypher keywords, the console
commands, and the labels, relation types and property keys read from the store's schema.
"""

from __future__ import annotations

import contextlib
import os
import re
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


CYPHER_KEYWORDS = (
    "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "LIMIT", "SKIP", "AS",
    "DISTINCT", "AND", "OR", "NOT", "IN", "IS NULL", "IS NOT NULL", "CONTAINS", "STARTS WITH", "ENDS WITH",
    "CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "CASE", "WHEN", "THEN", "ELSE", "END", "DESC",
    "count", "collect", "toLower", "size", "labels", "type", "nodes", "relationships", "length",
)
COMMANDS = (":help", ":schema", ":stats", ":format", ":write", ":quit")
MODEL_PROPERTIES = ("id", "name", "type", "aliases", "source", "title", "relation", "predicate", "lemmas", "confidence",
                    "negated", "modality", "attribution", "sources", "key", "evidence", "provenance")


def schema_words(g: Any) -> dict[str, list[str]]:
    """Labels, relation types and property keys of a graph, read from its store's catalogue."""
    try:
        return g.store.catalog()  # type: ignore[no-any-return]
    except KgError:
        return {"labels": [], "types": [], "properties": sorted(MODEL_PROPERTIES)}


def make_completer(words: dict[str, list[str]]) -> Any:
    """Tab completion: ``:Label`` and ``[:TYPE`` after a colon, ``n.property`` after a dot, console
    commands at the start of a line, Cypher keywords and everything else elsewhere."""
    from prompt_toolkit.completion import Completer, Completion

    class CypherCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Any:
            text = document.text_before_cursor
            word = _WORD.search(text).group(0)  # type: ignore[union-attr]
            before = text[:len(text) - len(word)]
            if text.lstrip().startswith(":") and " " not in text.strip():
                word = text.lstrip()
                candidates: list[str] = list(COMMANDS)
            elif before.endswith(":"):
                candidates = [*words["labels"], *words["types"]]
            elif before.endswith("."):
                candidates = list(words["properties"])
            else:
                candidates = [*CYPHER_KEYWORDS, *words["labels"], *words["types"], *words["properties"]]
            lower = word.lower()
            for candidate in candidates:
                if candidate.lower().startswith(lower) and candidate != word:
                    yield Completion(candidate, start_position=-len(word))

    return CypherCompleter()


def _prompt_session(words: dict[str, list[str]]) -> Any:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory
    from prompt_toolkit.lexers import PygmentsLexer
    from pygments.lexers.graph import CypherLexer

    from kg.cli.common import color_enabled

    path = Path(os.environ.get("KG_HISTORY", Path.home() / ".kg_history"))
    history: Any = None
    with contextlib.suppress(OSError):
        path.touch(exist_ok=True)
        history = FileHistory(str(path))
    colour = color_enabled()
    return PromptSession(history=history, completer=make_completer(words), complete_while_typing=False,
                         lexer=PygmentsLexer(CypherLexer) if colour else None,
                         color_depth=None if colour else _monochrome())


def _monochrome() -> Any:
    from prompt_toolkit.output import ColorDepth

    return ColorDepth.MONOCHROME


def console(graph: str = graph_option()) -> None:
    """Interactive Cypher shell: statements end with ';', :help lists commands."""
    from kg import pipeline

    interactive = sys.stdin.isatty()
    rich_prompt = interactive and sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    if interactive and not rich_prompt:
        _history()
    state = {"format": "table", "write": False}
    with reporting(), pipeline.open_graph(graph, read_only=True) as g:
        session = _prompt_session(schema_words(g)) if rich_prompt else None
        if interactive:
            typer.echo(f"kg console on {g.graph}. :help for help, :quit to leave.")
        buffer: list[str] = []
        while True:
            prompt = "kg> " if not buffer else "... "
            try:
                if session is not None:
                    line = session.prompt(prompt)
                else:
                    line = input(prompt) if interactive else sys.stdin.readline()
            except EOFError:
                break
            except KeyboardInterrupt:
                buffer = []
                continue
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
        result = g.store.schema()
        typer.echo(render(result.columns, result.rows, state["format"]))
    elif name == ":stats":
        counts = g.stats()
        typer.echo(render(list(counts), [list(counts.values())], state["format"]))
    elif name == ":format" and arg in FORMATS:
        state["format"] = arg
    elif name == ":write" and arg in ("on", "off"):
        try:
            _reopen(g, read_only=arg == "off")
            state["write"] = arg == "on"
        except KgError as exc:  # e.g. another process writes to the graph: stay read-only
            error(f"{exc.message} [{exc.code}]")
            _reopen(g, read_only=True)
    else:
        error(f"unknown command {line!r}; :help lists the commands")
    return True


def _reopen(g: Any, *, read_only: bool) -> None:
    """The console reads with the graph opened read-only; ``:write on`` reopens it read-write."""
    from kg.stores import open_store

    g.store.close()
    g.store = open_store(g.graph, create=False, **({"read_only": True} if read_only else {}))


_WORD = re.compile(r"\w*$")


def register(app: typer.Typer) -> None:
    app.command()(console)
