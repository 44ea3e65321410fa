"""The ``kg`` command. One module per command, each a thin layer over :mod:`kg.pipeline`.

Only this package talks to the terminal: it prints results on stdout, one-line errors on stderr,
and maps :class:`kg.errors.KgError` to documented exit codes.
"""

from __future__ import annotations

import typer

from kg import __version__

app = typer.Typer(
    name="kg",
    help="Text in, knowledge graph out, questions answered.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or summaries."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Say what is read and written; show the cause of an error."),
) -> None:
    """kg: build a knowledge graph from news text and query it with Cypher.

    Colour is used on terminals only, and never when NO_COLOR is set."""
    from kg.cli import common

    common.QUIET = quiet
    common.VERBOSE = verbose and not quiet
    common.route_driver_logs(common.VERBOSE)


def _register() -> None:
    from kg.cli import (
        analyze,
        build,
        clear,
        console,
        explain,
        export,
        extract,
        load,
        query,
        remove,
        stats,
        viz,
    )
    from kg.cli import eval as eval_command

    for module in (extract, build, load, query, console, stats, clear, remove, export, eval_command, viz,
                   analyze, explain):
        module.register(app)


_register()


def run() -> None:
    app()
