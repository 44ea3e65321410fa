"""Both stores, same behaviour: idempotent writes, provenance, removal, read-only queries, errors."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from factories import PEOPLE, document, fact, small_graph

from kg.errors import QueryError, StoreConnectionError, StoreLockedError
from kg.model import Extraction
from kg.stores import open_store

FACTS = """
MATCH (a:Entity)-[r]->(b:Entity)
OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.name AS s, r.predicate AS p, b.name AS o, r.negated AS negated, sp.confidence AS confidence,
       split(sp.sources, '|') AS sources, split(sp.lemmas, '|') AS lemmas,
       size(split(sp.provenance, '\n')) AS support
ORDER BY s, p, o, negated
"""


def rows(store, cypher=FACTS, **params):
    return store.query(cypher, params).records()


def test_write_is_idempotent_and_merges_support(graph_target):
    with open_store(graph_target) as store:
        store.write(small_graph())
        first_stats, first_rows = store.stats(), rows(store)
        store.write(small_graph())
        assert store.stats() == first_stats
        assert rows(store) == first_rows
    assert first_stats == {"entities": 5, "documents": 2, "facts": 5, "relation_types": 4, "mentions": 9}
    heads = [r for r in first_rows if r["p"] == "head"]
    # One edge supported by two documents: max confidence, both sources, both lemmas.
    assert heads == [{"s": "Ada Lovelace", "p": "head", "o": "Acme Corp", "negated": False, "confidence": 0.9,
                      "sources": sorted(e.document.id for e in small_graph()), "lemmas": ["head", "lead"],
                      "support": 2}]


def test_negated_fact_is_its_own_edge(graph_target):
    d = document("Bob attends the summit. Bob will not attend the summit.")
    both = Extraction(d, [fact("Bob", "ATTEND", "summit", d, 0), fact("Bob", "ATTEND", "summit", d, 1, negated=True)])
    with open_store(graph_target) as store:
        store.write([both])
        got = [(r["p"], r["negated"]) for r in rows(store)]
    assert got == [("attend", False), ("attend", True)]


def test_star_of_new_nodes_keeps_every_edge(graph_target):
    """LadybugDB's combined UNWIND MERGE once dropped all but one edge per new source node."""
    names = [f"Target {n}" for n in range(50)]
    d = document("A star: one hub, fifty spokes.")
    hub = PEOPLE["Ada"]
    from kg.model import Entity, Fact

    facts = [Fact(hub, "KNOW", "know", "knows", Entity.make(n, "PERSON"), 0.5, d.id, i, i, i + 1, "e")
             for i, n in enumerate(names)]
    with open_store(graph_target, batch_size=7) as store:  # several batches, too
        store.write([Extraction(d, facts)])
        found = store.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN b.name AS name ORDER BY name").records()
    assert [r["name"] for r in found] == sorted(names)


def test_aliases_accumulate(graph_target):
    d1, d2 = document("one"), document("two")
    from kg.model import Entity, Fact

    def with_alias(alias: str, doc):
        ada = Entity.make("Ada Lovelace", "PERSON", (alias,))
        return Extraction(doc, [Fact(ada, "HEAD", "head", "heads", PEOPLE["Acme"], 0.5, doc.id, 0, 0, 3, "e")])

    with open_store(graph_target) as store:
        store.write([with_alias("Lovelace", d1)])
        store.write([with_alias("Countess Lovelace", d2)])
        got = store.query("MATCH (e:Entity {name: 'Ada Lovelace'}) RETURN e.aliases AS a").records()
    assert sorted(got[0]["a"]) == ["Countess Lovelace", "Lovelace"]


def test_remove_document_keeps_other_support(graph_target):
    one, two = small_graph()
    with open_store(graph_target) as store:
        store.write([one, two])
        counts = store.remove_document(one.document.id)
        left = rows(store)
        stats = store.stats()
        again = store.remove_document(one.document.id)
    assert counts == {"documents": 1, "facts_removed": 2, "facts_kept": 1, "entities_removed": 0}
    assert again["documents"] == 0
    head = next(r for r in left if r["p"] == "head")
    assert head["sources"] == [two.document.id] and head["support"] == 1 and head["confidence"] == 0.9
    assert head["lemmas"] == ["lead"]
    assert {(r["s"], r["p"], r["o"]) for r in left} == {
        ("Ada Lovelace", "head", "Acme Corp"), ("Bob Marsh", "attend", "summit"), ("Cy Young", "meet", "Bob Marsh")}
    assert stats["documents"] == 1


