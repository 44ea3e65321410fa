"""The seed article end to end, through Cypher on both stores.

Nothing here is special-cased for the seed: tests/test_resolve.py checks the same rules on
articles of our own writing.
"""

from __future__ import annotations

import pytest
from conftest import SEED

from kg.ingest.clean import is_boilerplate, is_photo_credit
from kg.stores import open_store


@pytest.fixture
def seed_store(graph_target, seed_extractions):
    with open_store(graph_target) as store:
        store.write(seed_extractions)
        yield store


def q(store, cypher, **params):
    return store.query(cypher, params).records()


def test_medinsky_heads_the_russian_delegation(seed_store):
    got = q(seed_store, "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.name CONTAINS 'Medinsky' "
                        "AND r.predicate = 'head' RETURN b.name AS name")
    assert "Russian delegation" in {r["name"] for r in got}


def test_putin_declined_a_summit(seed_store):
    got = q(seed_store, "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.name CONTAINS 'Putin' "
                        "AND r.predicate = 'decline' RETURN b.name AS name")
    assert any("summit" in r["name"] for r in got)


def test_putin_attending_the_talks_is_only_negated(seed_store):
    got = q(seed_store, "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.name CONTAINS 'Putin' "
                        "AND r.predicate = 'attend' AND b.name CONTAINS 'talks' OPTIONAL MATCH (sp:Support {id: r.key}) "
                        "RETURN r.negated AS negated, sp.attribution AS who, sp.modality AS modality")
    assert got and all(r["negated"] for r in got)
    assert any("Dmitry Peskov" in r["who"] for r in got)


def test_no_entity_from_credits_or_banners(seed_store):
    text = SEED.read_text(encoding="utf-8")
    noise = [line.strip() for line in text.splitlines() if is_photo_credit(line.strip()) or is_boilerplate(line.strip())]
    assert any("REUTERS" in n for n in noise) and any("cookies" in n for n in noise)
    names = q(seed_store, "MATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases")
    words = {w for n in noise for w in n.replace("/", " ").replace(".", " ").split() if len(w) > 3}
    for rec in names:
        for label in [rec["name"], *rec["aliases"]]:
            assert label.upper() != label or not (set(label.split()) & words), label
            assert "cookie" not in label.lower()


def test_repeated_paragraphs_add_no_duplicate_support(seed_store):
    rows = q(seed_store, "MATCH (a:Entity)-[r]->(b:Entity) OPTIONAL MATCH (sp:Support {id: r.key}) RETURN split(sp.provenance, '\\n') AS p, "
                         "split(sp.evidence, '\\n') AS e")
    for row in rows:
        assert len(row["p"]) == len(set(row["p"]))
        assert len(row["e"]) == len(row["p"])  # the repeated block is read once: one sentence, one record
    # One record per edge from the repeated sentence. (An edge may have other sentences' support
    # too: "President Zelensky" gives a role fact in every sentence that names him so.)
    # (evidence[i] is the sentence of provenance[i])
    described = [sum("has described the Russian delegation" in e for e in r["e"]) for r in rows]
    described = [n for n in described if n]
    assert described and all(n == 1 for n in described)


def test_each_person_is_one_node(seed_store):
    got = q(seed_store, "MATCH (e:Entity) WHERE e.name CONTAINS 'Putin' RETURN e.name AS name, e.type AS type, "
                        "e.aliases AS aliases")
    assert [(r["name"], r["type"]) for r in got] == [("Vladimir Putin", "PERSON")]
    assert {"Putin", "President Putin"} <= set(got[0]["aliases"])


def test_role_facts_from_appositions(seed_store):
    got = q(seed_store, "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.name IN ['Maria Zakharova', 'Dmitry Peskov'] "
                        "OPTIONAL MATCH (sp:Support {id: r.key}) RETURN a.name AS who, r.predicate AS p, sp.lemmas AS role, b.name AS org")
    roles = {(r["who"], r["org"]) for r in got if r["p"] == "spokesperson"}
    assert ("Dmitry Peskov", "Kremlin") in roles
    assert ("Maria Zakharova", "Russian foreign ministry") in roles
