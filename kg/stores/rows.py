"""The graph model as rows: what every store writes, computed once, backend-neutral.

Graph model 5 (``GRAPH_MODEL``)::

    (:Entity {id, name, type, aliases, key, surname, merged_by, other_types})
    (:Document {id, source, title})
    (:Entity)-[:MENTIONED_IN]->(:Document)
    (:Entity)-[fact {key, relation, predicate, negated}]->(:Entity)
    (:Support {id, lemmas, attribution, sources, confidence, modality, evidence, provenance})

A fact is one relationship per (subject, relation, object, negated). Its relationship type is
``FACT`` on LadybugDB (one table, whatever the corpus) and the relation itself on Neo4j
(``:HEAD``, ``:DECLINE``: written from a parameter, one statement per batch); ``relation`` holds
the relation on both, so the same Cypher runs on both. ``predicate`` is the relation in lower
case (``decline`` for snubbed, dodged and declined).

The relationship holds only what no restatement can change (its key, relation, predicate and
negation): a load never changes a stored relationship (the change from model 4). Everything that
grows with more support is on the fact's ``Support`` node (one per fact, its ``id`` the fact's
``key``: :func:`fact_key`, an integer digest of the fact's key): line i of ``provenance`` is a supporting
sentence's record (:class:`kg.provenance.Provenance` as JSON) and line i of ``evidence`` the sentence;
``lemmas`` (the verbs the text used), ``attribution``, ``sources`` (document ids) and
``confidence`` (the highest) and ``modality`` are derived from the records (:func:`derived` is
the one place that derives them). A query reaches them by primary key: ``MATCH (a)-[r]->(b)
OPTIONAL MATCH (sp:Support {id: r.key}) RETURN sp.confidence, sp.evidence`` (OPTIONAL: on
LadybugDB a plain MATCH there is a join over the whole Support table). Merging is by union of
records, so loading the same document again changes nothing.

Why (``bench/RESULTS.md``, "What fills the buffer pool"): a relationship table stores a node's
relationships together, and deleting or updating a stored relationship holds LadybugDB's buffer
pool until the next checkpoint; model 4 deleted and created again every stored fact a later
batch restated, which is what exhausted a 768 MiB pool near 775,000 facts. A node table updates
in place cheaply, so a restated fact now only updates its Support node.

No property is a list. Rows hold lists while kg works on them; the stores hold each as one
string (:func:`stored_fact`, read back by :func:`fact_lists`): ``lemmas``, ``attribution`` and
``sources`` as items joined by ``|`` (absent when empty), ``evidence`` and ``provenance`` one per
line. Queries test membership with ``split(sp.sources, '|')`` (a LadybugDB graph opened by kg has
``split`` as Neo4j does) or, faster, with ``('|' + sp.sources + '|') CONTAINS ('|' + $doc + '|')``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.model import Entity, Extraction, fact_id, name_key, sanitize_rel_type, surname_key
from kg.provenance import Provenance

GRAPH_MODEL = 5
# A fact's lists as the stores hold them: short ones as items joined by ITEM_SEPARATOR, the
# sentences and their records one per line.
ITEM_SEPARATOR = "|"
ITEM_LISTS = ("lemmas", "attribution", "sources")
LINE_LISTS = ("evidence", "provenance")
# What a fact relationship holds (graph model 5): what no restatement can change.
FACT_PROPERTIES = ("key", "relation", "predicate", "negated")
# What its Support node holds besides its id (the fact's key): everything that grows with support.
SUPPORT_PROPERTIES = ("lemmas", "attribution", "sources", "confidence", "modality", *LINE_LISTS)
# Relationship types the graph model itself uses: a relation of that name is stored as R_<name>.
RESERVED_TYPES = frozenset({"MENTIONED_IN", "FACT"})
# Entity properties that are sets of strings, merged by union.
ENTITY_SETS = ("aliases", "merged_by", "other_types")
# The key of a fact relationship: (subject id, relation, object id, negated).
FactKey = tuple[str, str, str, bool]


def fact_type(relation: str) -> str:
    """The relation a fact is stored under: sanitised, and never one of kg's own types."""
    rel = sanitize_rel_type(relation)
    return f"R_{rel}" if rel in RESERVED_TYPES else rel


