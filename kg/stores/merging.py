"""Late merging (:mod:`kg.resolve.latemerge`): documents' share of a stored entity moved to
another entity, portably.

A move is ``{old_id, old_name, docs, into, rest}``: the share of ``docs`` (every document that
mentions the old node when ``docs`` is None) moves to ``into``, the receiving node's row (id,
name, type, key, surname and the sets it gains: aliases, merged_by, other_types; it is created
if missing). Its share is the documents' mentions and their provenance records on the old
node's facts, which become facts of ``into`` (a fact no other document supports goes from the
old node). ``rest`` holds the sets the old node keeps; a node no document mentions any more goes,
and its id joins the receiving node's ``former_ids``.

Each store's ``absorb_entities`` runs :func:`absorb` in one write transaction: for each move in
turn, :func:`take_out` (reads and removals), then the store's own row writer on the rows returned
(the facts merged by union of records with what the receiving node holds, exactly as a load
merges them), then :func:`redirect`. One move is written before the next is read: two nodes one
load moves (both ends of a fact retyped) each find the fact where the other's move put it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kg.provenance import Provenance
from kg.stores.cypher import (
    DELETE_ENTITY,
    DELETE_FACT,
    DELETE_SUPPORT,
    SET_ENTITY_SETS,
    SUPPORT_OF_R,
    UPDATE_SUPPORT,
)
from kg.stores.rows import (
    Rows,
    fact_key,
    merge_entity,
    merge_relation,
    relation_row,
    split_lines,
    stored_item,
    support_properties,
)

Run = Callable[[str, dict[str, Any]], list[list[Any]]]

_FACT = f"{SUPPORT_OF_R}RETURN a.id, b.id, r.relation, r.negated, sp.evidence, sp.provenance"
FACTS_FROM = f"MATCH (a:Entity {{id: $id}})-[r]->(b:Entity) {_FACT}"
FACTS_TO = f"MATCH (a:Entity)-[r]->(b:Entity {{id: $id}}) {_FACT}"
DOCUMENTS_OF = "MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(d:Document) RETURN d.id"
DELETE_MENTION = "MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document {id: $doc}) DELETE m"
# The documents' facts said by a name: found from the documents' mentions, as kg remove finds a
# document's facts (kg.stores.cypher.FACTS_OF_DOCUMENT), not by a scan of every fact.
ATTRIBUTED_IN = ("UNWIND $docs AS doc MATCH (a:Entity)-[:MENTIONED_IN]->(:Document {id: doc}) WITH DISTINCT a "
                 f"MATCH (a)-[r]->(b:Entity) {SUPPORT_OF_R}WITH a, r, b, sp "
                 "WHERE ('|' + sp.attribution + '|') CONTAINS ('|' + $name + '|') "
                 "RETURN a.id, b.id, r.relation, r.negated, sp.evidence, sp.provenance")
FORMER_IDS = "MATCH (e:Entity {id: $id}) RETURN e.former_ids"
RENAME_ENTITY = ("MATCH (e:Entity {id: $id}) SET e.name = $name, e.aliases = $aliases, "
                 "e.merged_by = $merged_by, e.other_types = $other_types")
SET_FORMER_IDS = "MATCH (e:Entity {id: $id}) SET e.former_ids = $former_ids"


def _update(run: Run, row: dict[str, Any]) -> None:
    """A stored fact's new support: its Support node (its relationship never changes)."""
    run(UPDATE_SUPPORT, support_properties(row))


def _split(evidence: str | None, provenance: str | None, docs: set[str], old: str,
           new: str, names: Names = None) -> tuple[dict[str, str], dict[str, str], bool]:
    """A fact's support (its stored ``evidence`` and ``provenance``) in two: the documents'
    records (their attributions to ``old`` renamed ``new``) and the others; and whether an
    attribution was renamed. With ``names`` (the names that move, and which ends of the fact are
    the old node), only the records whose sentence wrote one of them there move."""
    moved: dict[str, str] = {}
    kept: dict[str, str] = {}
    renamed = False
    for sentence, text in zip(split_lines(evidence), split_lines(provenance), strict=True):
        record = Provenance.from_json(text)
        if record.doc not in docs or (names is not None and not _written_by(record, *names)):
            kept[text] = sentence
            continue
        if record.attribution == old:
            record, renamed = replace(record, attribution=new), True
        moved[record.to_json()] = sentence
    return moved, kept, renamed


# The names a move takes, and whether the old node is the fact's subject and its object.
Names = tuple[frozenset[str], bool, bool] | None


def _written_by(record: Provenance, names: frozenset[str], subject: bool, obj: bool) -> bool:
    """Whether a record's sentence wrote one of ``names`` for the old node (a record that keeps
    no names, from an older graph, moves with its document, as before)."""
    written = [w for w, end in ((record.subject, subject), (record.object, obj)) if end]
    return any(w is None or w in names for w in written)


