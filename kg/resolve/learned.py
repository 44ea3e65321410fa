"""Organisations' short forms learned across loads: what stored documents wrote them for.

A short form alone ("IRB" in a report that never names the International Rugby Board) joins the
one full name that two documents at least gave it (rule ``alias``, :mod:`kg.resolve.corpus`).
One build counts those documents over the whole corpus. Loaded piece by piece, the documents
that gave the full name may be stored already: their joins are the full name's merge records
(rules ``acronym``, ``short-form``, ``contraction``; ``same-document`` for a club's designator,
"United"), found by :meth:`kg.stores.GraphStore.find_by_alias` from the names of the batch. They
are counted with the batch's, and a short form stored alone before its full names came is moved
to the full name (:func:`alias_absorptions`), as a single build joins it; a short form the rule
joined to a full name goes back to its own node when a second full name is given it
(:func:`alias_splits`: "United" for Manchester United, until reports shorten Newcastle United so).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from kg.model import Entity, entity_id
from kg.resolve.comention import CLUB_DESIGNATORS, DESIGNATORS, INITIAL, PLACES, DocumentNames, FullName
from kg.resolve.moves import (
    Details,
    Move,
    absorbed,
    canonical_rows,
    node_row,
    records_by_document,
    without_documents,
)
from kg.resolve.names import canonical_name, name_key
from kg.resolve.records import COREFERENCE, Canonical, alias_rule, merge_record, record

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

# A stored document's entities: (id, key, name, type) (kg.resolve.moves.LateMerge.document_names).
DocumentNamesOf = Callable[[str], list[tuple[str, str, str, str]]]
# Same-document rules whose links hold across the corpus: an organisation's acronym or short form.
LEARNED_RULES = frozenset({"acronym", "short-form", "contraction"})


def stored_learned(rows: Iterable[dict[str, Any]], batch: Collection[str]) -> dict[str, Counter[str]]:
    """Short form -> the stored full names its stored documents (not the batch's) joined it to,
    with the number of documents, as :meth:`kg.resolve.corpus.CorpusIndex._learn` counts them."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["type"] in PLACES:
            continue
        seen: set[tuple[str, str]] = set()
        for merge in row.get("merged_by") or ():
            joined = json.loads(merge)
            short = name_key(canonical_name(joined["alias"], row["type"]))
            rule = joined["rule"]
            if joined["doc"] in batch or (joined["doc"], short) in seen or short == row["key"]:
                continue
            if row["type"] == "PERSON" and short not in CLUB_DESIGNATORS:
                continue
            if rule in LEARNED_RULES or (rule in ("same-document", COREFERENCE) and short in DESIGNATORS):
                seen.add((joined["doc"], short))
                found[short][row["key"]] += 1
    return found


def alias_absorptions(resolution: Resolution, details: Details,
                      document_names: DocumentNamesOf | None = None) -> list[Move]:
    """Stored short forms alone ("IRB") that the learned aliases now join to their full name,
    for each document that named no full name for it. A document that named one joined it there;
    one that named two ("DEC" beside a Disasters and a Disaster Emergency Committee) left it
    apart, as one build does: it stays (asked of the graph by ``document_names``).
    Only short forms the batch writes are weighed, as in :func:`alias_splits`: for them every
    full name a stored document gave the short form was asked of the graph; for another (the
    stored "United" a batch meets through Manchester United, read as a person's name, whose
    surname it asks for) the learned full name rests on part of the evidence (not the Dundee
    United another report shortened so)."""
    from kg.resolve.corpus import fresh_canonical

    rows = _alias_rows(resolution)
    found = details([row["id"] for _, row in rows]) if rows else {}
    moves = []
    for key, row in rows:
        docs, other_types = found.get(row["id"], ([], []))
        joining = [doc for doc in docs if document_names is None or not _named_for(document_names(doc), row)]
        if not joining:
            continue
        target = resolution.learned[key]
        into = resolution.canon[target]
        if not into.stored:  # the move creates the full name's node: the batch then writes to it
            into = resolution.canon[target] = Canonical(into.id, into.name, into.type, stored=True)
        records = records_by_document(row)
        mine = [r for r in other_types if json.loads(r)["doc"] in joining]
        move = absorbed(row, into, {d: records[d] for d in joining}, dict.fromkeys(joining, "alias"), mine)
        if len(joining) < len(docs):  # the others stay on the short form's node
            rest = without_documents(row, other_types, joining)
            moves.append(Move(row["id"], row["name"], move.into, tuple(sorted(joining)), rest))
            continue
        moves.append(move)
        info = resolution.infos.get(key)
        if info is not None and info.types:
            resolution.canon[key] = fresh_canonical(info)
    return moves


def _named_for(names: list[tuple[str, str, str, str]], row: dict[str, Any]) -> bool:
    """Whether a document's own full names (its entities: id, key, name, type) give the short
    form ``row`` any full name, as its own rules read them (:mod:`kg.resolve.comention`)."""
    fulls = [FullName(key, name, frozenset({type_})) for id_, key, name, type_ in names
             if " " in key and id_ != row["id"] and not INITIAL.match(key.split()[0])]
    return bool(DocumentNames.of(fulls).full_name_of(row["name"], row["type"]))


def _alias_rows(resolution: Resolution) -> list[tuple[str, dict[str, Any]]]:
    return [(key, row) for key, row in canonical_rows(resolution, lambda k: k in resolution.learned)
            if resolution.learned[key] != key and key not in resolution.redirects and key in resolution.alias_keys]


def alias_candidates(resolution: Resolution) -> set[str]:
    """The ids of the stored short forms :func:`alias_absorptions` moves (no retype moves them)."""
    return {row["id"] for _, row in _alias_rows(resolution)}


def alias_splits(resolution: Resolution, details: Details) -> list[Move]:
    """Documents whose short form the rule ``alias`` joined to a stored full name that the learned
    aliases no longer give it (another full name has been given the same short form): each
    document's share goes back to the short form's own node, as a single build leaves it. Only
    short forms the batch writes are weighed: their evidence was all asked of the graph."""
    leaving: dict[str, tuple[dict[str, Any], dict[str, list[str]]]] = {}
    for key, row in canonical_rows(resolution, lambda k: True):
        for doc, records in records_by_document(row).items():
            shorts = {name_key(canonical_name(r["alias"], row["type"])) for r in records if r["rule"] == "alias"}
            if len(shorts) != 1 or any(r["rule"] != "alias" for r in records):
                continue  # the document reached the node otherwise too: it stays
            for short in shorts & resolution.alias_keys:
                if resolution.learned.get(short) != key:
                    leaving.setdefault(row["id"], (row, {}))[1].setdefault(short, []).append(doc)
    found = details(sorted(leaving)) if leaving else {}
    moves = []
    for id_, (row, by_short) in sorted(leaving.items()):
        other_types = found.get(id_, ([], []))[1]
        rest = without_documents(row, other_types, sorted(d for docs in by_short.values() for d in docs))
        for short, docs in sorted(by_short.items()):
            target = resolution.canon.get(short) or _own_node(row, short, docs[0], other_types)
            if short in resolution.canon and not target.stored:  # the move creates it: the batch writes to it
                target = resolution.canon[short] = Canonical(target.id, target.name, target.type, stored=True)
            moves.append(Move(row["id"], row["name"], _alias_row(target, row, docs, other_types), tuple(sorted(docs)), rest))
    return moves


def _own_node(row: dict[str, Any], short: str, doc: str, other_types: list[str]) -> Canonical:
    """The short form's own node, as the document wrote it and read it (a name the batch does
    not write: the batch gives no other reading)."""
    written = next(canonical_name(r["alias"], row["type"]) for r in records_by_document(row)[doc]
                   if name_key(canonical_name(r["alias"], row["type"])) == short)
    typed = {json.loads(r)["doc"]: json.loads(r)["type"] for r in other_types}
    type_ = typed.get(doc, row["type"])
    return Canonical(entity_id(written, type_), written, type_)


def _alias_row(target: Canonical, row: dict[str, Any], docs: list[str], other_types: list[str]) -> dict[str, Any]:
    """The records a single build gives the documents' short form on its own node."""
    records = records_by_document(row)
    typed = {json.loads(r)["doc"]: json.loads(r)["type"] for r in other_types}
    merged: set[str] = set()
    aliases: set[str] = set()
    others: set[str] = set()
    for doc in docs:
        doc_type = typed.get(doc, row["type"])
        written = Entity.make(target.name, doc_type)
        for r in records[doc]:
            if r["alias"] != target.name:
                aliases.add(r["alias"])
                merged.add(merge_record(r["alias"], doc, alias_rule(r["alias"], written, "", name_key(target.name))))
        if doc_type != target.type:
            others.add(record(doc=doc, name=target.name, type=doc_type))
    return node_row(target, aliases, merged, others)
