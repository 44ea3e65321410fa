"""What an export reads: a facts file, streamed line by line, or a graph store, page by page.

Both yield :class:`~kg.model.Document` and :class:`~kg.model.Fact` objects (one Fact per
provenance record), never holding more than one line or one page in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import StoreError

# The facts-file reader lives in kg.io (kg load reads the same files); exports take it from here.
from kg.io import BadLines, read_facts_file
from kg.model import Document, Entity, Fact, Mention
from kg.provenance import Provenance
from kg.stores.cypher import DOCUMENT_PAGE, ENTITY_PAGE, FACTS_OF, MENTIONS_OF
from kg.stores.rows import split_lines

Item = Document | Fact

__all__ = ["BadLines", "Item", "read_facts_file", "read_store", "read_store_mentions"]


# -- stores ------------------------------------------------------------------------------------
def read_store(graph: str, *, page: int = 1000) -> Iterator[Item]:
    """Everything a graph store holds as documents and facts; see :func:`read_store_mentions`."""
    for item in read_store_mentions(graph, page=page, mentions=False):
        if not isinstance(item, Mention):
            yield item


def read_store_mentions(graph: str, *, page: int = 1000, mentions: bool = True) -> Iterator[Item | Mention]:
    """Everything a graph store holds, in pages of ``page`` documents or entities.

    Uses only the portable read-only Cypher every store speaks (``GraphStore.query``): documents
    by id (keyset pages), then entities by id, each page with the facts whose subject it holds,
    one Fact per provenance record (and with ``mentions``, a :class:`Mention` for each document
    the entity is ``MENTIONED_IN``). Each page is its own read transaction, so a store written to
    during the export may give a mix of before and after.
    """
    from kg.pipeline import open_graph
    from kg.stores import store_kind

    if store_kind(graph) == "embedded" and not Path(graph).exists():
        raise StoreError(f"{graph}: no such graph (build one with 'kg build' or 'kg load')")
    with open_graph(graph, read_only=True) as g:
        yield from read_open_graph_mentions(g, page=page, mentions=mentions)


def read_open_graph(g: Any, *, page: int = 1000) -> Iterator[Item]:
    """:func:`read_store` on a graph that is already open (a :class:`kg.graph.Graph`)."""
    for item in read_open_graph_mentions(g, page=page, mentions=False):
        if not isinstance(item, Mention):
            yield item


def read_open_graph_mentions(g: Any, *, page: int = 1000, mentions: bool = True) -> Iterator[Item | Mention]:
    """:func:`read_store_mentions` on a graph that is already open."""
    stats = g.stats()
    if stats.get("documents", 0):
        yield from _pages(g, DOCUMENT_PAGE, page, lambda r: [Document(r[0], r[1] or "", r[2] or "", "")])
    if stats.get("entities", 0) and (stats.get("facts", 0) or mentions):
        for rows in _raw_pages(g, ENTITY_PAGE, page):
            subjects = {r[0]: Entity(r[0], r[1] or "", r[2] or "", tuple(r[3] or ())) for r in rows}
            if mentions:  # a name in no fact is a node of its documents too
                for id_, doc in sorted(g.query(MENTIONS_OF, {"ids": list(subjects)}).rows):
                    yield Mention(doc, subjects[id_])
            result = g.query(FACTS_OF, {"ids": list(subjects)})
            for s, relation, negated, provenance, evidence, o, name, type_, aliases in sorted(
                    result.rows, key=lambda r: (r[0], r[1] or "", r[5], bool(r[2]))):
                obj = Entity(o, name or "", type_ or "", tuple(aliases or ()))
                for record, sentence in zip(split_lines(provenance), split_lines(evidence), strict=True):
                    yield _fact(subjects[s], str(relation), bool(negated), obj, Provenance.from_json(record),
                                sentence)


def _raw_pages(g: Any, query: str, page: int) -> Iterator[list[list[Any]]]:
    after = ""
    while True:
        rows = g.query(query.replace("{n}", str(int(page))), {"after": after}).rows
        if rows:
            yield rows
        if len(rows) < page:
            return
        after = rows[-1][0]


def _pages(g: Any, query: str, page: int, make: Any) -> Iterator[Item]:
    for rows in _raw_pages(g, query, page):
        for row in rows:
            yield from make(row)


def _fact(subject: Entity, relation: str, negated: bool, obj: Entity, p: Provenance, evidence: str) -> Fact:
    return Fact(subject=subject, relation=relation, predicate=p.lemma, text=p.text, object=obj,
                confidence=p.confidence, doc_id=p.doc, sentence=p.sentence, char_start=p.start,
                char_end=p.end, evidence=evidence, negated=negated, modality=p.modality,
                attribution=p.attribution, extractor=p.extractor, extractor_version=p.version)