def test_remove_document_drops_orphan_entities(graph_target):
    one, two = small_graph()
    with open_store(graph_target) as store:
        store.write([one, two])
        store.remove_document(two.document.id)
        names = [r["n"] for r in store.query("MATCH (e:Entity) RETURN e.name AS n ORDER BY n").records()]
    assert "Cy Young" not in names and "Ada Lovelace" in names


def test_clear_empties_the_graph(graph_target):
    with open_store(graph_target) as store:
        store.write(small_graph())
        store.clear()
        assert store.stats()["entities"] == 0
        store.write(small_graph())  # and it is usable again
        assert store.stats()["facts"] == 5


@pytest.mark.parametrize("cypher", [
    "CREATE (e:Entity {id: 'x'})",
    "MATCH (e:Entity) SET e.name = 'x'",
    "MATCH (e:Entity) DETACH DELETE e",
    "MERGE (e:Entity {id: 'x'})",
])
def test_queries_are_read_only_unless_write(graph_target, cypher):
    with open_store(graph_target) as store:
        store.write(small_graph())
        with pytest.raises(QueryError, match="--write"):
            store.query(cypher)
        assert store.stats()["entities"] == 5


def test_write_flag_allows_changes(graph_target):
    with open_store(graph_target) as store:
        store.write(small_graph())
        store.query("MATCH (e:Entity {name: 'Cy Young'}) SET e.type = 'ORG'", write=True)
        assert store.query("MATCH (e:Entity {name: 'Cy Young'}) RETURN e.type AS t").records() == [{"t": "ORG"}]


def test_malformed_cypher_is_a_query_error(graph_target):
    with open_store(graph_target) as store:
        store.write(small_graph())
        with pytest.raises(QueryError) as info:
            store.query("MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def test_missing_parameter_is_a_query_error(graph_target):
    """Checked once, by the Graph handle, before any store sees the query (LadybugDB alone would
    read the missing parameter as NULL and answer nothing)."""
    from kg.graph import open_graph

    with open_graph(graph_target, create=True) as g:
        g.load(small_graph())
        with pytest.raises(QueryError, match="name"):
            g.query("MATCH (e:Entity) WHERE e.name = $name RETURN e")


def test_values_come_back_as_plain_python(graph_target):
    with open_store(graph_target) as store:
        store.write(small_graph())
        rec = store.query("MATCH (e:Entity {name: 'Oslo'}) RETURN e AS node, count(*) AS n").records()
    assert rec == [] or json.dumps(rec)  # Oslo is in no fact in small_graph
    with open_store(graph_target) as store:
        rec = store.query("MATCH (e:Entity {name: 'Cy Young'}) RETURN e AS node").records()
    node = rec[0]["node"]
    assert node["_labels"] == ["Entity"] and node["name"] == "Cy Young" and node["type"] == "PERSON"
    assert json.dumps(rec)


# -- store-specific failures ------------------------------------------------------------------
def test_embedded_locked_by_another_process(tmp_path):
    path = tmp_path / "locked.lbug"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, ladybug
            db = ladybug.Database({str(path)!r}); conn = ladybug.Connection(db)
            print("ready", flush=True); sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="in use by another process"):
            open_store(str(path))
    finally:
        holder.communicate("", timeout=30)


def test_embedded_failed_write_leaves_nothing(tmp_path, monkeypatch):
    from kg.stores.embedded import writing

    path = str(tmp_path / "g.lbug")
    with open_store(path) as store:
        store.write([small_graph()[0]])
        before = store.stats()
        # Break the relationship statement: nodes of the second document are written first,
        # then the failure must roll all of it back.
        monkeypatch.setattr(writing, "CREATE_RELATIONS", "THIS IS NOT CYPHER")
        with pytest.raises(Exception, match="rolled back"):
            store.write([small_graph()[1]])
        assert store.stats() == before
        # Nodes created in the rolled-back transaction left nothing behind (no stale keys): the
        # same write succeeds once the statement is fixed.
        monkeypatch.undo()
        store.write([small_graph()[1]])
        with open_store(str(tmp_path / "fresh.lbug")) as fresh:
            fresh.write(small_graph())
            assert store.stats() == fresh.stats()