@dataclass(slots=True)
class Rows:
    documents: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: set[tuple[str, str]] = field(default_factory=set)
    relations: dict[FactKey, dict[str, Any]] = field(default_factory=dict)
    # The facts the batch was given: more than its relationships, which a restatement shares.
    given: int = 0

    @property
    def fact_count(self) -> int:
        return len(self.relations)


def key_of(rel: dict[str, Any]) -> FactKey:
    return (rel["s"], rel["relation"], rel["o"], rel["negated"])


def fact_key(s: str, relation: str, o: str, negated: bool) -> int:
    """A fact relationship's ``key``, and its Support node's ``id``: the fact's id (a 64-bit digest)
    as a non-negative 63-bit integer. An integer primary key, not a string: LadybugDB's load of
    300k facts took 1,054 bytes a fact on disk instead of 1,165 and peaked 52 MiB lower
    (bench/RESULTS.md, graph model 5)."""
    return int(fact_id(s, relation, o, negated), 16) >> 1


def derived(records: Iterable[Provenance]) -> dict[str, Any]:
    """The properties a fact relationship derives from its provenance records."""
    records = list(records)
    modalities = sorted({p.modality for p in records if p.modality})
    return {
        "lemmas": sorted({p.lemma for p in records}),
        "attribution": sorted({p.attribution for p in records if p.attribution}),
        "sources": sorted({p.doc for p in records}),
        "confidence": max(p.confidence for p in records),
        "modality": modalities[0] if modalities else None,
    }


def relation_row(s: str, relation: str, o: str, negated: bool, support: dict[str, str],
                 records: Iterable[Provenance]) -> dict[str, Any]:
    """A fact relationship's row from its support: provenance JSON -> evidence sentence."""
    provenance = sorted(support)
    return {"s": s, "o": o, "key": fact_key(s, relation, o, negated), "relation": relation, "predicate": relation.lower(), "negated": negated,
            **derived(records), "evidence": [support[p] for p in provenance], "provenance": provenance}


