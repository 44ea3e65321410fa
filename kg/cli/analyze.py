"""kg analyze: degree, PageRank and communities (networkx); --write stores them on the entities."""

from __future__ import annotations

import typer

from kg.cli.common import debug, format_option, graph_option, info, render, reporting


def analyze(
    facts: str = typer.Argument(None, metavar="INPUT", show_default=False,
                                help="Facts file from 'kg extract' (JSONL) to analyse instead of a graph."),
    graph: str = graph_option(),
    write: bool = typer.Option(False, "--write", help="Store degree, pagerank and community on the graph's entities."),
    top: int = typer.Option(20, "--top", "-n", min=0, help="Rows to print (0: none)."),
    fmt: str = format_option(),
) -> None:
    """Rank entities by PageRank and degree, find communities; --write saves them as node properties."""
    from kg.analytics import analyze as scores_of
    from kg.analytics import ranking, to_networkx, write_scores

    if facts is not None and graph is not None:
        raise typer.BadParameter("give a facts file (INPUT) or --graph, not both", param_hint="INPUT")
    if facts is not None and write:
        raise typer.BadParameter("--write needs a graph (--graph), not a facts file", param_hint="'--write'")
    with reporting():
        if facts is not None:
            G = to_networkx(facts)
            scores = scores_of(G)
            written = 0
        else:
            from kg import pipeline

            with pipeline.open_graph(graph, read_only=not write) as g:
                debug(f"reading graph {g.graph}")
                G = to_networkx(g)
                scores = scores_of(G)
                written = write_scores(g, scores) if write else 0
        rows = ranking(G, scores)[:top]
    columns = ["entity", "type", "pagerank", "degree", "community"]
    if rows:
        typer.echo(render(columns, [[r["entity"], r["type"], round(r["pagerank"], 4), r["degree"],
                                     r["community"]] for r in rows], fmt))
    found = len(set(s.community for s in scores.values()))
    info(f"analysed {len(scores)} entities and {G.number_of_edges()} facts: {found} communities"
         + (f"; wrote degree, pagerank and community on {written} entities" if write else ""))


def register(app: typer.Typer) -> None:
    app.command()(analyze)
