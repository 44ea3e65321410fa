"""Late merging (:mod:`kg.resolve.latemerge`): a stored entity folded into another, portably.

Each store's ``absorb_entities`` runs, in one write transaction, :func:`take_out` (the absorbed
node's facts, mentions and former ids read, the node deleted, the attributions its documents
gave it renamed), then its own row writer on the rows returned (the facts re-keyed to the
surviving node, merged by union of records with what that node already holds, exactly as a load
merges them), then :func:`redirect` (the surviving node keeps the old ids in ``former_ids``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kg.model import Provenance
from kg.stores.cypher import DELETE_ENTITY, DOCUMENT_FACTS, UPDATE_FACT
from kg.stores.rows import Rows, merge_entity, merge_relation, relation_row

Run = Callable[[str, dict[str, Any]], list[list[Any]]]

_FACT = "r.relation, r.negated, r.evidence, r.provenance"
FACTS_FROM = f"MATCH (a:Entity {{id: $id}})-[r]->(b:Entity) RETURN a.id, b.id, {_FACT}"
FACTS_TO = f"MATCH (a:Entity)-[r]->(b:Entity {{id: $id}}) RETURN a.id, b.id, {_FACT}"
DOCUMENTS_OF = "MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(d:Document) RETURN d.id"
FORMER_IDS = "MATCH (e:Entity {id: $id}) RETURN e.former_ids"
SET_FORMER_IDS = "MATCH (e:Entity {id: $id}) SET e.former_ids = $former_ids"


def _reattributed(evidence: list[str], provenance: list[str], docs: set[str], old: str,
                  new: str) -> tuple[dict[str, str], list[Provenance], bool]:
    """A fact's support with the documents' attributions to ``old`` renamed ``new``."""
    support: dict[str, str] = {}
    records: list[Provenance] = []
    changed = False
    for sentence, text in zip(evidence or (), provenance or (), strict=True):
        record = Provenance.from_json(text)
        if record.doc in docs and record.attribution == old:
            record = replace(record, attribution=new)
            changed = True
        support[record.to_json()] = sentence
        records.append(record)
    return support, records, changed


def take_out(run: Run, moves: list[dict[str, Any]]) -> tuple[Rows, dict[str, list[str]]]:
    """Delete each absorbed node; return the rows its share becomes on the surviving node, and
    the former ids each surviving node gains."""
    into: dict[str, str] = {m["old_id"]: m["into"]["id"] for m in moves}
    rows = Rows()
    former: dict[str, list[str]] = {}
    for move in moves:
        old, target = move["old_id"], move["into"]
        docs = {d for (d,) in run(DOCUMENTS_OF, {"id": old})}
        facts = run(FACTS_FROM, {"id": old}) + run(FACTS_TO, {"id": old})
        (stored_former,) = run(FORMER_IDS, {"id": old}) or [[None]]
        former.setdefault(target["id"], []).extend([old, *(stored_former[0] or ())])
        run(DELETE_ENTITY, {"id": old})
        held = rows.entities.get(target["id"])
        rows.entities[target["id"]] = target if held is None else (merge_entity(held, target) or held)
        rows.mentions.update((target["id"], d) for d in docs)
        for subject, obj, relation, negated, evidence, provenance in facts:
            s: str = into.get(subject) or subject
            o: str = into.get(obj) or obj
            if s == o:
                continue  # "Tony Blair met Blair": one person, no fact
            support, records, _ = _reattributed(evidence, provenance, docs, move["old_name"], target["name"])
            row = relation_row(s, relation, o, negated, support, records)
            key = (s, relation, o, negated)
            rows.relations[key] = merge_relation(rows.relations.get(key), row)
        _rename_attributions(run, docs, move["old_name"], target["name"])
    return rows, former


def _rename_attributions(run: Run, docs: set[str], old: str, new: str) -> None:
    """The documents' other facts said by the absorbed name are now said by the surviving one."""
    for doc in sorted(docs):
        for s, relation, o, negated, evidence, provenance in run(DOCUMENT_FACTS, {"doc": doc}):
            support, records, changed = _reattributed(evidence, provenance, {doc}, old, new)
            if changed:
                row = relation_row(s, relation, o, negated, support, records)
                run(UPDATE_FACT, {k: row[k] for k in ("s", "relation", "o", "negated", "lemmas", "confidence",
                                                       "modality", "attribution", "sources", "evidence",
                                                       "provenance")})


def redirect(run: Run, former: dict[str, list[str]]) -> None:
    """Each surviving node keeps the ids of the nodes it absorbed (``former_ids``)."""
    for target, ids in sorted(former.items()):
        (stored,) = run(FORMER_IDS, {"id": target}) or [[None]]
        run(SET_FORMER_IDS, {"id": target, "former_ids": sorted({*(stored[0] or ()), *ids})})