def merge_relation(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """A stored relationship with new support: the union of their records (order-independent)."""
    if old is None:
        return new
    support = dict(zip(old["provenance"] or (), old["evidence"] or (), strict=True))
    support.update(zip(new["provenance"], new["evidence"], strict=True))
    provenance = sorted(support)
    merged = dict(new)
    for key in ("lemmas", "attribution", "sources"):
        merged[key] = sorted(set(old.get(key) or ()) | set(new.get(key) or ()))
    merged["confidence"] = max(float(old.get("confidence") or 0.0), float(new["confidence"]))
    merged["modality"] = min((m for m in (old.get("modality"), new.get("modality")) if m), default=None)
    merged["provenance"] = provenance
    merged["evidence"] = [support[p] for p in provenance]
    return merged


def _union(old: Iterable[str], new: Iterable[str]) -> list[str]:
    return sorted(set(old) | set(new))


def stored_fact(rel: dict[str, Any]) -> dict[str, Any]:
    """A fact row's properties as the stores hold them: its lists as strings. An item never holds
    the separator (:func:`stored_item`) and a sentence never a line break (:func:`build_rows`)."""
    out = dict(rel)
    for key in ITEM_LISTS:
        items = rel.get(key)
        out[key] = ITEM_SEPARATOR.join(map(stored_item, items)) if items else None
    for key in LINE_LISTS:
        out[key] = "\n".join(rel.get(key) or ())
    return out


def support_properties(rel: dict[str, Any]) -> dict[str, Any]:
    """A fact row's Support node as the stores hold it: ``id`` (the fact's key) and
    :data:`SUPPORT_PROPERTIES`, lists as strings."""
    stored = stored_fact(rel)
    return {"id": stored["key"], **{k: stored.get(k) for k in SUPPORT_PROPERTIES}}


def fact_lists(props: Mapping[str, Any]) -> dict[str, Any]:
    """A stored fact's properties with its lists as lists again (the inverse of :func:`stored_fact`)."""
    out = dict(props)
    for key in ITEM_LISTS:
        if key in out:
            out[key] = split_items(out[key])
    provenance = out.get("provenance")
    if "provenance" in out:
        out["provenance"] = split_lines(provenance)
    if "evidence" in out:
        out["evidence"] = split_lines(out["evidence"]) if provenance is None or provenance else []
    return out


def stored_item(text: str) -> str:
    """An item as a joined list holds it (and as a query looks it up): a ``|`` in a document id, a
    verb or a speaker's name is written ``/``."""
    return text.replace(ITEM_SEPARATOR, "/")


def split_items(text: str | None) -> list[str]:
    return text.split(ITEM_SEPARATOR) if text else []


def split_lines(text: str | None) -> list[str]:
    """Lines of a stored ``evidence`` or ``provenance``; an empty sentence is a line too."""
    return [] if text is None else text.split("\n")


def sentence_line(text: str) -> str:
    """A sentence as one line of ``evidence``: its line breaks become spaces (same length)."""
    return text if "\n" not in text and "\r" not in text else text.replace("\r", " ").replace("\n", " ")


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


def build_rows(extractions: Iterable[Extraction], digests: Mapping[str, str] | None = None,
               spellings: Mapping[str, str] | None = None) -> Rows:
    """A batch's rows; ``digests`` gives each document's extraction digest, and ``spellings`` the
    names it wrote (:func:`kg.resolve.spellings.document_spellings`), kept on its node."""
    rows = Rows()
    digests = digests or {}
    spellings = spellings or {}
    # Each entity's first reading and the union of its sets over the batch: its row is built once,
    # not once per fact that names it.
    first: dict[str, Entity] = {}
    sets: dict[str, tuple[set[str], set[str], set[str]]] = {}
    relations = rows.relations
    for extraction in extractions:
        doc = extraction.document
        rows.documents.append({"id": doc.id, "source": doc.source, "title": doc.title, "digest": digests.get(doc.id),
                               "spellings": spellings.get(doc.id)})
        for ent in extraction.mentions:  # named in the document, with or without a fact
            held = sets.get(ent.id)
            if held is None:
                first[ent.id] = ent
                sets[ent.id] = (set(ent.aliases), set(ent.merged_by), set(ent.other_types))
            else:
                held[0].update(ent.aliases)
                held[1].update(ent.merged_by)
                held[2].update(ent.other_types)
            rows.mentions.add((ent.id, doc.id))
        rows.given += len(extraction.facts)
        for fact in extraction.facts:
            for ent in (fact.subject, fact.object):
                held = sets.get(ent.id)
                if held is None:
                    first[ent.id] = ent
                    sets[ent.id] = (set(ent.aliases), set(ent.merged_by), set(ent.other_types))
                elif ent.aliases or ent.merged_by or ent.other_types:
                    held[0].update(ent.aliases)
                    held[1].update(ent.merged_by)
                    held[2].update(ent.other_types)
                rows.mentions.add((ent.id, doc.id))
            # One record: what derived() would give, spelled out (this runs once per fact).
            record = fact.provenance()
            relation = fact_type(fact.relation)
            key = (fact.subject.id, relation, fact.object.id, fact.negated)
            new = {"s": key[0], "o": key[2], "key": fact_key(*key), "relation": relation, "predicate": relation.lower(),
                   "negated": fact.negated, "lemmas": [record.lemma],
                   "attribution": [record.attribution] if record.attribution else [],
                   "sources": [record.doc], "confidence": record.confidence, "modality": record.modality or None,
                   "evidence": [sentence_line(fact.evidence)], "provenance": [record.to_json()]}
            old = relations.get(key)
            relations[key] = new if old is None else merge_relation(old, new)
    for id_, ent in first.items():
        aliases, merged_by, other_types = sets[id_]
        rows.entities[id_] = {"id": id_, "name": ent.name, "type": ent.type, "key": name_key(ent.name),
                              "surname": surname_key(ent.name, ent.type), "aliases": sorted(aliases),
                              "merged_by": sorted(merged_by), "other_types": sorted(other_types)}
    return rows


def without_document(rel: dict[str, Any], doc_id: str) -> dict[str, Any] | None:
    """A relationship's properties once one document's support is taken out (None: nothing left)."""
    support = {p: e for p, e in zip(rel["provenance"], rel["evidence"], strict=True)
               if Provenance.from_json(p).doc != doc_id}
    if not support:
        return None
    return relation_row(rel["s"], rel["relation"], rel["o"], rel["negated"], support,
                        (Provenance.from_json(p) for p in support))


def chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
