"""kg export --format graphml|gexf (networkx) and neo4j-csv, loaded back with LOAD CSV into Neo4j."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from factories import small_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import open_graph
from kg.io import write_jsonl_file

runner = CliRunner()


@pytest.fixture
def facts_file(tmp_path):
    path = tmp_path / "facts.jsonl"
    write_jsonl_file(small_graph(), str(path))
    return str(path)


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_in_networkx(facts_file, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(app, ["export", facts_file, "-o", str(out)])  # format from the file name
    assert result.exit_code == 0, result.output
    G = reader(str(out))
    entities = [n for n, d in G.nodes(data=True) if d.get("label") == "Entity"]
    facts = [e for e in G.edges(data=True) if e[2].get("relation") != "MENTIONED_IN"]
    assert len(entities) == 5 and len(facts) == 5 and G.number_of_nodes() == 7
    negated = [d for *_, d in facts if str(d.get("negated")).lower() == "true"]
    assert len(negated) == 1 and negated[0]["predicate"] == "attend"


def test_graph_export_of_a_store(graph_target, tmp_path):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--graph", graph_target, "-f", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(str(out)).number_of_edges() == 5 + 9


def test_neo4j_csv_needs_a_folder(facts_file):
    result = runner.invoke(app, ["export", facts_file, "-f", "neo4j-csv"])
    assert result.exit_code == 2 and "folder" in result.output


def test_neo4j_csv_files_and_headers(facts_file, tmp_path):
    out = tmp_path / "import"
    result = runner.invoke(app, ["export", facts_file, "-f", "neo4j-csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["documents.csv", "entities.csv", "facts.csv", "mentions.csv",
                                                     "supports.csv"]
    with open(out / "entities.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id:ID(Entity)", ":LABEL", "name", "type", "aliases:string[]"]
    assert ["Ada Lovelace", "PERSON", "Lovelace"] in [r[2:] for r in rows]
    with open(out / "facts.csv", encoding="utf-8", newline="") as f:
        facts = list(csv.DictReader(f))
    assert sorted({r[":TYPE"] for r in facts}) == ["ATTEND", "DECLINE", "HEAD", "MEET"]
    assert all(r[":TYPE"] == r["relation"] for r in facts)
    head = [r for r in facts if r[":TYPE"] == "HEAD"]
    assert len(head) == 1 and head[0]["negated:boolean"] == "false"
    assert set(head[0]) == {":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key:long", "relation", "predicate",
                            "negated:boolean"}
    with open(out / "supports.csv", encoding="utf-8", newline="") as f:
        supports = {r[":ID(Support)"]: r for r in csv.DictReader(f)}
    support = supports[head[0]["key:long"]]
    assert support["id:long"] == head[0]["key:long"] and int(support["id:long"]) > 0
    assert len(supports) == len(facts) and support["evidence"].count("\n") == 1
    # What grows with support is on the Support node, lists as the stores hold them (graph model 5)
    assert support["confidence:double"] == "0.9" and support["lemmas"] == "head|lead"


_CONVERT = {"double": "toFloat({v})", "boolean": "({v} = 'true')", "int": "toInteger({v})", "long": "toInteger({v})",
            "string[]": "CASE WHEN {v} IS NULL OR {v} = '' THEN [] ELSE split({v}, ';') END"}


def _load_csv_cypher(path: Path) -> str:
    """A LOAD CSV statement that reads a neo4j-admin CSV file by its header's rules."""
    header = next(csv.reader(open(path, encoding="utf-8", newline="")))  # noqa: SIM115
    url = path.resolve().as_uri()
    props = []
    label = rel_type = start = end = None
    for column in header:
        name, _, kind = column.partition(":")
        value = f"row.`{column}`"
        if kind.startswith("ID("):
            label = kind[3:-1]
            if name:  # an ID column without a name is not stored (neo4j-admin's rule)
                props.append(f"{name}: {value}")
        elif kind.startswith("START_ID("):
            start = (kind[9:-1], value)
        elif kind.startswith("END_ID("):
            end = (kind[7:-1], value)
        elif kind == "TYPE":
            rel_type = value
        elif kind == "LABEL":
            pass
        else:
            props.append(f"{name}: " + (_CONVERT[kind].format(v=value) if kind else f"coalesce({value}, '')"))
    body = ", ".join(props)
    if label:
        return f"LOAD CSV WITH HEADERS FROM '{url}' AS row CREATE (:{label} {{{body}}})"
    assert start and end and rel_type
    return (f"LOAD CSV WITH HEADERS FROM '{url}' AS row "
            f"MATCH (a:{start[0]} {{id: {start[1]}}}) MATCH (b:{end[0]} {{id: {end[1]}}}) "
            f"CREATE (a)-[:$({rel_type}) {{{body}}}]->(b)")


@pytest.mark.neo4j
def test_neo4j_csv_loads_into_neo4j_with_load_csv(neo4j_env, tmp_path, seed_extractions):
    """The seed graph's CSV, loaded with a real LOAD CSV, gives the counts `kg load` gives."""
    import neo4j

    facts = tmp_path / "seed.jsonl"
    write_jsonl_file(seed_extractions, str(facts))
    embedded = str(tmp_path / "seed.lbug")
    with open_graph(embedded, create=True) as g:
        g.load(seed_extractions)
        expected = g.stats()
        negated = g.query("MATCH (:Entity)-[r]->(:Entity) WHERE r.negated RETURN count(r) AS n").rows[0][0]
    out = tmp_path / "import"
    result = runner.invoke(app, ["export", "--graph", embedded, "-f", "neo4j-csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    server = neo4j_env
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        try:
            for name in ["entities.csv", "documents.csv", "mentions.csv", "facts.csv", "supports.csv"]:
                driver.execute_query(_load_csv_cypher(out / name))
            with open_graph(server.uri) as g:
                got = g.stats()
                rel = g.query("MATCH (:Entity)-[r]->(:Entity) WHERE r.negated RETURN count(r) AS n").rows[0][0]
                lists = g.query("MATCH (:Entity)-[r]->(:Entity) MATCH (s:Support {id: r.key}) "
                                "RETURN s.evidence AS e, s.confidence AS c, r.key AS k LIMIT 1").records()[0]
        finally:
            driver.execute_query("MATCH (n) DETACH DELETE n")
    assert got == expected
    assert rel == negated > 0
    assert isinstance(lists["e"], str) and isinstance(lists["c"], float) and isinstance(lists["k"], int)
