"""A full name that arrives after its short form was stored alone: the stored node joins it.

Document A says only "Mr Blair" and is loaded first: "Blair" is a node of its own. Document B,
loaded later, names Tony Blair, the only Blair of the corpus. Built in one go, A's "Blair" would
have joined Tony Blair (rule ``surname``); loaded in this order, the stored "Blair" node is
*absorbed*: its facts and mentions move to Tony Blair, its aliases and records join his, a
``merged_by`` record names the rule and each of A's documents, and its id is kept on the
surviving node as one of its ``former_ids`` (``kg explain OLD_ID`` finds it). So the graph is the
one a single build of A and B makes, in either order.

The decision is the one a single build makes for each document that mentions the stored node:
:meth:`kg.resolve.corpus.Resolution._choose` on that document's own reading (its courtesy
titles and offices, from the node's ``merged_by`` records of that document). The node is
absorbed only when every one of its documents chooses the same full name: a stored node is moved
whole, never split ("Mrs Blair" in one document and "Mr Blair" in another, with Tony and Cherie
in the corpus, stay one "Blair" node, as before).

Work is only done when it is due: the candidates are the one-word stored names the batch's
look-up already returned (a batch's full names ask for their surnames) that some full name now
claims, and only those are read again and moved (:meth:`kg.stores.GraphStore.absorb_entities`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.resolve.names import gender_of, name_key, offices_of, surname_key
from kg.resolve.records import Canonical, merge_record, record

if TYPE_CHECKING:
    from kg.resolve.corpus import Resolution

# The rules a stored record of an entity's own name carries when nothing else moved it: a
# corpus rule takes their place on the absorbed name (a single build would have named that rule).
OWN_NAME_RULES = frozenset({"cleaned", "type", "stored"})
REPLACED_RULES = OWN_NAME_RULES | {"same-document"}
# A stored node's documents and its minority type records (one portable read for the candidates).
ENTITY_DOCUMENTS = ("UNWIND $ids AS id MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(d:Document) "
                    "RETURN e.id AS id, e.other_types AS other_types, collect(d.id) AS docs")


@dataclass(frozen=True, slots=True)
class Absorption:
    """One stored node to fold into another: ``into`` is the surviving node's row (id, name, type,
    key, surname and the sets it gains: aliases, merged_by, other_types)."""

    old_id: str
    old_name: str
    into: dict[str, Any]

    def to_row(self) -> dict[str, Any]:
        return {"old_id": self.old_id, "old_name": self.old_name, "into": self.into}


# What late merging needs from the graph: the documents and type records of some entities, and
# a way to apply the absorptions (both bound to a store by :func:`on_store`).
Details = Callable[[list[str]], dict[str, tuple[list[str], list[str]]]]
Apply = Callable[[list[Absorption]], None]


@dataclass(frozen=True, slots=True)
class LateMerge:
    details: Details
    apply: Apply


def on_store(store: Any) -> LateMerge:
    """Late merging against a :class:`kg.stores.GraphStore`."""
    def details(ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        rows = store.query(ENTITY_DOCUMENTS, {"ids": ids}).records()
        return {r["id"]: (sorted(r["docs"] or ()), list(r["other_types"] or ())) for r in rows}

    def apply(moves: list[Absorption]) -> None:
        if moves:
            store.absorb_entities([m.to_row() for m in moves])

    return LateMerge(details, apply)


def candidates(resolution: Resolution, stored: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Stored one-word person names that some full name of the corpus or graph carries as surname."""
    out: list[dict[str, Any]] = []
    for key, rows in stored.items():
        canon = resolution.canon.get(key)
        if (canon is None or " " in key or key in resolution.given_names
                or not resolution.by_surname.get(key)):
            continue
        out.extend(row for row in rows if row["id"] == canon.id and row["type"] in ("PERSON", "OTHER"))
    return out


def _readings(row: dict[str, Any], docs: list[str]) -> dict[str, list[dict[str, str]]]:
    """The node's merge records, by document (a document that wrote the name bare has none)."""
    by_doc: dict[str, list[dict[str, str]]] = {doc: [] for doc in docs}
    for merge in row.get("merged_by") or ():
        joined = json.loads(merge)
        if joined["doc"] in by_doc:
            by_doc[joined["doc"]].append(joined)
    return by_doc


