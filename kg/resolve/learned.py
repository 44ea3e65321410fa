"""Organisations' short forms learned across loads: what stored documents wrote them for.

A short form alone ("IRB" in a report that never names the International Rugby Board) joins the
one full name that two documents at least gave it (rule ``alias``, :mod:`kg.resolve.corpus`).
One build counts those documents over the whole corpus. Loaded piece by piece, the documents
that gave the full name may be stored already: their joins are the full name's merge records
(rules ``acronym``, ``short-form``, ``contraction``; ``same-document`` for a club's designator,
"United"), found by :meth:`kg.stores.GraphStore.find_by_alias` from the names of the batch. They
are counted with the batch's, and a short form stored alone before its full names came is moved
to the full name (:func:`alias_absorptions`), as a single build joins it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from kg.resolve.comention import CLUB_DESIGNATORS, DESIGNATORS, PLACES
from kg.resolve.latemerge import Details, Move, _absorbed, _records, _stored_rows
from kg.resolve.names import canonical_name, name_key
from kg.resolve.records import Canonical

if TYPE_CHECKING:
    from kg.resolve.corpus import Resolution

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
            if rule in LEARNED_RULES or (rule == "same-document" and short in DESIGNATORS):
                seen.add((joined["doc"], short))
                found[short][row["key"]] += 1
    return found


def alias_absorptions(resolution: Resolution, details: Details) -> list[Move]:
    """Stored short forms alone ("IRB") that the learned aliases now join to their full name:
    every one of their documents named no full name for it (else it would have joined there)."""
    from kg.resolve.corpus import fresh_canonical

    rows = [(key, row) for key, row in _stored_rows(resolution, lambda k: k in resolution.learned)
            if resolution.learned[key] != key and key not in resolution.redirects]
    found = details([row["id"] for _, row in rows]) if rows else {}
    moves = []
    for key, row in rows:
        target = resolution.learned[key]
        into = resolution.canon[target]
        if not into.stored:  # the move creates the full name's node: the batch then writes to it
            into = resolution.canon[target] = Canonical(into.id, into.name, into.type, stored=True)
        docs, other_types = found.get(row["id"], ([], []))
        records = _records(row)
        moves.append(_absorbed(row, into, {d: records[d] for d in docs}, dict.fromkeys(docs, "alias"), other_types))
        info = resolution.infos.get(key)
        if info is not None and info.types:
            resolution.canon[key] = fresh_canonical(info)
    return moves
