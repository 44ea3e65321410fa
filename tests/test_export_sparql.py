"""queries/sparql/: the card questions in SPARQL, run by pyoxigraph on the seed article's export,
and giving the rows the Cypher library gives on a store holding the same facts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from exportkit import export_bytes, items_of
from factories import small_graph

from kg.stores import open_store

ROOT = Path(__file__).resolve().parents[1]
SPARQL = ROOT / "queries" / "sparql"
CYPHER = ROOT / "queries"


def _store(data: bytes, fmt: str):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.N_TRIPLES)
    return store


def _value(term):
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        if kind == "decimal":
            return float(Decimal(term.value))
        if kind == "boolean":
            return term.value == "true"
        if kind == "integer":
            return int(term.value)
        return term.value
    return term.value


def sparql(store, name: str) -> list[dict]:
    query = (SPARQL / name).read_text(encoding="utf-8")
    result = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: _value(row[n]) for n in names} for row in result]


@pytest.fixture(scope="module")
def seed_export(seed_extractions) -> bytes:
    return export_bytes(items_of(seed_extractions), "nq")


@pytest.fixture(scope="module")
def seed_graph(seed_extractions, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("sparql") / "seed.lbug")
    with open_store(path) as store:
        store.write(seed_extractions)
    return path


def cypher(graph: str, name: str, params: dict) -> list[dict]:
    with open_store(graph) as store:
        return store.query((CYPHER / name).read_text(encoding="utf-8"), params).records()


def test_who_heads_the_russian_delegation(seed_export, seed_graph):
    rows = sparql(_store(seed_export, "nq"), "who_heads.rq")
    assert rows[0]["leader"] == "Vladimir Medinsky" and rows[0]["organisation"] == "Russian delegation"
    assert rows == cypher(seed_graph, "who_heads.cypher", {"organisation": "delegation"})


def test_what_putin_declined(seed_export, seed_graph):
    rows = sparql(_store(seed_export, "nq"), "subject_predicate.rq")
    assert {(r["subject"], r["object"]) for r in rows} >= {("Vladimir Putin", "Zelensky"),
                                                          ("Vladimir Putin", "proposed summit")}
    expected = cypher(seed_graph, "subject_predicate.cypher", {"name": "Putin", "predicate": "decline"})
    for row in expected:
        row["said_as"] = ", ".join(sorted(row["said_as"]))
    for row in rows:
        row["said_as"] = ", ".join(sorted(row["said_as"].split(", ")))
    assert rows == expected


def test_facts_with_their_evidence_sentence(seed_export, seed_extractions):
    rows = sparql(_store(seed_export, "nq"), "fact_evidence.rq")
    facts = [f for e in seed_extractions for f in e.facts]
    assert len(rows) == len(facts)
    assert sorted((r["subject"], r["predicate"], r["object"], r["negated"], r["evidence"], r["sentence"],
                   r["start"], r["end"]) for r in rows) == sorted(
        (f.subject.name, f.relation.lower(), f.object.name, f.negated, f.evidence, f.sentence, f.char_start,
         f.char_end) for f in facts)
    assert rows == sorted(rows, key=lambda r: (r["document"], r["sentence"], r["subject"], r["predicate"],
                                               r["object"], r["negated"]))
    negated = [r for r in rows if r["negated"]]
    assert negated and all(r["evidence"] for r in negated)


def test_the_triples_export_answers_the_same(seed_extractions, seed_export):
    items = items_of(seed_extractions)
    quads, triples = _store(seed_export, "nq"), _store(export_bytes(items, "nt"), "nt")
    for name in ("who_heads.rq", "subject_predicate.rq", "fact_evidence.rq"):
        assert sparql(triples, name) == sparql(quads, name), name


def test_parameters_bind_as_initial_bindings():
    """Defaults are the card questions; any engine's initial bindings override them (rdflib here)."""
    from rdflib import Graph, Literal

    graph = Graph().parse(data=export_bytes(items_of(small_graph()), "nt"), format="nt")

    def run(file: str, **bindings: str) -> list[list[str]]:
        query = (SPARQL / file).read_text(encoding="utf-8")
        return [[str(v) for v in row] for row in graph.query(query, initBindings={
            k: Literal(v) for k, v in bindings.items()})]

    assert run("who_heads.rq", org="ACME") == [["Ada Lovelace", "Acme Corp", "0.9"]]
    assert run("who_heads.rq") == []  # the default asks for a delegation; small_graph has none
    assert run("subject_predicate.rq", name="Ada", relation="decline") == [
        ["Ada Lovelace", "decline", "summit", "false", "snub", "0.8"]]
    assert run("subject_predicate.rq", name="Bob", relation="attend") == [
        ["Bob Marsh", "attend", "summit", "true", "attend", "0.6"]]
    assert len(run("fact_evidence.rq", name="Cy")) == 1 and len(run("fact_evidence.rq")) == 6


def test_every_sparql_file_says_what_it_answers():
    files = sorted(SPARQL.glob("*.rq"))
    assert [f.name for f in files] == ["fact_evidence.rq", "subject_predicate.rq", "who_heads.rq"]
    for f in files:
        head = f.read_text(encoding="utf-8").splitlines()[:4]
        assert head[0].startswith("# ") and any("Parameters:" in line for line in head), f.name