def _row(s: str, relation: str, o: str, negated: bool, support: dict[str, str]) -> dict[str, Any]:
    return relation_row(s, relation, o, negated, support, (Provenance.from_json(p) for p in support))


def absorb(run: Run, write: Callable[[Rows], None], moves: list[dict[str, Any]]) -> None:
    """Apply the moves one after the other (a store's ``absorb_entities``, in its transaction)."""
    for move in moves:
        if move["old_id"] == move["into"]["id"]:
            rename(run, move)
            continue
        rows, former = take_out(run, [move])
        write(rows)
        redirect(run, former)


def rename(run: Run, move: dict[str, Any]) -> None:
    """A node that keeps its id under another spelling of its name (kg.resolve.spellings): its
    name and sets set, and its documents' facts said by the old spelling said by the new one."""
    into = move["into"]
    run(RENAME_ENTITY, {p: into[p] for p in ("id", "name", "aliases", "merged_by", "other_types")})
    docs = {d for (d,) in run(DOCUMENTS_OF, {"id": into["id"]})}
    _rename_attributions(run, docs, move["old_name"], into["name"])


def take_out(run: Run, moves: list[dict[str, Any]]) -> tuple[Rows, dict[str, list[str]]]:
    """Take each move's share out of the old node; return the rows it becomes on the receiving
    node, and the former ids each receiving node gains."""
    rows = Rows()
    former: dict[str, list[str]] = {}
    for move in moves:
        old, target = move["old_id"], move["into"]
        mentioned = {d for (d,) in run(DOCUMENTS_OF, {"id": old})}
        docs = mentioned if move.get("docs") is None else set(move["docs"]) & mentioned
        names = None if move.get("names") is None else frozenset(move["names"])
        # A move of some names only: their documents keep another name, and their mention, there.
        staying = set() if names is None else docs
        whole = docs == mentioned and not staying
        for s, o, relation, negated, evidence, provenance in run(FACTS_FROM, {"id": old}) + run(FACTS_TO, {"id": old}):
            moved, kept, _ = _split(evidence, provenance, docs, move["old_name"], target["name"],
                                    None if names is None else (names, s == old, o == old))
            if not moved:
                continue
            key = {"s": s, "relation": relation, "o": o, "negated": negated}
            if kept:
                _update(run, _row(s, relation, o, negated, kept))
            else:  # its Support node goes with it (the old node's DETACH DELETE would leave it)
                run(DELETE_FACT, key)
                run(DELETE_SUPPORT, {"key": fact_key(s, relation, o, negated)})
            s2 = target["id"] if s == old else s
            o2 = target["id"] if o == old else o
            if s2 == o2:
                continue  # "Tony Blair met Blair": one person, no fact
            new_key = (s2, relation, o2, negated)
            rows.relations[new_key] = merge_relation(rows.relations.get(new_key), _row(s2, relation, o2, negated, moved))
        if whole:
            (stored_former,) = run(FORMER_IDS, {"id": old}) or [[None]]
            former.setdefault(target["id"], []).extend([old, *(stored_former[0] or ())])
            run(DELETE_ENTITY, {"id": old})
        else:
            for doc in sorted(docs - staying):
                run(DELETE_MENTION, {"id": old, "doc": doc})
            run(SET_ENTITY_SETS, {"id": old, **move["rest"]})
        held = rows.entities.get(target["id"])
        rows.entities[target["id"]] = target if held is None else (merge_entity(held, target) or held)
        rows.mentions.update((target["id"], d) for d in docs)
        # (A document that keeps the old name's share keeps its attributions to it.)
        _rename_attributions(run, docs - staying, move["old_name"], target["name"])
    return rows, former


def _rename_attributions(run: Run, docs: set[str], old: str, new: str) -> None:
    """The documents' other facts said by the old name are now said by the receiving one (one
    read of the facts attributed to that name, not one per document)."""
    if old == new or not docs:
        return
    for s, o, relation, negated, evidence, provenance in run(ATTRIBUTED_IN, {"docs": sorted(docs),
                                                                          "name": stored_item(old)}):
        moved, kept, renamed = _split(evidence, provenance, docs, old, new)
        if renamed:
            _update(run, _row(s, relation, o, negated, {**kept, **moved}))


def redirect(run: Run, former: dict[str, list[str]]) -> None:
    """Each receiving node keeps the ids of the nodes it absorbed whole (``former_ids``)."""
    for target, ids in sorted(former.items()):
        (stored,) = run(FORMER_IDS, {"id": target}) or [[None]]
        run(SET_FORMER_IDS, {"id": target, "former_ids": sorted({*(stored[0] or ()), *ids} - {target})})
