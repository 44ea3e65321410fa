"""kg export: a facts file or a graph as RDF (N-Quads, N-Triples, Turtle, TriG, JSON-LD), as GraphML or
GEXF (networkx), or as CSV files for ``neo4j-admin database import`` (neo4j-csv)."""

from __future__ import annotations

import typer

from kg.cli.common import info, reporting


def export(
    facts: str = typer.Argument(None, metavar="INPUT", show_default=False,
                                help="Facts file from 'kg extract' (JSONL), or - for stdin."),
    graph: str = typer.Option(None, "--graph", "-g", show_default=False,
                              help="Export this graph instead of a facts file: a bolt:// or neo4j:// URI, or a LadybugDB path."),
    fmt: str = typer.Option(None, "--format", "-f", show_default=False,
                            help="nq, nt, ttl, trig, jsonld, graphml, gexf or neo4j-csv [default: from the -o file name, else nq]."),
    output: str = typer.Option("-", "--output", "-o", help="Output file, or - for stdout (neo4j-csv: a folder)."),
    base_iri: str = typer.Option(None, "--base-iri", show_default=False,
                                 help="Base of the IRIs kg mints [default: https://kg.example/]."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip malformed facts lines (counted on stderr)."),
    to: str = typer.Option(None, "--to", show_default=False,
                           help="Push the RDF into a running triple store instead: its SPARQL Graph Store "
                                "endpoint (Fuseki: http://HOST:3030/DATASET/data) [credentials: "
                                "KG_SPARQL_USERNAME, KG_SPARQL_PASSWORD]."),
) -> None:
    """Export facts as RDF, GraphML, GEXF or neo4j-admin CSV, or push them into a triple store (--to).
    RDF output is sorted: same input, same bytes."""
    from kg.errors import InputError
    from kg.export import DEFAULT_BASE_IRI, FORMATS, check_format, export, format_for_path
    from kg.export.graphs import EXTENSIONS, GRAPH_FORMATS, check_graph_format

    if facts is None and graph is None:
        raise typer.BadParameter("give a facts file (INPUT) or --graph to export", param_hint="INPUT")
    if facts is not None and graph is not None:
        raise typer.BadParameter("give a facts file (INPUT) or --graph, not both", param_hint="INPUT")
    if to is not None:
        if fmt is not None or output != "-":
            raise typer.BadParameter("--to pushes into a store: give it without --format and --output",
                                     param_hint="'--to'")
        _push(facts, graph, to, base_iri or DEFAULT_BASE_IRI, skip_bad)
        return
    graph_format = check_graph_format(fmt) if fmt is not None else EXTENSIONS.get(
        "." + output.rsplit(".", 1)[-1].lower() if output and "." in output else "")
    if graph_format is not None:
        _export_graph(facts, graph, graph_format, output)
        return
    try:
        name = check_format(fmt) if fmt is not None else (format_for_path(output) or "nq")
    except InputError:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of: {', '.join((*FORMATS, *GRAPH_FORMATS))}",
                                 param_hint="'--format'") from None
    with reporting():
        summary = export(facts, graph=graph, fmt=name, output=output,
                         base_iri=base_iri or DEFAULT_BASE_IRI, skip_bad=skip_bad)
    bad = summary.bad_lines
    if bad.count:
        info(f"skipped {bad.count} malformed line(s); first: {bad.examples[0]}")
    where = "stdout" if output in (None, "-") else output
    info(f"exported {summary.facts} facts ({summary.negated} negated) from {summary.documents} documents: "
         f"{summary.triples} {'quads' if name in ('nq', 'trig', 'jsonld') else 'triples'} as {name} to {where}")


def _push(facts: str | None, graph: str | None, url: str, base_iri: str, skip_bad: bool) -> None:
    from kg.export.push import Endpoint, push
    from kg.export.sources import BadLines

    bad = BadLines()
    with reporting():
        summary = push(facts, graph=graph, url=url, base_iri=base_iri, skip_bad=skip_bad, bad=bad)
    if bad.count:
        info(f"skipped {bad.count} malformed line(s); first: {bad.examples[0]}")
    retried = f", {summary.retries} retried" if summary.retries else ""
    info(f"pushed {summary.facts} facts from {summary.documents} documents: {summary.triples} triples in "
         f"{summary.graphs} graphs ({summary.requests} requests{retried}) to {Endpoint.parse(url).url}")


def _export_graph(facts: str | None, graph: str | None, fmt: str, output: str) -> None:
    from kg.export.graphs import export_graph

    if fmt == "neo4j-csv" and output in (None, "-"):
        raise typer.BadParameter("neo4j-csv writes a folder of CSV files: give it with -o DIR",
                                 param_hint="'--output'")
    with reporting():
        summary = export_graph(facts, graph=graph, fmt=fmt, output=output)
    where = "stdout" if output in (None, "-") else output
    info(f"exported {summary.entities} entities, {summary.facts} facts, {summary.documents} documents and "
         f"{summary.mentions} mentions as {fmt} to {where}")


def register(app: typer.Typer) -> None:
    app.command()(export)
