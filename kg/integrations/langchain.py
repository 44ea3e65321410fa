"""``KgGraphTransformer``: LangChain documents in, LangChain ``GraphDocument`` s out, no LLM.

The same call shape as LangChain's ``LLMGraphTransformer``, so a pipeline that loads its output
with ``Neo4jGraph.add_graph_documents(...)`` changes one line::

    from kg.integrations.langchain import KgGraphTransformer
    graph_documents = KgGraphTransformer().convert_to_graph_documents(documents)
    Neo4jGraph(...).add_graph_documents(graph_documents, include_source=True)

Nodes: ``id`` is kg's entity id (a hash of the canonical name and type, so the same entity gets
the same node from every document), ``type`` kg's entity type (``PERSON``, ``ORG``, ...), and the
properties ``name`` and ``aliases``. Relationships: ``type`` is kg's relation type (``HEAD``),
``NOT_HEAD`` for a negated claim (LangChain's loader merges relationships on source, type and
target only, so a claim and its denial need types of their own); the properties are the
normalised predicate (``decline`` for snubbed, dodged and declined, as in kg's own graphs) and the
verbs the text used (``lemmas``), the strongest confidence, negation, attribution, and the evidence
sentences with their character offsets in ``page_content``. Needs ``pip install 'kg[langchain]'``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from langchain_core.documents import Document as LangChainDocument
from langchain_neo4j.graphs.graph_document import GraphDocument, Node, Relationship

from kg.integrations.relationships import facts_or_raise, grouped, relationship_properties
from kg.model import Entity, Extraction, Fact


def _node(entity: Entity) -> Node:
    return Node(id=entity.id, type=entity.type,
                properties={"name": entity.name, "aliases": list(entity.aliases)})


def _relationships(facts: list[Fact], nodes: dict[str, Node]) -> list[Relationship]:
    return [Relationship(source=nodes[subject], target=nodes[obj], type=type_,
                         properties=relationship_properties(group))
            for (subject, type_, obj), group in grouped(facts).items()]


class KgGraphTransformer:
    """kg's rules and entity resolution as a LangChain graph transformer.

    ``allowed_nodes`` (entity types) and ``allowed_relationships`` (relation types), as in
    ``LLMGraphTransformer``, keep only facts whose subject, object and relation are allowed;
    ``min_confidence`` drops less certain facts. ``model`` names a spaCy English model package.
    """

    def __init__(self, allowed_nodes: Sequence[str] = (), allowed_relationships: Sequence[str] = (),
                 min_confidence: float = 0.0, model: str | None = None) -> None:
        self.allowed_nodes = frozenset(allowed_nodes)
        self.allowed_relationships = frozenset(allowed_relationships)
        self.min_confidence = min_confidence
        self.model = model

    def _keep(self, fact: Fact) -> bool:
        if fact.confidence < self.min_confidence:
            return False
        if self.allowed_nodes and not {fact.subject.type, fact.object.type} <= self.allowed_nodes:
            return False
        return not self.allowed_relationships or fact.relation in self.allowed_relationships

    def _graph_document(self, source: LangChainDocument, extraction: Extraction) -> GraphDocument:
        facts = [f for f in facts_or_raise(extraction) if self._keep(f)]
        nodes: dict[str, Node] = {}
        for fact in facts:
            for entity in (fact.subject, fact.object):
                nodes.setdefault(entity.id, _node(entity))
        return GraphDocument(nodes=list(nodes.values()), relationships=_relationships(facts, nodes),
                             source=source)

    def convert_to_graph_documents(self, documents: Sequence[LangChainDocument],
                                   config: Any = None) -> list[GraphDocument]:
        """One GraphDocument per document, in order. ``config`` is accepted for
        ``LLMGraphTransformer`` compatibility and not used: there is no model call to configure."""
        from kg.extract import extract_documents
        from kg.ingest import make_document

        sources = [str(d.metadata.get("source") or f"<document {n}>") for n, d in enumerate(documents)]
        kg_documents = [make_document(d.page_content, s) for d, s in zip(documents, sources, strict=True)]
        extractions = extract_documents(kg_documents, model=self.model)
        return [self._graph_document(d, e) for d, e in zip(documents, extractions, strict=True)]

    async def aconvert_to_graph_documents(self, documents: Sequence[LangChainDocument],
                                          config: Any = None) -> list[GraphDocument]:
        """The same, off the event loop: parsing is CPU work, done in a worker thread."""
        return await asyncio.to_thread(self.convert_to_graph_documents, documents, config)