@pytest.mark.neo4j
def test_neo4j_wrong_password(neo4j_server):
    with pytest.raises(StoreConnectionError, match="wrong username or password"):
        open_store(neo4j_server.uri, username=neo4j_server.username, password="not-the-password")


def test_neo4j_unreachable():
    with pytest.raises(StoreConnectionError, match="cannot reach Neo4j"):
        open_store("bolt://127.0.0.1:9", password="x")


@pytest.mark.neo4j
def test_neo4j_failed_write_leaves_nothing(neo4j_env, monkeypatch):
    from conftest import _wipe_neo4j

    from kg.stores import neo4j as neo4j_store

    _wipe_neo4j(neo4j_env)
    with open_store(neo4j_env.uri) as store:
        store.write([small_graph()[0]])
        before = store.stats()
        monkeypatch.setattr(neo4j_store, "CREATE_FACTS", "THIS IS NOT CYPHER")
        with pytest.raises(Exception, match="Neo4j"):
            store.write([small_graph()[1]])
        assert store.stats() == before
    _wipe_neo4j(neo4j_env)


def test_embedded_bulk_load_checkpoints_and_reopens_the_same(tmp_path, monkeypatch):
    """A load defers checkpoints (one every CHECKPOINT_FACTS facts, one at the end): what it wrote
    is on disk when it returns, whether a checkpoint fell inside the load or not."""
    from kg.pipeline import open_graph
    from kg.stores import embedded

    counts = []
    for every in (1, 10**9):
        monkeypatch.setattr(embedded, "CHECKPOINT_FACTS", every)
        path = str(tmp_path / f"every-{every}.lbug")
        with open_graph(path, create=True) as g:
            for extraction in small_graph():
                g.load([extraction])  # several loads, several writes
            g.load(small_graph())  # again: nothing changes
            counts.append(g.stats())
        with open_graph(path) as again:
            assert again.stats() == counts[-1]
            rows = again.query("MATCH (a:Entity)-[r]->(b:Entity) WHERE r.negated RETURN a.name, b.name").rows
            assert rows == [["Bob Marsh", "summit"]]
    assert counts[0] == counts[1]
    assert counts[0]["facts"] > 0


@pytest.mark.parametrize("enabled", [True, False])
def test_a_load_pauses_the_garbage_collector_and_restores_it(tmp_path, monkeypatch, enabled):
    """Graph.load pauses the cyclic collector while it builds rows (full collections walked every
    live row); afterwards the collector is as the caller left it, also when the load fails."""
    import gc

    from kg.pipeline import open_graph

    seen = []
    with open_graph(str(tmp_path / "g.lbug"), create=True) as g:
        real_write = g.store.write

        def write(batch, digests=None, spellings=None):
            seen.append(gc.isenabled())
            return real_write(batch, digests, spellings)

        monkeypatch.setattr(g.store, "write", write)
        (gc.enable if enabled else gc.disable)()
        try:
            g.load(small_graph())
            assert gc.isenabled() is enabled
            monkeypatch.setattr(g.store, "write", lambda batch, digests=None, spellings=None: 1 / 0)
            g.clear()  # else the load skips every document, stored unchanged, and writes nothing
            with pytest.raises(ZeroDivisionError):
                g.load(small_graph())
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert seen == [False]


