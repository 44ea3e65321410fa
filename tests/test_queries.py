"""Every file in queries/ runs on both stores and gives the rows we expect, the same on each."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import news_graph, small_graph, ties_graph

from kg.stores import open_store

QUERIES = Path(__file__).resolve().parents[1] / "queries"
DOC_ONE = small_graph()[0].document.id

# file -> (parameters, expected rows). Expected rows are written out by hand from small_graph().
CASES = {
    "who_heads.cypher": ({"organisation": "acme"}, [
        {"leader": "Ada Lovelace", "organisation": "Acme Corp", "confidence": 0.9}]),
    "subject_predicate.cypher": ({"name": "Ada", "predicate": "decline"}, [
        {"subject": "Ada Lovelace", "predicate": "decline", "object": "summit", "negated": False,
         "said_as": ["snub"], "confidence": 0.8}]),
    "entity_facts.cypher": ({"name": "Bob"}, [
        {"subject": "Cy Young", "predicate": "meet", "object": "Bob Marsh", "negated": False,
         "modality": None, "confidence": 0.75},
        {"subject": "Ada Lovelace", "predicate": "meet", "object": "Bob Marsh", "negated": False,
         "modality": None, "confidence": 0.7},
        {"subject": "Bob Marsh", "predicate": "attend", "object": "summit", "negated": True,
         "modality": "would", "confidence": 0.6}]),
    "neighbours.cypher": ({"name": "Bob Marsh"}, [
        {"neighbour": "Ada Lovelace", "type": "PERSON", "predicate": "meet", "facts": 1},
        {"neighbour": "Cy Young", "type": "PERSON", "predicate": "meet", "facts": 1},
        {"neighbour": "summit", "type": "CONCEPT", "predicate": "attend", "facts": 1}]),
    "most_connected.cypher": ({"limit": 3}, [
        {"entity": "Ada Lovelace", "type": "PERSON", "facts": 3},
        {"entity": "Bob Marsh", "type": "PERSON", "facts": 3},
        {"entity": "summit", "type": "CONCEPT", "facts": 2}]),
    "negated_facts.cypher": ({}, [
        {"subject": "Bob Marsh", "predicate": "attend", "object": "summit", "modality": "would",
         "according_to": None, "confidence": 0.6}]),
    "document_facts.cypher": ({"doc": DOC_ONE}, [
        {"subject": "Ada Lovelace", "predicate": "decline", "object": "summit", "negated": False,
         "evidence": ["sentence 2 of one.txt"]},
        {"subject": "Ada Lovelace", "predicate": "head", "object": "Acme Corp", "negated": False,
         "evidence": ["sentence 0 of one.txt", "sentence 0 of two.txt"]},
        {"subject": "Ada Lovelace", "predicate": "meet", "object": "Bob Marsh", "negated": False,
         "evidence": ["sentence 1 of one.txt"]}]),
}

# The same, over news_graph(): roles and reported speech.
NEWS_CASES = {
    "roles.cypher": ({"name": "Ada"}, [
        {"person": "Ada Lovelace", "titles": ["chairman"], "held_at": "Acme Corp", "held_at_type": "ORG",
         "confidence": 0.8}]),
    "who_holds.cypher": ({"title": "Minister", "organisation": "russia"}, [
        {"person": "Sergei Lavrov", "titles": ["foreign minister"], "organisation": "Russia", "confidence": 0.7}]),
    "said_about.cypher": ({"speaker": "Ada", "about": "dollar"}, [
        {"subject": "strong dollar", "predicate": "hurt", "object": "Acme Corp", "negated": False,
         "according_to": ["Ada Lovelace"], "evidence": ["sentence 1 of news.txt"]}]),
}


def _names(path_nodes):
    return [n["name"] for n in path_nodes]


def test_every_query_file_has_a_case_and_a_header():
    files = sorted(p.name for p in QUERIES.glob("*.cypher"))
    assert files == sorted([*CASES, *NEWS_CASES, "shortest_path.cypher", "most_important.cypher", "ties.cypher"])
    for name in files:
        text = (QUERIES / name).read_text(encoding="utf-8")
        assert text.startswith("//"), f"{name} needs a comment header saying what it answers"


@pytest.mark.parametrize("name", sorted(CASES))
def test_query_file(graph_target, name):
    params, expected = CASES[name]
    with open_store(graph_target) as store:
        store.write(small_graph())
        got = store.query((QUERIES / name).read_text(encoding="utf-8"), params).records()
    assert got == expected


@pytest.mark.parametrize("name", sorted(NEWS_CASES))
def test_news_query_file(graph_target, name):
    params, expected = NEWS_CASES[name]
    with open_store(graph_target) as store:
        store.write(news_graph())
        got = store.query((QUERIES / name).read_text(encoding="utf-8"), params).records()
    assert got == expected


def test_roles_and_statements_answer_who_is_who(graph_target):
    """A title with no organisation is a role too; a statement fact answers "what did X say"."""
    with open_store(graph_target) as store:
        store.write(news_graph())
        bob = store.query((QUERIES / "roles.cypher").read_text(encoding="utf-8"), {"name": "Bob"}).records()
        said = store.query((QUERIES / "said_about.cypher").read_text(encoding="utf-8"),
                           {"speaker": "Bob", "about": "rates"}).records()
        nobody = store.query((QUERIES / "who_holds.cypher").read_text(encoding="utf-8"),
                             {"title": "chairman", "organisation": "Russia"}).records()
    assert [(r["person"], r["titles"], r["held_at"]) for r in bob] == [("Bob Marsh", ["spokesman"], "spokesman")]
    assert [(r["subject"], r["predicate"], r["object"]) for r in said] == [("Bob Marsh", "say", "interest rates")]
    assert nobody == []


def test_ties_file(graph_target):
    """Who is Ada's team-mate: a role fact held at a person; a post at a firm is no tie."""
    cypher = (QUERIES / "ties.cypher").read_text(encoding="utf-8")
    with open_store(graph_target) as store:
        store.write(ties_graph())
        mates = store.query(cypher, {"name": "ada", "tie": "mate"}).records()
        every = store.query(cypher, {"name": "Ada", "tie": ""}).records()
        firm = store.query(cypher, {"name": "Acme", "tie": ""}).records()
    assert mates == [{"person": "Bob Marsh", "ties": ["team-mate"], "of_person": "Ada Lovelace", "confidence": 0.7}]
    assert [(r["person"], r["ties"]) for r in every] == [("Bob Marsh", ["team-mate"]), ("Cy Young", ["lawyer"])]
    assert firm == []


