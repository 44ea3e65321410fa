"""A first name a stored document wrote beside a full name that a later load makes a person's.

A report writes "Corin Vale" and, further on, "Corin" alone. The document's ``given-name`` rule
(:mod:`kg.resolve.comention`) joins the first name to the full name when the full name is a
person's: its type is the one the corpus gives the name, the majority of its readings. One build
counts every reading before the report's rules run. Loaded one at a time, the report may come
while the model's other readings of "Corin Vale" (an organisation, say) lead; "Corin" then stays
a node of its own, and when a later load turns the full name into a person
(:func:`kg.resolve.latemerge.retypes`), the report's first name is moved to it here (rule
``given-name``), as one build joins it. Only documents that wrote the full name themselves are
weighed, and only when no other full name of theirs competes for the first name.

Not done the other way round: a first name the report had joined to its only other person,
"Corin Ashdown", has two full names to choose from once Corin Vale is a person's, and one build
leaves it apart; moves go by document, and the report's share of Corin Ashdown cannot be told
from its "Corin"'s, so the join stays.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from kg.resolve.comention import INITIAL, DocumentNames, FullName
from kg.resolve.moves import (
    LateMerge,
    Move,
    absorbed,
    canonical_rows,
    joined_only,
    records_by_document,
    without_documents,
)
from kg.resolve.records import Canonical

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["given_name_joins"]


def given_name_joins(resolution: Resolution, late: LateMerge, retyped: list[Move]) -> list[Move]:
    """The documents' share of stored first names ("Corin") that their own full name, retyped
    to a person by this load, now takes (each applied after the retypes in ``retyped``)."""
    if late.document_names is None:
        return []
    people = {m.into["key"]: m for m in retyped
              if m.into["type"] == "PERSON" and m.docs is None and len(m.into["key"].split()) >= 2
              and not INITIAL.match(m.into["key"].split()[0])}
    firsts = {key.split()[0]: key for key in people}
    rows = [(key, row) for key, row in canonical_rows(resolution, lambda k: k in firsts) if row["type"] == "PERSON"]
    if not rows:
        return []
    stored_full = {row["id"]: row for rows_ in resolution.stored.values() for row in rows_}
    found = late.details(sorted({row["id"] for _, row in rows} | {m.old_id for m in people.values()}))
    moves = []
    for first, row in rows:
        full_key = firsts[first]
        move = people[full_key]
        full_row = stored_full.get(move.old_id)
        if full_row is None:
            continue
        full_records = records_by_document(full_row)
        docs, other_types = found.get(row["id"], ([], []))
        wrote = set(found.get(move.old_id, ([], []))[0])
        joining = [doc for doc in docs if doc in wrote and not joined_only(full_records.get(doc, []))
                   and _joins(late, doc, row["name"], _reading(doc, row, other_types), full_key, move.old_id)]
        if not joining:
            continue
        into = Canonical(move.into["id"], move.into["name"], "PERSON", stored=True)
        records = records_by_document(row)
        mine = [r for r in other_types if json.loads(r)["doc"] in joining]
        joined = absorbed(row, into, {d: records[d] for d in joining}, dict.fromkeys(joining, "given-name"), mine)
        rest = None if set(joining) == set(docs) else without_documents(row, other_types, joining)
        moves.append(Move(row["id"], row["name"], joined.into, None if rest is None else tuple(sorted(joining)), rest))
    return moves


def _reading(doc: str, row: dict[str, Any], other_types: list[str]) -> str:
    return next((json.loads(r)["type"] for r in other_types if json.loads(r)["doc"] == doc), row["type"])


def _joins(late: LateMerge, doc: str, first: str, reading: str, full_key: str, full_id: str) -> bool:
    """Whether the document's own rules join its first name (read as ``reading``) to the full
    name ``full_key``, with the full name of ``full_id`` now a person's: the one full name of the
    document the first name may shorten."""
    assert late.document_names is not None
    fulls = []
    for id_, key, name, type_ in late.document_names(doc):
        if " " in key and not INITIAL.match(key.split()[0]):
            fulls.append(FullName(key, name, frozenset({"PERSON"} if id_ == full_id else {type_})))
    return DocumentNames.of(fulls).full_name_of(first, reading) == [(full_key, "given-name")]
