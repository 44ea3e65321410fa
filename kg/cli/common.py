"""What every command shares: error reporting, options, output formats, progress."""

from __future__ import annotations

import contextlib
import csv
import enum
import io
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import typer

from kg.errors import KgError

QUIET = False
VERBOSE = False

GRAPH_HELP = "Graph: a bolt:// or neo4j:// URI, or a LadybugDB path [env KG_GRAPH; default kg.lbug]."


def graph_option() -> Any:
    return typer.Option(None, "--graph", "-g", help=GRAPH_HELP, show_default=False)


def error(message: str) -> None:
    from kg.config import redact

    typer.echo(redact(f"kg: error: {message}"), err=True)


@contextlib.contextmanager
def reporting() -> Iterator[None]:
    """Turn kg's errors into one line on stderr and their exit code; tracebacks are for bugs."""
    try:
        yield
    except KgError as exc:
        if VERBOSE and (exc.__cause__ or exc.__context__):
            cause = exc.__cause__ or exc.__context__
            from kg.config import redact

            typer.echo(redact("".join(traceback.format_exception(cause)).rstrip()), err=True)
        error(f"{exc.message} [{exc.code}]")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        error("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        raise typer.Exit(0) from None


def route_driver_logs(verbose: bool) -> None:
    """The Neo4j driver logs retries and lost connections as warnings, which Python prints raw on
    stderr when no handler is set. kg says one line per error: the driver's own lines are shown
    with ``--verbose`` only, marked as its, and dropped otherwise."""
    global _driver_handler
    logger = logging.getLogger("neo4j")
    if _driver_handler is not None:
        logger.removeHandler(_driver_handler)
    if verbose:
        _driver_handler = logging.StreamHandler(sys.stderr)
        _driver_handler.setFormatter(_RedactingFormatter("kg: neo4j driver: %(message)s"))
        _driver_handler.setLevel(logging.WARNING)
    else:
        _driver_handler = logging.NullHandler()
    logger.addHandler(_driver_handler)
    logger.propagate = False


_driver_handler: logging.Handler | None = None


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        from kg.config import redact

        return redact(super().format(record))


def warn(message: str) -> None:
    typer.echo(f"kg: warning: {message}", err=True)


def keep_going_option() -> Any:
    return typer.Option(False, "--keep-going",
                        help="Skip files that cannot be read (binary, not UTF-8, empty, no permission) with "
                             "a warning, instead of refusing the whole run; the run then ends with exit 9.")


def strict_option() -> Any:
    return typer.Option(False, "--strict",
                        help="Stop at the first document kg fails to extract (exit 10) instead of "
                             "skipping it (the run then ends with exit 9: partial).")


class Skipped:
    """Documents a run skipped: each is warned about as it happens, and the run ends partial."""

    def __init__(self) -> None:
        self.count = 0
        self.files = 0  # unreadable files left out with --keep-going

    def __call__(self, failure: Any) -> None:
        self.count += 1
        warn(f"{failure.message()} [E-EXTRACT]; document skipped")

    def unreadable(self, exc: KgError) -> None:
        self.files += 1
        warn(f"{exc.message} [{exc.code}]; file skipped (--keep-going)")

    def summary(self) -> str:
        """What was skipped, for the end of a summary line ("" when nothing)."""
        parts = ([f"{self.count} skipped"] if self.count else []) + (
            [f"{self.files} unreadable file(s) skipped"] if self.files else [])
        return "".join(f"; {part}" for part in parts)

    def check(self) -> None:
        """Raise :class:`~kg.errors.PartialError` when anything was skipped."""
        from kg.errors import PartialError

        if self.count:
            raise PartialError(f"{self.count} document(s) skipped (internal extraction errors, reported "
                               "above); the rest was written")
        if self.files:
            raise PartialError(f"{self.files} unreadable file(s) skipped (--keep-going, reported above); "
                               "the rest was written")


def info(message: str) -> None:
    from kg.config import redact

    if not QUIET:
        typer.echo(redact(message), err=True)


def debug(message: str) -> None:
    """Detail for ``--verbose``: what is read and written, and where."""
    from kg.config import redact

    if VERBOSE and not QUIET:
        typer.echo(redact(f"kg: {message}"), err=True)


def color_enabled(stream: Any = None) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set to anything non-empty
    (https://no-color.org); ``FORCE_COLOR`` turns it on elsewhere, as rich does."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


class _Bar:
    """The progress callback on a terminal: ``step(documents)`` or ``step(documents, facts)``.

    The facts count is optional, so a caller that reports documents only keeps working.
    """

    def __init__(self, bar: Any, task: Any) -> None:
        self.bar = bar
        self.task = task
        self.facts = 0
        self.started = time.monotonic()

    def __call__(self, documents: int, facts: int | None = None) -> None:
        if facts is not None:
            self.facts = facts
        elapsed = time.monotonic() - self.started
        rate = f"{documents / elapsed:.1f}" if elapsed > 0 else "-"
        self.bar.update(self.task, completed=documents, facts=f"{self.facts:,}", rate=rate)


@contextlib.contextmanager
def progress(label: str, total: Callable[[], int | None] | None = None) -> Iterator[Any]:
    """A callback that advances a progress bar on a terminal (documents done of ``total()`` when
    known, facts, documents/s, time left), and does nothing when stderr is piped or with --quiet.

    The bar is transient: when the work is done, the command's own summary line is all that stays.
    """
    if QUIET or not sys.stderr.isatty():
        yield lambda documents, facts=None: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("documents · {task.fields[facts]} facts · {task.fields[rate]} documents/s · ETA"),
               TimeRemainingColumn())
    console = Console(stderr=True, no_color=not color_enabled(sys.stderr))
    with Progress(*columns, console=console, transient=True) as bar:
        yield _Bar(bar, bar.add_task(label, total=total() if total else None, facts="0", rate="-"))


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def render(columns: list[str], rows: list[list[Any]], fmt: str) -> str:
    """Rows as a table, a JSON array of objects, or CSV."""
    fmt = getattr(fmt, "value", fmt)
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        return buf.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    out = io.StringIO()
    Console(file=out, width=max(80, min(160, 20 * len(columns))), no_color=True,
            force_terminal=False).print(table)
    return out.getvalue().rstrip("\n")


FORMATS = ("table", "json", "csv")


class OutputFormat(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def format_option() -> Any:
    return typer.Option(OutputFormat.table, "--format", "-f",
                        help="Output: table, json (an array of row objects) or csv.")