def _choice(resolution: Resolution, key: str, row: dict[str, Any], records: list[dict[str, str]]) -> tuple[str, str] | None:
    """What a single build would join this document's reading of the name to."""
    aliases = [r["alias"] for r in records]
    said, offices = gender_of(aliases), offices_of(aliases)
    if row["type"] != "PERSON" and not (said or offices):  # an untyped word needs a title
        return None
    return resolution.choose(key, said, offices)


def plan(resolution: Resolution, stored: dict[str, list[dict[str, Any]]], details: Details) -> list[Absorption]:
    """The stored short forms every one of whose documents now joins one full name, and how."""
    rows = candidates(resolution, stored)
    if not rows:
        return []
    found = details([row["id"] for row in rows])
    moves = []
    for row in rows:
        docs, other_types = found.get(row["id"], ([], []))
        by_doc = _readings(row, docs)
        choices = {doc: _choice(resolution, row["key"], row, records) for doc, records in by_doc.items()}
        targets = {choice[0] if choice else None for choice in choices.values()}
        if len(targets) != 1 or None in targets:
            continue
        rules = {doc: choice[1] for doc, choice in choices.items() if choice is not None}
        target = next(iter(targets))
        assert target is not None
        moves.append(_absorption(row, resolution.canon[target], by_doc, rules, other_types))
    return moves


def _absorption(row: dict[str, Any], into: Canonical, by_doc: dict[str, list[dict[str, str]]],
                rules: dict[str, str], other_types: list[str]) -> Absorption:
    """The sets the surviving node gains: what a single build would have recorded for these
    documents, from what the stored node recorded for them."""
    merged: set[str] = set()
    aliases = set(row.get("aliases") or ())
    for doc, records in by_doc.items():
        own_name_recorded = False
        for r in records:
            if r["rule"] in REPLACED_RULES:
                own_name_recorded |= r["rule"] in OWN_NAME_RULES
                merged.add(merge_record(r["alias"], doc, rules[doc]))
            else:
                merged.add(merge_record(r["alias"], doc, r["rule"]))
        if not own_name_recorded:  # the document wrote the stored name itself
            aliases.add(row["name"])
            merged.add(merge_record(row["name"], doc, rules[doc]))
    typed = {json.loads(r)["doc"]: r for r in other_types}
    others = {r for r in other_types if json.loads(r)["type"] != into.type}
    if row["type"] != into.type:
        others |= {record(doc=doc, type=row["type"]) for doc in by_doc if doc not in typed}
    aliases.discard(into.name)
    return Absorption(row["id"], row["name"], {
        "id": into.id, "name": into.name, "type": into.type, "key": name_key(into.name),
        "surname": surname_key(into.name, into.type), "aliases": sorted(aliases), "merged_by": sorted(merged),
        "other_types": sorted(others)})


def absorb_stored(resolution: Resolution, stored: dict[str, list[dict[str, Any]]], late: LateMerge) -> None:
    """Absorb what is due, then let the batch resolve as a single build would: the absorbed
    name is no longer a stored node, and a document loaded again joins it where the absorption
    put it."""
    from kg.resolve.corpus import fresh_canonical

    moves = plan(resolution, stored, late.details)
    if not moves:
        return
    late.apply(moves)
    moved: dict[str, str] = {}
    for move in moves:
        key = name_key(move.old_name)
        moved[key] = name_key(move.into["name"])
        info = resolution.infos.get(key)
        if info is not None and info.types:  # the batch brings the name too: resolved afresh
            resolution.canon[key] = fresh_canonical(info)
        else:
            resolution.canon.pop(key, None)
        for merge in move.into["merged_by"]:
            joined = json.loads(merge)
            resolution.sticky[(joined["alias"], joined["doc"])] = moved[key]
    for pair, key in list(resolution.sticky.items()):
        if key in moved:
            resolution.sticky[pair] = moved[key]
