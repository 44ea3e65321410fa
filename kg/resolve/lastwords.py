"""A full name's last word a stored document wrote alone, once a later load makes the full name
no place's.

A report writes "the Marden Open" and, further on, "the Open". The document's ``same-document``
rule (:mod:`kg.resolve.comention`) joins the last word to the report's only full name ending
with it, whatever type the model gave each, but never to a place's ("Ireland" is not Northern
Ireland): a full name counts as the type the corpus gives it, the majority of its readings, and
as the report's own reading. One build counts every reading before the report's rules run.
Loaded one at a time, the report may come while other reports' readings of "Marden Open" as a
place lead; "Open" then stays a node of its own, and when a later load makes the full name an
event's (:func:`kg.resolve.latemerge.retypes`), the report's "Open" is moved to it here (rule
``same-document``), as one build joins it. Only documents that wrote the full name themselves,
and read it as no place, are weighed, and only when no other full name of theirs ends with the
word. (The first name of a full name retyped to a person's: :mod:`kg.resolve.firstnames`.)
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kg.resolve.comention import INITIAL, PLACES, DocumentNames, FullName
from kg.resolve.moves import LateMerge, Move, absorbed, joined_only, records_by_document, without_documents
from kg.resolve.records import Canonical

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["last_word_joins"]


def last_word_joins(resolution: Resolution, late: LateMerge, retyped: list[Move]) -> list[Move]:
    """The documents' share of stored last words ("Open") that their own full name, retyped by
    this load from a place's to another type, now takes (applied after the retypes)."""
    if late.document_names is None or late.nodes is None:
        return []
    stored = {row["id"]: row for rows in resolution.stored.values() for row in rows}
    fulls = {m.old_id: m for m in retyped
             if m.docs is None and m.old_id in stored and stored[m.old_id]["type"] in PLACES
             and m.into["type"] not in PLACES and len(m.into["key"].split()) >= 2}
    if not fulls:
        return []
    found = late.details(sorted(fulls))
    joining: dict[str, list[str]] = defaultdict(list)  # short form's id -> documents
    shorts: dict[str, tuple[str, str, Move]] = {}  # short form's id -> key, type, full name's move
    for old_id, move in sorted(fulls.items()):
        records = records_by_document(stored[old_id])
        docs, other_types = found.get(old_id, ([], []))
        read = {r["doc"]: r["type"] for r in map(json.loads, other_types) if r.get("name", "") == stored[old_id]["name"]}
        for doc in docs:
            if joined_only(records.get(doc, [])) or read.get(doc, stored[old_id]["type"]) in PLACES:
                continue
            short = _short_form(late, doc, old_id, move, read.get(doc, stored[old_id]["type"]))
            if short is not None:
                joining[short[0]].append(doc)
                shorts[short[0]] = (short[1], short[2], move)
    if not joining:
        return []
    nodes = late.nodes(sorted(joining))
    known = late.details(sorted(joining))
    moves = []
    for id_, docs in sorted(joining.items()):
        if id_ not in nodes:
            continue
        key, type_, move = shorts[id_]
        row: dict[str, Any] = {**nodes[id_], "key": key, "type": type_}
        all_docs, other_types = known.get(id_, ([], []))
        into = Canonical(move.into["id"], move.into["name"], move.into["type"], stored=True)
        records = records_by_document(row)
        mine = [r for r in other_types if json.loads(r)["doc"] in docs]
        joined = absorbed(row, into, {d: records[d] for d in docs}, dict.fromkeys(docs, "same-document"), mine,
                          wrote=docs)
        rest = None if set(docs) >= set(all_docs) else without_documents(row, other_types, docs)
        moves.append(Move(id_, row["name"], joined.into, None if rest is None else tuple(sorted(docs)), rest))
    return moves


def _short_form(late: LateMerge, doc: str, full_id: str, move: Move, reading: str) -> tuple[str, str, str] | None:
    """The node of the full name's last word the document wrote alone, if its own rules now join
    it to the full name (of ``full_id``, read by the document as ``reading``, now ``move``'s
    type): (id, key, type)."""
    assert late.document_names is not None
    last = move.into["key"].split()[-1]
    names = late.document_names(doc)
    alone = [(id_, key, name, type_) for id_, key, name, type_ in names if key == last]
    if len(alone) != 1 or alone[0][3] in PLACES:
        return None
    others = [(id_, key, name, type_) for id_, key, name, type_ in names
              if " " in key and not INITIAL.match(key.split()[0]) and id_ != full_id]
    # Each other full name as the corpus types it and as this document read it ("Australian
    # Open" an event in most reports, a place in this one: a place's, whose last word it keeps).
    assert late.nodes is not None
    stored = late.nodes(sorted(id_ for id_, _, _, _ in others)) if others else {}
    read = {id_: {r["type"] for r in map(json.loads, stored[id_]["other_types"] or ()) if r["doc"] == doc}
            for id_ in stored}
    fulls = [FullName(move.into["key"], move.into["name"], frozenset({move.into["type"], reading}))]
    fulls += [FullName(key, name, frozenset({type_} | read.get(id_, set()))) for id_, key, name, type_ in others]
    id_, key, name, type_ = alone[0]
    if DocumentNames.of(fulls).full_name_of(name, type_) != [(move.into["key"], "same-document")]:
        return None
    return id_, key, type_
