"""Property-graph exports: GraphML and GEXF (via networkx), and CSV for ``neo4j-admin``.

    from kg.export.graphs import export_graph
    export_graph("facts.jsonl", fmt="graphml", output="graph.graphml")   # Gephi, yEd, Cytoscape
    export_graph(graph="g.lbug", fmt="neo4j-csv", output="import/")      # neo4j-admin database import

``neo4j-csv`` writes a folder: ``entities.csv``, ``documents.csv``, ``mentions.csv`` and
``facts.csv`` (every fact, its relation in the ``:TYPE`` column of its row, so the number of files
does not grow with the corpus), with the header rules of ``neo4j-admin database import full``
(``id:ID(Entity)``, ``:LABEL``, ``aliases:string[]`` with ``;`` between items,
``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE``, ``negated:boolean``, ``confidence:double``), and
``supports.csv``, each fact's Support node (graph model 5)::

    neo4j-admin database import full neo4j --array-delimiter=";" --multiline-fields=true \\
        --nodes=import/entities.csv --nodes=import/documents.csv \\
        --relationships=import/mentions.csv --relationships=import/facts.csv

The rows are the stores' own (:mod:`kg.stores.rows`), so the counts are those ``kg load`` gives.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.stores.rows import support_properties

GRAPH_FORMATS = ("graphml", "gexf", "neo4j-csv")
EXTENSIONS = {".graphml": "graphml", ".gexf": "gexf"}
ARRAY_DELIMITER = ";"

ENTITY_HEADER = ["id:ID(Entity)", ":LABEL", "name", "type", "aliases:string[]"]
DOCUMENT_HEADER = ["id:ID(Document)", ":LABEL", "source", "title"]
MENTION_HEADER = [":START_ID(Entity)", ":END_ID(Document)", ":TYPE"]
# A fact as kg's stores hold it (graph model 5, kg.stores.rows): the relationship with what no
# restatement changes, and its Support node (id: the fact's key) with the rest, lists as strings
# (items joined by '|', sentences and provenance records one per line).
# The key is an integer: the Support node's import id (``:ID``, not stored) and its ``id`` property
# (``long``), so ``{id: r.key}`` finds it after the import as in kg's stores.
REL_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key:long", "relation", "predicate",
              "negated:boolean"]
SUPPORT_HEADER = [":ID(Support)", "id:long", ":LABEL", "lemmas", "attribution", "sources", "confidence:double", "modality",
                  "evidence", "provenance"]


@dataclass(slots=True)
class GraphExportSummary:
    format: str
    entities: int = 0
    documents: int = 0
    facts: int = 0
    mentions: int = 0
    files: tuple[str, ...] = ()


def check_graph_format(fmt: str) -> str | None:
    name = fmt.strip().lower().replace("_", "-")
    return name if name in GRAPH_FORMATS else None


def export_graph(source: Any = None, *, graph: str | None = None, fmt: str = "graphml",
                 output: str | None = None) -> GraphExportSummary:
    """Export a facts file (``source``) or a graph store (``graph``) as GraphML, GEXF or neo4j CSV."""
    from kg.analytics import graph_rows

    name = check_graph_format(fmt)
    if name is None:
        raise InputError(f"unknown graph format {fmt!r}; choose one of: {', '.join(GRAPH_FORMATS)}")
    if name == "neo4j-csv" and output in (None, "-"):
        raise InputError("neo4j-csv writes a folder of CSV files: give it with -o DIR")
    rows = graph_rows(source, graph=graph)
    summary = GraphExportSummary(name, len(rows.entities), len(rows.documents), rows.fact_count,
                                 len(rows.mentions))
    if name == "neo4j-csv":
        summary.files = write_neo4j_csv(rows, str(output))
    else:
        _write_networkx(rows, name, output or "-")
    return summary


# -- GraphML / GEXF ------------------------------------------------------------------------------
def _flat(value: Any) -> Any:
    """GraphML and GEXF hold scalars only: lists become JSON text."""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _write_networkx(rows: Any, fmt: str, output: str) -> None:
    import networkx as nx

    from kg.analytics import rows_to_networkx
    from kg.io import atomic_output

    G = rows_to_networkx(rows, documents=True)
    plain = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        plain.add_node(n, **{k: _flat(v) for k, v in data.items() if v is not None})
    for s, o, key, data in G.edges(keys=True, data=True):
        # GEXF keeps "type" for directed/undirected: the relation type is "relation" in both formats.
        attrs = {("relation" if k == "type" else k): _flat(v) for k, v in data.items() if v is not None}
        plain.add_edge(s, o, key=key, **attrs)
    try:
        with atomic_output(output, binary=True) as out:
            if fmt == "graphml":
                nx.write_graphml(plain, out, encoding="utf-8", named_key_ids=True)
            else:
                nx.write_gexf(plain, out, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None


# -- neo4j-admin CSV -----------------------------------------------------------------------------
def _array(values: Any) -> str:
    # neo4j-admin has no escape for the array delimiter inside an item: it becomes a comma.
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in values or ())


def write_neo4j_csv(rows: Any, folder: str) -> tuple[str, ...]:
    """Write the CSV files into ``folder`` (created; files of the same names are replaced).

    The files are written to a temporary folder beside it and moved in when all are complete.
    Array items holding ``;`` have it replaced by ``,`` (neo4j-admin has no escape for it).
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise InputError(f"{folder}: not a folder (neo4j-csv writes a folder of CSV files)")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{folder}: folder {parent} does not exist")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    names: list[str] = []
    try:
        def table(name: str, header: list[str], body: Any) -> None:
            with open(tmp / name, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(header)
                writer.writerows(body)
            names.append(name)

        arr = _array
        table("entities.csv", ENTITY_HEADER,
              ([e["id"], "Entity", e["name"], e["type"], arr(e["aliases"])]
               for e in sorted(rows.entities.values(), key=lambda e: e["id"])))
        table("documents.csv", DOCUMENT_HEADER,
              ([d["id"], "Document", d["source"], d["title"]] for d in rows.documents))
        table("mentions.csv", MENTION_HEADER,
              ([e, d, "MENTIONED_IN"] for e, d in sorted(rows.mentions)))
        facts = sorted(rows.relations.items())
        table("facts.csv", REL_HEADER, (
            [s, o, rel, r["key"], rel, r["predicate"], "true" if negated else "false"]
            for (s, rel, o, negated), r in facts))
        table("supports.csv", SUPPORT_HEADER, (
            [sp["id"], sp["id"], "Support", sp["lemmas"] or "", sp["attribution"] or "", sp["sources"] or "",
             repr(float(sp["confidence"])), sp["modality"] or "", sp["evidence"], sp["provenance"]]
            for sp in (support_properties(r) for _, r in facts)))
        target.mkdir(exist_ok=True)
        for old in target.glob("rels_*.csv"):  # written by kg before graph model 2
            old.unlink()
        for name in names:
            os.replace(tmp / name, target / name)
    except OSError as exc:
        raise InputError(f"{folder}: cannot write ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return tuple(names)
