"""The graph model as rows: what every store writes, computed once, backend-neutral.

Graph model::

    (:Entity {id, name, type, aliases, key, surname, merged_by, other_types})
    (:Document {id, source, title})
    (:Entity)-[:MENTIONED_IN]->(:Document)
    (:Entity)-[:TYPE {predicate, lemmas, confidence, negated, modality, attribution,
                      sources, evidence, provenance}]->(:Entity)

One relationship per (subject, type, object, negated). ``predicate`` is the normalised predicate
(the type in lower case: ``decline`` for snubbed, dodged and declined); ``lemmas`` the verbs the
text used. ``provenance`` holds one canonical JSON string per supporting sentence, ``sources`` the
ids of the documents and ``evidence`` the sentences; merging is by set union, so loading the same
document again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.model import Entity, Extraction, Fact, name_key, sanitize_rel_type, surname_key

# Types the graph model itself uses: facts may not take them over.
# LadybugDB table names ignore case: a relation type "DOCUMENT" would be the Document node table.
RESERVED_TYPES = frozenset({"MENTIONED_IN", "ENTITY", "DOCUMENT"})
# Entity properties that are sets of strings, merged by union.
ENTITY_SETS = ("aliases", "merged_by", "other_types")


def rel_type_of(fact: Fact) -> str:
    rel = sanitize_rel_type(fact.relation)
    return f"R_{rel}" if rel in RESERVED_TYPES else rel  # a trailing "_" would be sanitised away


@dataclass(slots=True)
class Rows:
    documents: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: set[tuple[str, str]] = field(default_factory=set)
    # type -> (s, o, negated) -> row
    relations: dict[str, dict[tuple[str, str, bool], dict[str, Any]]] = field(default_factory=dict)

    @property
    def fact_count(self) -> int:
        return sum(len(rows) for rows in self.relations.values())


def _union(old: Iterable[str], new: Iterable[str]) -> list[str]:
    return sorted(set(old) | set(new))


def merge_relation(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Combine a stored relationship with new support for it: the union of the two."""
    if old is None:
        return new
    merged = dict(new)
    for key in ("lemmas", "sources", "evidence", "provenance", "attribution"):
        merged[key] = _union(old.get(key) or [], new.get(key) or [])
    merged["confidence"] = max(float(old.get("confidence") or 0.0), float(new["confidence"]))
    merged["modality"] = old.get("modality") or new.get("modality")
    return merged


def entity_row(ent: Entity, known: dict[str, Any] | None) -> dict[str, Any]:
    """An entity's row: ``key`` and ``surname`` are what corpus resolution finds it by
    (:meth:`GraphStore.find_entities`); aliases, ``merged_by`` and ``other_types`` are sets."""
    if known is not None and all(set(getattr(ent, p)) <= set(known[p]) for p in ENTITY_SETS):
        return known
    row: dict[str, Any] = {"id": ent.id, "name": ent.name, "type": ent.type, "key": name_key(ent.name),
           "surname": surname_key(ent.name, ent.type)}
    for prop in ENTITY_SETS:
        row[prop] = _union(known[prop] if known else (), getattr(ent, prop))
    return row


def merge_entity(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any] | None:
    """A stored entity with a batch's row merged in, or None when the batch adds nothing."""
    if all(set(new[p]) <= set(old.get(p) or ()) for p in ENTITY_SETS):
        return None
    return {**new, **{p: _union(old.get(p) or (), new[p]) for p in ENTITY_SETS}}


def entity_without_document(ent: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """An entity's sets once one document's share is taken out: its merge and type records, and
    every alias that only that document's records supported."""
    def keep(records: list[str] | None) -> list[str]:
        return sorted(r for r in records or () if json.loads(r).get("doc") != doc_id)

    merged = keep(ent.get("merged_by"))
    supported = {json.loads(r)["alias"] for r in merged}
    gone = {json.loads(r)["alias"] for r in ent.get("merged_by") or ()} - supported
    aliases = sorted(a for a in ent.get("aliases") or () if a not in gone)
    return {"id": ent["id"], "aliases": aliases, "merged_by": merged, "other_types": keep(ent.get("other_types"))}


def build_rows(extractions: Iterable[Extraction]) -> Rows:
    rows = Rows()
    for extraction in extractions:
        doc = extraction.document
        rows.documents.append({"id": doc.id, "source": doc.source, "title": doc.title})
        for fact in extraction.facts:
            for ent in (fact.subject, fact.object):
                rows.entities[ent.id] = entity_row(ent, rows.entities.get(ent.id))
                rows.mentions.add((ent.id, doc.id))
            key = (fact.subject.id, fact.object.id, fact.negated)
            new = {
                "s": fact.subject.id, "o": fact.object.id, "negated": fact.negated,
                "predicate": fact.relation.lower(), "lemmas": [fact.predicate],
                "confidence": round(fact.confidence, 4), "modality": fact.modality,
                "attribution": [fact.attribution] if fact.attribution else [],
                "sources": [doc.id], "evidence": [fact.evidence], "provenance": [fact.provenance()],
            }
            table = rows.relations.setdefault(rel_type_of(fact), {})
            table[key] = merge_relation(table.get(key), new)
    return rows


def without_document(rel: dict[str, Any], doc_id: str) -> dict[str, Any] | None:
    """A relationship's properties once one document's support is taken out (None: nothing left)."""
    keep = [p for p in rel["provenance"] if json.loads(p)["doc"] != doc_id]
    if not keep:
        return None
    records = [json.loads(p) for p in keep]
    out = dict(rel)
    out["provenance"] = sorted(keep)
    out["sources"] = sorted({r["doc"] for r in records})
    out["evidence"] = sorted({r["evidence"] for r in records})
    out["attribution"] = sorted({r["attribution"] for r in records if r.get("attribution")})
    out["lemmas"] = sorted({r["lemma"] for r in records})
    out["confidence"] = max(float(r["confidence"]) for r in records)
    return out


def chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