@pytest.mark.neo4j
@pytest.mark.parametrize("entities_stored", [False, True])
def test_neo4j_concurrent_loads_of_the_same_facts_make_each_fact_once(neo4j_env, entities_stored):
    """Facts are created without MERGE, after the subjects are locked: two loads racing over
    the same facts give one relationship per fact, each with the support of both."""
    import threading
    from itertools import pairwise

    from conftest import _wipe_neo4j

    from kg.model import Entity, Fact

    _wipe_neo4j(neo4j_env)
    people = [Entity.make(f"Person {i}", "PERSON") for i in range(30)]

    def meetings(d):
        return [Fact(people[i], "MEET", "meet", "met", people[(i * 7 + 1) % 30], 0.7, d.id, i, 0, 9,
                     f"Sentence {i}.") for i in range(30)]

    docs = [document(f"Document {k} of the race.", f"race{k}.txt") for k in range(2)]
    batches = [[Extraction(d, meetings(d))] for d in docs]
    if entities_stored:  # the same people, known from a document loaded before the race
        earlier = document("The people met before.", "before.txt")
        with open_store(neo4j_env.uri) as store:
            store.write([Extraction(earlier, [Fact(p, "KNOW", "know", "knew", q, 0.7, earlier.id, 0, 0, 9, "S.")
                                              for p, q in pairwise(people)])])
    errors: list[BaseException] = []

    def load(batch):
        try:
            with open_store(neo4j_env.uri) as store:
                store.write(batch)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=load, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(neo4j_env.uri) as store:
        meets = [r for r in rows(store) if r["p"] == "meet"]
    assert len(meets) == 30
    assert {r["support"] for r in meets} == {2}
    _wipe_neo4j(neo4j_env)


def test_embedded_writes_keep_no_arrow_table_alive(tmp_path):
    """A LadybugDB connection keeps every Arrow table given to it as a parameter until it is
    closed; the store starts a new connection after each batch, so a long load does not hold
    every row it wrote (it grew ~7 KiB a fact on top of the buffer pool)."""
    import gc

    import pyarrow as pa

    from kg.model import Entity, Fact

    def batch(n: int) -> list[Extraction]:
        doc = document(f"batch {n}: " + "x" * 40, f"b{n}.txt")
        people = [Entity.make(f"Person {n} {k}", "PERSON") for k in range(301)]
        return [Extraction(doc, [Fact(people[k], "MEET", "meet", "met", people[k + 1], 0.8, doc.id, k, k, k + 1,
                                      f"Person {k} met person {k + 1} in a long sentence of the article.")
                                 for k in range(300)])]

    with open_store(str(tmp_path / "g.lbug")) as store:
        store.write(batch(0))
        gc.collect()
        before = pa.total_allocated_bytes()
        for n in range(1, 6):
            store.write(batch(n))
        gc.collect()
        assert store.stats()["facts"] == 1800
        assert pa.total_allocated_bytes() - before < 64 * 1024


def test_embedded_catalog_of_a_database_without_facts(tmp_path):
    """A LadybugDB database kg did not write (no FACT table) still lists its labels and keys."""
    import ladybug

    path = str(tmp_path / "other.lbug")
    db = ladybug.Database(path)
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Person(id STRING PRIMARY KEY, name STRING)")
    conn.close()
    db.close()
    with open_store(path, create=False) as store:
        assert store.catalog() == {"labels": ["Person"], "types": [], "properties": ["id", "name"]}


@pytest.mark.neo4j
def test_neo4j_entity_created_by_another_load_meanwhile_keeps_its_sets(neo4j_env):
    """New entities are created with plain properties; one that another load created between the
    read and the create is returned by the statement (so the union path merges it), and the plain
    create never overwrites it."""
    import neo4j as driver
    from conftest import _wipe_neo4j

    from kg.stores.neo4j import CREATE_ENTITIES

    _wipe_neo4j(neo4j_env)
    row = {"name": "Ann Lee", "type": "PERSON", "key": "ann lee", "surname": "lee", "merged_by": [], "other_types": []}
    rows = [{**row, "id": "person:ann-lee", "aliases": ["Ms Lee"]}, {**row, "id": "person:bo", "aliases": ["Bo"]}]
    with driver.GraphDatabase.driver(neo4j_env.uri, auth=(neo4j_env.username, neo4j_env.password)) as d:
        d.execute_query("CREATE (:Entity {id: 'person:ann-lee', name: 'Ann Lee', aliases: ['Ann Lee']})")
        raced, _, _ = d.execute_query(CREATE_ENTITIES, rows=rows)
        stored, _, _ = d.execute_query("MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases, "
                                       "e.kg_created AS mark ORDER BY id")
    assert [r["id"] for r in raced] == ["person:ann-lee"]
    assert [(r["id"], r["aliases"], r["mark"]) for r in stored] == [
        ("person:ann-lee", ["Ann Lee"], None), ("person:bo", ["Bo"], None)]
    _wipe_neo4j(neo4j_env)
