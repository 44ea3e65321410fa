"""``KgExtractor``: kg's extraction as a neo4j-graphrag ``EntityRelationExtractor``, no LLM.

A drop-in for ``LLMEntityRelationExtractor`` in a neo4j-graphrag ``Pipeline``: it takes the
splitter's ``TextChunks`` and returns the library's ``Neo4jGraph`` for its ``Neo4jWriter``::

    pipe = Pipeline()
    pipe.add_component(FixedSizeSplitter(chunk_size=2000, chunk_overlap=0), "splitter")
    pipe.add_component(KgExtractor(), "extractor")
    pipe.add_component(Neo4jWriter(driver), "writer")
    pipe.connect("splitter", "extractor", input_config={"chunks": "splitter"})
    pipe.connect("extractor", "writer", input_config={"graph": "extractor"})
    await pipe.run({"splitter": {"text": text}, "extractor": {"document_info": {"path": "a.txt"}}})

The chunks of one run are one document to kg: each chunk is parsed on its own, but entities are
resolved across all of them ("Putin" in chunk 3 is the "Vladimir Putin" of chunk 1). Nodes: one
per entity, labelled with kg's type (``PERSON``, ``ORG``, ...; the writer adds ``__Entity__``),
with ``name``, ``aliases`` and ``kg_id`` (kg's stable entity id). Relationships: kg's relation type
(``NOT_`` before it for a negated claim), with the normalised ``predicate``, ``lemmas``,
``confidence``, ``negated``, ``attribution``, ``evidence``, and ``chunk_index``/``char_start``/
``char_end`` (the sentence's place in its chunk's text). The lexical graph (Document, Chunk,
``FROM_DOCUMENT``, ``NEXT_CHUNK``, entity ``FROM_CHUNK`` chunk) is built by the library's own
``LexicalGraphBuilder``, as its LLM extractor does. Needs ``pip install 'kg[graphrag]'``.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import uuid
from typing import Any

from neo4j_graphrag.components.entity_relation_extractor import EntityRelationExtractor, OnError
from neo4j_graphrag.components.lexical_graph import LexicalGraphBuilder
from neo4j_graphrag.components.types import (
    DocumentInfo,
    LexicalGraphConfig,
    Neo4jGraph,
    Neo4jNode,
    Neo4jRelationship,
    TextChunks,
)
from pydantic import validate_call

from kg.errors import ExtractionError
from kg.integrations.relationships import facts_or_raise, grouped, relationship_properties
from kg.model import Document, Extraction, Fact, Segment, document_id

logger = logging.getLogger(__name__)

# Chunks are joined with this between them into the one text kg resolves entities over.
CHUNK_SEPARATOR = "\n\n"


def _as_document(chunks: TextChunks, source: str) -> Document:
    segments, parts, offset = [], [], 0
    for chunk in chunks.chunks:
        parts.append(chunk.text)
        segments.append(Segment(offset, offset + len(chunk.text)))
        offset += len(chunk.text) + len(CHUNK_SEPARATOR)
    text = CHUNK_SEPARATOR.join(parts)
    return Document(document_id(text), source, source, text, tuple(segments))


class KgExtractor(EntityRelationExtractor):
    """kg's rules and entity resolution over a run's chunks.

    ``min_confidence`` drops less certain facts; ``model`` names a spaCy English model package.
    ``create_lexical_graph`` and ``on_error`` mean what they mean for the LLM extractor.
    """

    def __init__(self, *, min_confidence: float = 0.0, model: str | None = None,
                 create_lexical_graph: bool = True, on_error: OnError = OnError.RAISE) -> None:
        super().__init__(on_error=on_error, create_lexical_graph=create_lexical_graph)
        self.min_confidence = min_confidence
        self.model = model

    def _extract(self, chunks: TextChunks, source: str) -> tuple[Document, Extraction]:
        from kg.extract import facts_of_parsed
        from kg.extract.nlp import load_model

        document = _as_document(chunks, source)
        parsed = list(load_model(self.model).pipe(chunk.text for chunk in chunks.chunks))
        return document, facts_of_parsed(document, parsed)

    @validate_call  # as the library's own components: a pipeline hands over plain dicts
    async def run(self, chunks: TextChunks, document_info: DocumentInfo | None = None,
                  lexical_graph_config: LexicalGraphConfig | None = None, **kwargs: Any) -> Neo4jGraph:
        """The entity graph of the chunks, with the lexical graph when asked for."""
        builder = None
        graph = Neo4jGraph()
        if self.create_lexical_graph:
            builder = LexicalGraphBuilder(config=lexical_graph_config or LexicalGraphConfig())
            graph = (await builder.run(text_chunks=chunks, document_info=document_info)).graph
        elif lexical_graph_config:
            builder = LexicalGraphBuilder(config=lexical_graph_config)
        if not chunks.chunks:
            return graph
        source = document_info.path if document_info else "<neo4j-graphrag>"
        # Parsing is CPU work: off the event loop, so other pipeline tasks keep running.
        document, extraction = await asyncio.to_thread(self._extract, chunks, source)
        try:
            facts = [f for f in facts_or_raise(extraction) if f.confidence >= self.min_confidence]
        except ExtractionError as exc:
            if self.on_error == OnError.RAISE:
                raise
            logger.error("kg could not extract %s: %s", source, exc)  # OnError.IGNORE, as the LLM extractor
            return graph
        self._add_entities(graph, chunks, document, facts, builder)
        return graph

    def _add_entities(self, graph: Neo4jGraph, chunks: TextChunks, document: Document,
                      facts: list[Fact], builder: LexicalGraphBuilder | None) -> None:
        starts = [seg.start for seg in document.segments]

        def chunk_of(fact: Fact) -> int:
            return bisect.bisect_right(starts, fact.char_start) - 1

        def offsets(fact: Fact) -> tuple[int, int, int]:
            n = chunk_of(fact)
            index = chunks.chunks[n].index
            return index, fact.char_start - starts[n], fact.char_end - starts[n]

        # Node ids only join the rows of one write (the writer CREATEs nodes): a prefix per run
        # keeps them apart from another run's, as the LLM extractor's chunk-id prefix does.
        run = uuid.uuid4().hex
        nodes: dict[str, Neo4jNode] = {}
        seen_in: dict[str, set[int]] = {}
        for fact in facts:
            for entity in (fact.subject, fact.object):
                if entity.id not in nodes:
                    nodes[entity.id] = Neo4jNode(id=f"{run}:{entity.id}", label=entity.type, properties={
                        "name": entity.name, "aliases": list(entity.aliases), "kg_id": entity.id})
                seen_in.setdefault(entity.id, set()).add(chunk_of(fact))
        graph.nodes.extend(nodes.values())
        for (subject, type_, obj), group in grouped(facts).items():
            graph.relationships.append(Neo4jRelationship(
                start_node_id=nodes[subject].id, end_node_id=nodes[obj].id, type=type_,
                properties=relationship_properties(group, offsets)))
        if builder is not None:
            for entity_id, node in nodes.items():
                for n in sorted(seen_in[entity_id]):
                    graph.relationships.append(builder.create_node_to_chunk_rel(node, chunks.chunks[n].chunk_id))
