"""A common noun's spelling: the one most documents write, whatever order they were loaded in.

A ``CONCEPT`` node (a common noun: "two executives") is never joined to another name, but the
same noun is written in more than one way: "Two executives" where a sentence starts with it,
"two executives" elsewhere. Its id is the hash of the noun in lower case, so every spelling is one
node; its name was the spelling written first, which changes with the order documents come in
(and, in one build, with the order of the files). It is now the spelling most documents write,
counted once per document, as a name's spelling is chosen (:mod:`kg.resolve.spellings`), a tie
going to capitals inside the noun, not at its start (:func:`leading`): one build counts the
spellings of all its documents (:class:`ConceptSpellings`); a later load counts the stored documents' spellings (each document
node keeps the nouns it wrote, ``Document.spellings``) with its own, and renames a stored node
whose spelling no longer leads (:func:`concept_renames`); so does a removal
(:func:`concepts_after_removal`). Only a noun the batch writes in a spelling other than the
stored one is counted again: a load that writes a stored noun as it is stored reads nothing more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from kg.model import Extraction, name_key
from kg.resolve.moves import LateMerge, Move
from kg.resolve.records import Canonical

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["CONCEPT", "ConceptSpellings", "concept_renames", "concepts_after_removal", "document_concepts"]

CONCEPT = "CONCEPT"
# Stored nodes by id, with the sets a rename keeps as they are.
STORED_NODES = ("UNWIND $ids AS id MATCH (e:Entity {id: id}) "
                "RETURN e.id, e.name, e.aliases, e.merged_by, e.other_types")
# The common nouns a document mentions (read before it is removed).
DOCUMENT_CONCEPTS = ("MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: $doc}) "
                     "WHERE e.type = 'CONCEPT' RETURN e.id")
LOOKUP_BATCH = 10_000


def document_concepts(extraction: Extraction) -> dict[str, set[str]]:
    """The common nouns a document writes, by id: the spellings it writes each in."""
    written: dict[str, set[str]] = {}
    for entity in extraction.entities:
        if entity.type == CONCEPT:
            written.setdefault(entity.id, set()).add(entity.name)
    return written


def leading(counts: Counter[str]) -> str:
    """The spelling most documents write. A tie goes to the spelling with more capitals after its
    first letter, which a proper name inside the noun brings ("French Open champion", "former
    WorldCom boss"), then to a small first letter, since a capital there is only a sentence's
    start ("budget airline", not "Budget airline"), then to the greater string."""
    return max(counts, key=lambda n: (counts[n], sum(c.isupper() for c in n[1:]), n[:1].islower(), n))


class ConceptSpellings:
    """Pass 1: each common noun's spellings, counted once per document. Most nouns are written one
    way: those keep one spelling and a count, not a Counter (memory grows with the vocabulary), and
    a noun written once keeps its spelling alone (a tuple was ~70 of the ~300 bytes a noun cost,
    and most nouns of a large corpus are written once: 74,677 of 135,289 at 300k synthetic facts)."""

    def __init__(self) -> None:
        self._one: dict[str, str | tuple[str, int]] = {}  # a spelling once, or (spelling, documents)
        self._many: dict[str, Counter[str]] = {}

    def add(self, extraction: Extraction) -> None:
        for id_, names in document_concepts(extraction).items():
            for name in names:
                self._count(id_, name)

    def _count(self, id_: str, name: str) -> None:
        many = self._many.get(id_)
        if many is not None:
            many[name] += 1
            return
        one = self._one.get(id_)
        if one is None:
            self._one[id_] = name
            return
        spelling, n = (one, 1) if isinstance(one, str) else one
        if spelling == name:
            self._one[id_] = (name, n + 1)
        else:
            del self._one[id_]
            self._many[id_] = Counter({spelling: n, name: 1})

    def ids(self) -> list[str]:
        return sorted(self._one.keys() | self._many.keys())

    def spellings(self, id_: str) -> Counter[str]:
        one = self._one.get(id_)
        if one is None:
            return self._many.get(id_, Counter())
        spelling, n = (one, 1) if isinstance(one, str) else one
        return Counter({spelling: n})

    def names(self) -> dict[str, str]:
        """The spelling of each noun the batch writes more than one way, as the batch alone counts
        them (a stored node's own count is added by :func:`concept_renames`)."""
        return {id_: leading(counts) for id_, counts in self._many.items()}


def _stored_counts(stored: dict[str, str | None], key: str, node_name: str, skip: Iterable[str]) -> Counter[str]:
    """The spellings the stored documents (not those in ``skip``) wrote the noun in; a document
    whose record has none (written by an older kg) counts for the node's own spelling."""
    from kg.resolve.spellings import recorded  # which imports this module

    skip = set(skip)
    counts: Counter[str] = Counter()
    for doc, record in stored.items():
        if doc in skip:
            continue
        written = {name for name, _ in recorded(record, key, concepts=True)} if record else set()
        counts.update(written or {node_name})
    return counts


def _rename(node: dict[str, Any], name: str) -> Move:
    canon = Canonical(node["id"], name, CONCEPT, stored=True)
    into = {"id": canon.id, "name": name, "type": CONCEPT, "key": name_key(name), "surname": "",
            "aliases": sorted(node.get("aliases") or ()), "merged_by": sorted(node.get("merged_by") or ()),
            "other_types": sorted(node.get("other_types") or ())}
    return Move(node["id"], node["name"], into)


def stored_nodes(store_query: Callable[[str, list[str]], Iterable[Any]], ids: list[str]) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), LOOKUP_BATCH):
        for id_, name, aliases, merged, others in store_query(STORED_NODES, ids[start:start + LOOKUP_BATCH]):
            nodes[id_] = {"id": id_, "name": name, "aliases": aliases, "merged_by": merged, "other_types": others}
    return nodes


def concept_renames(resolution: Resolution, late: LateMerge) -> list[Move]:
    """The stored common nouns the batch writes another way, spelled as one build of the stored
    documents and the batch spells them; sets ``resolution.concept_names`` (id -> the spelling
    the batch writes each noun in, where the batch alone does not decide it)."""
    concepts: ConceptSpellings = resolution.concepts
    names = concepts.names()
    resolution.concept_names = names
    if late.nodes is None or late.spellings is None:
        return []
    ids = concepts.ids()
    if not ids:
        return []
    stored = late.nodes(ids)
    contested = [id_ for id_, node in stored.items() if set(concepts.spellings(id_)) - {node["name"]}]
    for id_, node in stored.items():  # a stored noun keeps its spelling unless counted again below
        names[id_] = node["name"]
    if not contested:
        return []
    written = late.spellings(contested)
    moves = []
    for id_ in contested:
        node = stored[id_]
        counts = _stored_counts(written.get(id_, {}), name_key(node["name"]), node["name"], resolution.documents)
        counts.update(concepts.spellings(id_))
        name = leading(counts)
        names[id_] = name
        if name != node["name"]:
            moves.append(_rename(node, name))
    return moves


def concepts_after_removal(late: LateMerge, ids: list[str]) -> list[Move]:
    """The common nouns a removed document wrote, spelled as the documents left write them."""
    if late.nodes is None or late.spellings is None or not ids:
        return []
    stored = late.nodes(ids)
    written = late.spellings(sorted(stored))
    moves = []
    for id_, node in stored.items():
        counts = _stored_counts(written.get(id_, {}), name_key(node["name"]), node["name"], ())
        if counts and leading(counts) != node["name"]:
            moves.append(_rename(node, leading(counts)))
    return moves
