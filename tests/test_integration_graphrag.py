"""KgExtractor in a real neo4j-graphrag Pipeline, written by the library's own Neo4jWriter."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

pytest.importorskip("neo4j_graphrag", reason="pip install 'kg[graphrag]'")

import neo4j
from neo4j_graphrag.components.entity_relation_extractor import EntityRelationExtractor
from neo4j_graphrag.components.kg_writer import Neo4jWriter
from neo4j_graphrag.components.text_splitters.fixed_size_splitter import FixedSizeSplitter
from neo4j_graphrag.components.types import DocumentInfo, TextChunk, TextChunks
from neo4j_graphrag.experimental.pipeline import Pipeline

from kg.integrations.neo4j_graphrag import KgExtractor
from kg.model import entity_id

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_93302ee20f98648d.txt"
# Two chunks of our own: the full name in the first, the short one in the second.
CHUNKS = ("Acme Corp appointed Maria Lopez as its chief executive on Monday.",
          "Lopez did not attend the shareholder meeting in Madrid, the company said.")


def test_run_returns_the_libraries_graph_with_kg_ids_and_chunk_offsets() -> None:
    chunks = TextChunks(chunks=[TextChunk(text=t, index=n) for n, t in enumerate(CHUNKS)])
    extractor = KgExtractor()
    assert isinstance(extractor, EntityRelationExtractor)
    graph = asyncio.run(extractor.run(chunks, document_info=DocumentInfo(path="acme.txt")))
    labels = {node.label for node in graph.nodes}
    assert {"Document", "Chunk", "PERSON", "ORG"} <= labels
    lopez = next(n for n in graph.nodes if n.properties.get("name") == "Maria Lopez")
    assert lopez.properties["kg_id"] == entity_id("Maria Lopez", "PERSON")
    # "Lopez" in the second chunk is resolved to the Maria Lopez of the first.
    denied = next(r for r in graph.relationships if r.type == "NOT_ATTEND")
    assert denied.start_node_id == lopez.id and denied.properties["negated"] is True
    assert denied.properties["chunk_index"] == [1]
    start, end = denied.properties["char_start"][0], denied.properties["char_end"][0]
    assert CHUNKS[1][start:end].strip() == denied.properties["evidence"][0]
    from_chunk = {(r.start_node_id, r.end_node_id) for r in graph.relationships if r.type == "FROM_CHUNK"}
    assert (lopez.id, chunks.chunks[0].chunk_id) in from_chunk
    assert (lopez.id, chunks.chunks[1].chunk_id) in from_chunk


def _count(driver: neo4j.Driver, cypher: str, **params: str) -> int:
    return int(driver.execute_query(cypher, params).records[0][0])


@pytest.mark.neo4j
def test_a_pipeline_writes_the_seed_and_cypher_answers_the_card_questions(neo4j_wiped) -> None:  # type: ignore[no-untyped-def]
    server = neo4j_wiped
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.username, server.password)) as driver:
        pipe = Pipeline()
        pipe.add_component(FixedSizeSplitter(chunk_size=2000, chunk_overlap=0), "splitter")
        pipe.add_component(KgExtractor(), "extractor")
        pipe.add_component(Neo4jWriter(driver), "writer")
        pipe.connect("splitter", "extractor", input_config={"chunks": "splitter"})
        pipe.connect("extractor", "writer", input_config={"graph": "extractor"})
        result = asyncio.run(pipe.run({"splitter": {"text": SEED.read_text(encoding="utf-8")},
                                       "extractor": {"document_info": {"path": SEED.name}}}))
        assert result.result["writer"]["status"] == "SUCCESS"

        heads = driver.execute_query(
            "MATCH (p:__Entity__)-[r]->(o:__Entity__) WHERE r.predicate = 'head' AND NOT r.negated "
            "AND toLower(o.name) CONTAINS 'delegation' RETURN p.name AS leader").records
        declined = driver.execute_query(
            "MATCH (s:__Entity__)-[r]->(o:__Entity__) WHERE s.name CONTAINS 'Putin' "
            "AND r.predicate = 'decline' RETURN o.name AS object").records
        assert {r["leader"] for r in heads} == {"Vladimir Medinsky"}
        assert "proposed summit" in {r["object"] for r in declined}
        # The lexical graph, by the library's conventions: every entity comes from a chunk of
        # the document, and every chunk belongs to it.
        chunks = _count(driver, "MATCH (c:Chunk)-[:FROM_DOCUMENT]->(:Document {path: $p}) RETURN count(c)",
                        p=SEED.name)
        assert chunks == len(SEED.read_text(encoding="utf-8")) // 2000 + 1
        assert _count(driver, "MATCH (e:__Entity__) WHERE NOT (e)-[:FROM_CHUNK]->(:Chunk) RETURN count(e)") == 0
        assert _count(driver, "MATCH (e:__Entity__) WHERE e.kg_id IS NULL RETURN count(e)") == 0
