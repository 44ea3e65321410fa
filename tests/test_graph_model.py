"""Graph model 2: a schema that does not grow with the number of predicates, on both stores.

Real news has thousands of distinct relations (1,273 in 395 BBC politics articles). The number of
relationship tables (LadybugDB) and of distinct write statements (Neo4j) must stay fixed however
many there are; kg's own relationship types can never be taken by a fact; a graph written by the
older model is refused with one line, never mixed.
"""

from __future__ import annotations

import re

import pytest
from factories import document

from kg.errors import StoreError
from kg.model import Entity, Extraction, Fact
from kg.stores import open_store
from kg.stores.rows import GRAPH_MODEL, fact_type

PREDICATES = 2_000


def _many_predicates(n: int = PREDICATES) -> list[Extraction]:
    """``n`` facts, each with a relation of its own, over 40 documents and 200 entities."""
    people = [Entity.make(f"Person {i}", "PERSON") for i in range(200)]
    out = []
    for d in range(40):
        doc = document(f"Document {d} of the predicate test.", f"doc{d}.txt")
        facts = []
        for k in range(n // 40):
            i = d * (n // 40) + k
            facts.append(Fact(people[i % 200], f"VERB_{i}", f"verb {i}", f"verbs {i}", people[(i * 7 + 1) % 200],
                              0.7, doc.id, k, k, k + 5, f"Sentence {k}."))
        out.append(Extraction(doc, facts))
    return out


def _write_statements(server) -> set[str]:
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver:
        records, _, _ = driver.execute_query("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data.query AS q")
    return {r["q"] for r in records if "$rows" in r["q"] or "row." in r["q"]}


def test_thousands_of_predicates_keep_a_fixed_schema(graph_target, request):
    server = request.getfixturevalue("neo4j_env") if graph_target.startswith("bolt") else None
    if server is not None:
        import neo4j

        with neo4j.GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver:
            for step in ("stop", "clear", "collect"):  # the queries of this test alone
                driver.execute_query(f"CALL db.stats.{step}('QUERIES')")
    extractions = _many_predicates()
    with open_store(graph_target) as store:
        store.write(extractions[:20])
        store.write(extractions[20:])
        stats = store.stats()
        again = store.write(extractions)
        assert store.stats() == stats and again.facts == PREDICATES
        if server is None:
            tables = store.query("CALL show_tables() WHERE type = 'REL' RETURN name ORDER BY name").rows
            assert [t[0] for t in tables] == ["FACT", "MENTIONED_IN"]
        heads = store.query("MATCH (a:Entity)-[r]->(b:Entity) WHERE r.relation = $rel "
                            "RETURN a.name AS a, r.predicate AS p, b.name AS b", {"rel": "VERB_1999"}).records()
    assert stats["facts"] == PREDICATES and stats["relation_types"] == PREDICATES
    assert heads == [{"a": "Person 199", "p": "verb_1999", "b": f"Person {(1999 * 7 + 1) % 200}"}]
    if server is not None:
        # documents, entities, mentions, facts (create + merge-back, per type of the closed set:
        # here all are FACT): the same few statements, whatever the number of relations.
        statements = _write_statements(server)
        assert 1 <= len(statements) <= 6, sorted(s[:80] for s in statements)


@pytest.mark.neo4j
def test_neo4j_types_the_closed_vocabulary_and_files_the_rest_under_fact(neo4j_env):
    """HEAD and MEET (kg's predicate table) are relationship types of their own on Neo4j; a
    relation outside it is a FACT whose `relation` property names it."""
    from conftest import _wipe_neo4j

    _wipe_neo4j(neo4j_env)
    doc = document("Ada Lovelace heads Acme. Ada Lovelace met Bob Marsh. Ada Lovelace juggles Bob Marsh.")
    ada, bob = Entity.make("Ada Lovelace", "PERSON"), Entity.make("Bob Marsh", "PERSON")
    acme = Entity.make("Acme", "ORG")
    facts = [Fact(ada, "HEAD", "head", "heads", acme, 0.8, doc.id, 0, 0, 10, "Ada heads Acme."),
             Fact(ada, "MEET", "meet", "met", bob, 0.8, doc.id, 1, 11, 20, "Ada met Bob."),
             Fact(ada, "JUGGLE", "juggle", "juggles", bob, 0.8, doc.id, 2, 21, 30, "Ada juggles Bob.")]
    with open_store(neo4j_env.uri) as store:
        store.write([Extraction(doc, facts)])
        got = store.query("MATCH (:Entity)-[r]->(b:Entity) RETURN type(r) AS t, r.relation AS rel, b.name AS b "
                          "ORDER BY rel").rows
        by_type = store.query("MATCH (a:Entity)-[:HEAD]->(b:Entity) RETURN a.name, b.name").rows
    assert got == [["HEAD", "HEAD", "Acme"], ["FACT", "JUGGLE", "Bob Marsh"], ["MEET", "MEET", "Bob Marsh"]]
    assert by_type == [["Ada Lovelace", "Acme"]]
    _wipe_neo4j(neo4j_env)


@pytest.mark.parametrize("relation", ["MENTIONED_IN", "mentioned in", "FACT"])
def test_a_relation_named_like_kgs_own_type_is_renamed(graph_target, relation):
    doc = document("Ada Lovelace was mentioned in the report. Ada Lovelace met Bob Marsh.")
    ada, bob = Entity.make("Ada Lovelace", "PERSON"), Entity.make("Bob Marsh", "PERSON")
    facts = [Fact(ada, relation, "mention", "mentioned in", bob, 0.7, doc.id, 0, 0, 10, "Ada was mentioned."),
             Fact(ada, "MEET", "meet", "met", bob, 0.8, doc.id, 1, 11, 20, "Ada met Bob.")]
    with open_store(graph_target) as store:
        store.write([Extraction(doc, facts)])
        got = store.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN r.relation AS rel ORDER BY rel").rows
        mentions = store.stats()["mentions"]
    expected = fact_type(relation)
    assert expected.startswith("R_") and fact_type(expected) == expected
    assert got == sorted([[expected], ["MEET"]])
    assert mentions == 2


def _old_embedded_graph(path, *statements: str) -> None:
    """A LadybugDB graph written by an older kg, from its own DDL, with one entity in it."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING, type STRING, aliases STRING[])")
    for statement in statements:
        conn.execute(statement)
    conn.execute("CREATE (:Entity {id: 'a', name: 'Ada', type: 'PERSON', aliases: []})")
    conn.close()
    db.close()


def test_an_old_embedded_graph_is_refused_with_one_line(tmp_path):
    path = tmp_path / "old.lbug"
    _old_embedded_graph(
        path,
        "CREATE NODE TABLE Document(id STRING PRIMARY KEY, source STRING, title STRING)",
        "CREATE REL TABLE HEAD(FROM Entity TO Entity, predicate STRING)",
    )
    with open_store(str(path)) as store, pytest.raises(StoreError, match=r"graph model 1.*kg clear"):
        store.write(_many_predicates(40)[:1])
    with open_store(str(path)) as store:  # nothing was written, and clear makes it usable
        assert store.query("MATCH (e:Entity) RETURN count(e)").rows == [[1]]
        store.clear()
        store.write(_many_predicates(40)[:1])
        assert store.query("MATCH (m:KgMeta) RETURN m.version").rows == [[GRAPH_MODEL]]


def test_a_model_2_graph_with_lists_on_its_facts_is_refused_then_rebuilt(tmp_path):
    """Model 2 kept lists on the fact; later models keep strings: the two are never mixed in one table."""
    path = tmp_path / "model2.lbug"
    _old_embedded_graph(
        path,
        "CREATE NODE TABLE KgMeta(id STRING PRIMARY KEY, version INT64)",
        "CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, lemmas STRING[], sources STRING[])",
        "CREATE (:KgMeta {id: 'graph-model', version: 2})",
    )
    with open_store(str(path)) as store, pytest.raises(StoreError, match=r"graph model 2.*model 5.*kg clear"):
        store.write(_many_predicates(40)[:1])
    with open_store(str(path)) as store:
        store.clear()
        store.write(_many_predicates(40)[:1])
        got = store.query("MATCH ()-[r:FACT]->() OPTIONAL MATCH (sp:Support {id: r.key}) "
                          "RETURN sp.lemmas, split(sp.sources, '|') LIMIT 1").rows
    assert isinstance(got[0][0], str) and isinstance(got[0][1], list)


def test_a_model_3_graph_with_sentences_on_its_facts_is_refused_then_rebuilt(tmp_path):
    """Model 3 kept a fact's sentences on the relationship; later models keep them on its Support node."""
    path = tmp_path / "model3.lbug"
    _old_embedded_graph(
        path,
        "CREATE NODE TABLE KgMeta(id STRING PRIMARY KEY, version INT64)",
        "CREATE REL TABLE FACT(FROM Entity TO Entity, relation STRING, sources STRING, evidence STRING, "
        "provenance STRING)",
        "CREATE (:KgMeta {id: 'graph-model', version: 3})",
    )
    with open_store(str(path)) as store, pytest.raises(StoreError, match=r"graph model 3.*model 5.*kg clear"):
        store.write(_many_predicates(40)[:1])
    with open_store(str(path)) as store:
        assert store.query("MATCH (e:Entity) RETURN count(e)").rows == [[1]]
        store.clear()
        store.write(_many_predicates(40)[:1])
        got = store.query("MATCH ()-[r:FACT]->() MATCH (s:Support {id: r.key}) RETURN s.evidence LIMIT 1").rows
    assert got == [["Sentence 0."]]


def test_a_model_4_graph_with_derived_lists_on_its_facts_is_refused_then_rebuilt(tmp_path):
    """Model 4 kept a fact's lemmas, sources, confidence... on the relationship; model 5 keeps them
    on its Support node, so that a load never changes a stored relationship."""
    path = tmp_path / "model4.lbug"
    _old_embedded_graph(
        path,
        "CREATE NODE TABLE KgMeta(id STRING PRIMARY KEY, version INT64)",
        "CREATE REL TABLE FACT(FROM Entity TO Entity, key STRING, relation STRING, predicate STRING, lemmas STRING, "
        "confidence DOUBLE, negated BOOLEAN, modality STRING, attribution STRING, sources STRING)",
        "CREATE NODE TABLE Support(id STRING PRIMARY KEY, evidence STRING, provenance STRING)",
        "CREATE (:KgMeta {id: 'graph-model', version: 4})",
    )
    with open_store(str(path)) as store, pytest.raises(StoreError) as refused:
        store.write(_many_predicates(40)[:1])
    message = str(refused.value)
    assert "\n" not in message and re.search(r"graph model 4.*model 5.*kg clear --graph .* --yes, then kg build",
                                              message)
    with open_store(str(path)) as store:
        assert store.query("MATCH (e:Entity) RETURN count(e)").rows == [[1]]
        store.clear()
        store.write(_many_predicates(40)[:1])
        columns = {row[0] for row in store.query("CALL table_info('FACT') RETURN name").rows}
        got = store.query("MATCH ()-[r:FACT]->() OPTIONAL MATCH (s:Support {id: r.key}) "
                          "RETURN s.confidence, s.evidence LIMIT 1").rows
    assert columns == {"key", "relation", "predicate", "negated"}
    assert isinstance(got[0][0], float) and got[0][1] == "Sentence 0."


@pytest.mark.neo4j
@pytest.mark.parametrize("version", [3, 4])
def test_an_older_neo4j_graph_is_refused_with_one_line(neo4j_env, version):
    from conftest import _wipe_neo4j

    _wipe_neo4j(neo4j_env)
    with open_store(neo4j_env.uri) as store:
        store.query(f"CREATE (:KgMeta {{id: 'graph-model', version: {version}}}) "
                    "CREATE (:Entity {id: 'a', name: 'Ada', type: 'PERSON', aliases: []})", write=True)
        with pytest.raises(StoreError, match=rf"graph model {version}.*model 5.*kg clear --graph .* --yes, then kg build"):
            store.write(_many_predicates(40)[:1])
        assert store.stats()["documents"] == 0
    _wipe_neo4j(neo4j_env)


@pytest.mark.neo4j
def test_an_old_neo4j_graph_is_refused_with_one_line(neo4j_env):
    from conftest import _wipe_neo4j

    _wipe_neo4j(neo4j_env)
    with open_store(neo4j_env.uri) as store:
        store.query("CREATE (:Entity {id: 'a', name: 'Ada', type: 'PERSON', aliases: []})", write=True)
        with pytest.raises(StoreError, match=r"graph model 1.*kg clear"):
            store.write(_many_predicates(40)[:1])
        assert store.stats()["documents"] == 0
        store.clear()
        store.write(_many_predicates(40)[:1])
        assert store.query("MATCH (m:KgMeta) RETURN m.version AS v").rows == [[GRAPH_MODEL]]
    _wipe_neo4j(neo4j_env)
