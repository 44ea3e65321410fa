"""A stored organisation whose name a later load gives with its designator in full.

One build names an organisation with its legal designator in full once any document writes it
so ("News Corporation"), and joins the abbreviated form to it (rule ``designator``). Loaded piece
by piece, "News Corp" may be stored first, alone; when "News Corporation" comes, the stored node is
moved whole to it (its id joins ``former_ids``; :mod:`kg.resolve.latemerge` applies the move), so
that the same documents give the same node ids in any order.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kg.resolve.moves import Details, Move, absorbed, canonical_rows, records_by_document
from kg.resolve.records import Canonical

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["designator_renames"]


def designator_renames(resolution: Resolution, details: Details) -> list[Move]:
    """Stored names that a name of the batch with the designator in full takes over."""
    from kg.resolve.corpus import fresh_canonical

    renamed = {key: target for key, (target, rule) in resolution.redirects.items()
               if rule == "designator" and not resolution.canon[target].stored and target in resolution.infos}
    rows = list(canonical_rows(resolution, lambda k: k in renamed))
    found = details([row["id"] for _, row in rows]) if rows else {}
    moves = []
    for key, row in rows:
        target = renamed[key]
        docs, other_types = found.get(row["id"], ([], []))
        fresh = fresh_canonical(resolution.infos[target])
        into = Canonical(fresh.id, fresh.name, fresh.type, stored=True)
        records = records_by_document(row)
        move = absorbed(row, into, {d: records[d] for d in docs}, dict.fromkeys(docs, "designator"), other_types)
        move.into["merged_by"] = [m for m in move.into["merged_by"] if json.loads(m)["alias"] != into.name]
        moves.append(move)
        resolution.canon[target] = into
    return moves
