"""KgGraphTransformer: LangChain GraphDocuments, loaded by langchain-neo4j into the real Neo4j."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

pytest.importorskip("langchain_neo4j", reason="pip install 'kg[langchain]'")

from langchain_core.documents import Document
from langchain_neo4j import Neo4jGraph
from langchain_neo4j.graphs.graph_document import GraphDocument

from kg.integrations.langchain import KgGraphTransformer
from kg.model import entity_id

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_93302ee20f98648d.txt"
# Two short news texts of our own that name the same company: one node for both.
TEXTS = ("Acme Corp, which is headed by John Smith, bought Widget Ltd on Tuesday.",
         "Acme Corp did not buy Gadget Inc, its spokeswoman said.")


def test_graph_documents_carry_kg_ids_types_and_provenance() -> None:
    docs = [Document(page_content=t, metadata={"source": f"t{n}"}) for n, t in enumerate(TEXTS)]
    out = KgGraphTransformer().convert_to_graph_documents(docs)
    assert [type(g) for g in out] == [GraphDocument, GraphDocument]
    assert [g.source for g in out] == docs
    acme = entity_id("Acme Corp", "ORG")
    assert all(any(n.id == acme and n.type == "ORG" for n in g.nodes) for g in out)
    head = next(r for r in out[0].relationships if r.type == "HEAD")
    assert (head.source.properties["name"], head.target.id) == ("John Smith", acme)
    start, end = head.properties["char_start"][0], head.properties["char_end"][0]
    assert TEXTS[0][start:end].strip() == head.properties["evidence"][0]
    denied = [r for r in out[1].relationships if r.properties["negated"]]
    assert denied and all(r.type.startswith("NOT_") for r in denied)


def test_allowed_relationships_filter_as_in_llm_graph_transformer() -> None:
    docs = [Document(page_content=TEXTS[0])]
    out = KgGraphTransformer(allowed_relationships=["ACQUIRE"]).convert_to_graph_documents(docs)
    assert {r.type for r in out[0].relationships} == {"ACQUIRE"}


def test_async_form_gives_the_same_documents() -> None:
    docs = [Document(page_content=t) for t in TEXTS]
    transformer = KgGraphTransformer()
    assert asyncio.run(transformer.aconvert_to_graph_documents(docs)) == \
        transformer.convert_to_graph_documents(docs)


@pytest.mark.neo4j
def test_add_graph_documents_then_cypher_answers_the_card_questions(neo4j_wiped) -> None:  # type: ignore[no-untyped-def]
    server = neo4j_wiped
    article = Document(page_content=SEED.read_text(encoding="utf-8"), metadata={"source": SEED.name})
    graph_documents = KgGraphTransformer().convert_to_graph_documents([article])
    graph = Neo4jGraph(url=server.uri, username=server.username, password=server.password,
                       refresh_schema=False)
    try:
        graph.add_graph_documents(graph_documents, include_source=True, baseEntityLabel=True)
        heads = graph.query(
            "MATCH (p)-[r:HEAD]->(o) WHERE toLower(o.name) CONTAINS 'delegation' AND NOT r.negated "
            "RETURN p.name AS leader")
        declined = graph.query(
            "MATCH (s)-[r]->(o) WHERE s.name CONTAINS 'Putin' AND r.predicate = 'decline' "
            "RETURN o.name AS object")
        counts = graph.query("MATCH (n:__Entity__) WITH count(n) AS nodes "
                             "MATCH (:Document)-[m:MENTIONS]->() RETURN nodes, count(m) AS mentions")[0]
        # Loading the same documents again changes nothing: nodes merge on kg's stable ids.
        graph.add_graph_documents(graph_documents, include_source=True, baseEntityLabel=True)
        again = graph.query("MATCH (n:__Entity__) WITH count(n) AS nodes "
                            "MATCH (:Document)-[m:MENTIONS]->() RETURN nodes, count(m) AS mentions")[0]
    finally:
        graph.close()
    assert {row["leader"] for row in heads} == {"Vladimir Medinsky"}
    assert "proposed summit" in {row["object"] for row in declined}
    assert counts["nodes"] == len(graph_documents[0].nodes) and again == counts