def test_shortest_path_file(graph_target):
    cypher = (QUERIES / "shortest_path.cypher").read_text(encoding="utf-8")
    with open_store(graph_target) as store:
        store.write(small_graph())
        two_hops = store.query(cypher, {"from": "Cy Young", "to": "Ada Lovelace"}).records()
        none = store.query(cypher, {"from": "Cy Young", "to": "Nobody"}).records()
    assert [(r["hops"], _names(r["path"])) for r in two_hops] == [(2, ["Cy Young", "Bob Marsh", "Ada Lovelace"])]
    assert two_hops[0]["path"][0]["_labels"] == ["Entity"]
    assert none == []


def test_most_important_file(graph_target):
    """Ranks by the PageRank `kg analyze --write` stores (values by hand in tests/test_analytics.py)."""
    from kg.analytics import analyze, to_networkx, write_scores
    from kg.pipeline import open_graph

    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        write_scores(g, analyze(to_networkx(g)))
        got = g.query((QUERIES / "most_important.cypher").read_text(encoding="utf-8"), {"limit": 3}).records()
    assert got == [
        {"entity": "summit", "type": "CONCEPT", "pagerank": 0.364, "degree": 2, "community": 0},
        {"entity": "Bob Marsh", "type": "PERSON", "pagerank": 0.251, "degree": 3, "community": 1},
        {"entity": "Acme Corp", "type": "ORG", "pagerank": 0.151, "degree": 1, "community": 0}]
