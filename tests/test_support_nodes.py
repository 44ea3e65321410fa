"""Graph models 4 and 5: a fact's sentences and provenance records live on its Support node, one node
per fact, found by the fact's key; since model 5 so does everything derived from them (lemmas,
attribution, sources, confidence, modality), and the relationship keeps only what no restatement
changes (key, relation, predicate, negated): a load never changes a stored relationship."""

from __future__ import annotations

from factories import small_graph

from kg.graph import open_graph
from kg.provenance import Provenance
from kg.stores.rows import fact_key

# Every fact with its Support node (OPTIONAL: a fact without one would show as None).
SUPPORTED = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) "
             "RETURN a.name AS s, r.relation AS relation, b.name AS o, r.key AS key, a.id AS sid, b.id AS oid, "
             "r.negated AS negated, sp.id AS support, split(sp.evidence, '\\n') AS evidence, "
             "split(sp.provenance, '\\n') AS provenance ORDER BY s, relation, o")
SUPPORT_COUNT = "MATCH (sp:Support) RETURN count(sp) AS n"


def _facts(g) -> list[dict]:
    return g.query(SUPPORTED).records()


def test_a_facts_sentences_are_read_through_its_support_node(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        facts = _facts(g)
        support = g.query(SUPPORT_COUNT).rows[0][0]
        relationships = [row[0] for row in g.query("MATCH (:Entity)-[r]->(:Entity) RETURN r").rows]
    assert len(facts) == 5 and support == 5
    assert all("key" in r and "evidence" not in r and "provenance" not in r for r in relationships)
    for fact in facts:
        assert fact["support"] == fact["key"] == fact_key(fact["sid"], fact["relation"], fact["oid"], fact["negated"])
        assert len(fact["evidence"]) == len(fact["provenance"]) >= 1
    head = next(f for f in facts if f["relation"] == "HEAD")
    assert head["evidence"] == ["sentence 0 of one.txt", "sentence 0 of two.txt"]
    assert sorted(Provenance.from_json(p).lemma for p in head["provenance"]) == ["head", "lead"]


def test_loading_again_adds_no_support_node_and_changes_no_sentence(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        before = (_facts(g), g.query(SUPPORT_COUNT).rows)
        g.load(small_graph()[1:])  # a document again, on its own
        g.load(small_graph())
        after = (_facts(g), g.query(SUPPORT_COUNT).rows)
    assert after == before


def test_a_second_document_grows_the_support_node_of_a_stored_fact(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph()[:1])
        g.load(small_graph()[1:])
        head = next(f for f in _facts(g) if f["relation"] == "HEAD")
        support = g.query(SUPPORT_COUNT).rows[0][0]
    assert head["evidence"] == ["sentence 0 of one.txt", "sentence 0 of two.txt"] and support == 5


def test_removing_a_document_removes_its_support_lines_and_nodes(graph_target):
    one, two = small_graph()
    with open_graph(graph_target, create=True) as g:
        g.load([one, two])
        g.remove(two.document.id)
        facts = _facts(g)
        support = g.query(SUPPORT_COUNT).rows[0][0]
    # HEAD keeps the first document's sentence; ATTEND and Cy's MEET, only the second's, go with
    # their Support nodes.
    assert [(f["s"], f["relation"], f["o"]) for f in facts] == [
        ("Ada Lovelace", "DECLINE", "summit"), ("Ada Lovelace", "HEAD", "Acme Corp"), ("Ada Lovelace", "MEET", "Bob Marsh")]
    head = facts[1]
    assert head["evidence"] == ["sentence 0 of one.txt"] and len(head["provenance"]) == 1
    assert support == 3


# Each fact relationship as the store holds it: its internal id and every property, and its
# Support node's properties.
STORED = ("MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) "
          "RETURN a.id AS s, r.relation AS relation, b.id AS o, r.negated AS negated, id(r) AS rid, r AS rel, "
          "sp AS support ORDER BY s, relation, o, negated")


def _stored(g) -> dict[tuple, dict]:
    return {(f["s"], f["relation"], f["o"], f["negated"]): f for f in g.query(STORED).records()}


def test_a_relationship_holds_only_what_no_restatement_changes(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        stored = _stored(g)
    for fact in stored.values():
        assert set(fact["rel"]) - {"_type"} == {"key", "relation", "predicate", "negated"}
        assert {"lemmas", "sources", "confidence", "evidence", "provenance"} <= set(fact["support"])


def test_a_second_document_changes_only_the_support_node_of_a_fact_it_restates(graph_target):
    one, two = small_graph()
    with open_graph(graph_target, create=True) as g:
        g.load([one])
        before = _stored(g)
        g.load([two])
        after = _stored(g)
    head = next(k for k in before if k[1] == "HEAD")
    # The relationship is the same one, unchanged: same internal id, same properties.
    assert after[head]["rid"] == before[head]["rid"] and after[head]["rel"] == before[head]["rel"]
    # Its Support node has grown with the second document's record.
    grown, old = after[head]["support"], before[head]["support"]
    assert grown["id"] == old["id"] == after[head]["rel"]["key"]
    assert old["lemmas"] == "head" and grown["lemmas"] == "head|lead"
    assert grown["sources"] == f"{one.document.id}|{two.document.id}"
    assert old["confidence"] == 0.8 and grown["confidence"] == 0.9
    assert grown["evidence"].split("\n") == ["sentence 0 of one.txt", "sentence 0 of two.txt"]
    # The facts the second document does not restate are untouched.
    assert all(after[k] == v for k, v in before.items() if k != head)


def test_loading_the_same_input_again_changes_no_relationship_or_support_node(graph_target):
    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        before = _stored(g)
        g.load(small_graph())
        g.load(small_graph()[1:])
        assert _stored(g) == before


def test_removing_a_document_undoes_only_what_it_added(graph_target):
    one, two = small_graph()
    with open_graph(graph_target, create=True) as g:
        g.load([one])
        before = (_stored(g), g.stats())
        g.load([two])
        g.remove(two.document.id)
        after = (_stored(g), g.stats())
    assert after == before
