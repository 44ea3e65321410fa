"""kg viz: the graph (or one entity's neighbourhood) as a self-contained, offline HTML page."""

from __future__ import annotations

import typer

from kg.cli.common import debug, info, reporting


def viz(
    facts: str = typer.Argument(None, metavar="INPUT", show_default=False,
                                help="Facts file from 'kg extract' (JSONL), or - for stdin."),
    graph: str = typer.Option(None, "--graph", "-g", show_default=False,
                              help="Draw this graph instead of a facts file: a bolt:// or neo4j:// URI, or a LadybugDB path."),
    entity: str = typer.Option(None, "--entity", "-e", show_default=False,
                               help="Only this entity (exact name, else name containing it) and its neighbours."),
    depth: int = typer.Option(1, "--depth", "-d", min=0, help="With --entity: how many facts away to go."),
    output: str = typer.Option("graph.html", "--output", "-o", help="HTML file to write."),
) -> None:
    """Draw the graph as one HTML page that works offline: types coloured, negated facts dashed."""
    from kg.config import settings
    from kg.viz import visualize

    if facts is not None and graph is not None:
        raise typer.BadParameter("give a facts file (INPUT) or --graph, not both", param_hint="INPUT")
    with reporting():
        target = graph if facts is None else None
        if facts is None:
            target = graph or settings().graph
        debug(f"reading {'facts file ' + facts if facts else 'graph ' + str(target)}")
        counts = visualize(facts, graph=target, entity=entity, depth=depth, output=output)
    info(f"drew {counts['entities']} entities and {counts['facts']} facts to {output}")


def register(app: typer.Typer) -> None:
    app.command()(viz)
