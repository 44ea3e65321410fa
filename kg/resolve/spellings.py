"""A stored name's spelling: the one most documents write, whatever order they were loaded in.

One build names an entity by the spelling of its name that most documents write ("Segas" in three
reports and "SEGAS" in one: "Segas"; a tie goes to the greater string), and records each other
spelling as an alias (rule ``spelling``, or ``type`` where the document read the name as another
type). A stored node cannot count spellings from its own records: a document that wrote the
node's own spelling leaves no record of it. So each document node keeps the names the document
wrote (``spellings``: :func:`document_spellings`, written with the document, gone with it), and
when a load brings another spelling of a stored name, or a removal takes one away, the stored
documents' spellings are counted with the batch's: if another spelling now leads, the node is
renamed (its id, a hash of the normalised name and type, stays), the documents that wrote the old
spelling get the record one build gives them, and the facts those documents attribute to the old
spelling are attributed to the new one (:func:`kg.stores.merging.absorb`).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.model import Extraction
from kg.resolve.moves import LateMerge, Move, canonical_rows, node_row
from kg.resolve.names import canonical_name, name_key
from kg.resolve.records import Canonical, merge_record

if TYPE_CHECKING:
    from kg.resolve.corpus import Resolution

__all__ = ["document_spellings", "spelling_renames"]

# The documents of stored entities, with the names each document wrote (a document written by an
# older kg has none: it counts for the node's stored spelling).
ENTITY_SPELLINGS = ("UNWIND $ids AS id MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(d:Document) "
                    "RETURN e.id, d.id, d.spellings")


def document_spellings(extraction: Extraction) -> str:
    """The named entities a document wrote, by name key: ``{key: [[name as written, type], ...]}``
    as canonical JSON (the names are cleaned when counted, as :class:`kg.resolve.corpus.CorpusIndex`
    cleans them)."""
    from kg.resolve.corpus import _doc_entities, _named

    written: dict[str, set[tuple[str, str]]] = {}
    for entity in _doc_entities(extraction).values():
        if _named(entity):
            key = name_key(canonical_name(entity.name, entity.type))
            written.setdefault(key, set()).add((entity.name, entity.type))
    return json.dumps({key: sorted(map(list, names)) for key, names in sorted(written.items())},
                      ensure_ascii=False, separators=(",", ":"))


def _written(record: str | None, key: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """The names of ``key`` one stored document wrote, with the type it read each as."""
    if record is None:  # written before documents kept their spellings
        return [(row["name"], row["type"])]
    return [(name, type_) for name, type_ in json.loads(record).get(key, ())]


def _contested(resolution: Resolution, key: str, row: dict[str, Any], removal: bool) -> bool:
    """Whether another spelling may now lead: the batch writes one, or (a removal) the node holds
    one as an alias. A batch that writes only the stored spelling cannot dethrone it."""
    if removal:
        return any(a != row["name"] and name_key(canonical_name(a, row["type"])) == key for a in row.get("aliases") or ())
    info = resolution.infos.get(key)
    return info is not None and any(spelling != row["name"] for spelling in info.spellings)


def spelling_renames(resolution: Resolution, late: LateMerge, *, removal: bool = False) -> list[Move]:
    """Stored names whose spelling the batch (or a removal) changes, as one build spells them:
    counted once per document, the stored documents' and the batch's (a document loaded again
    counts once)."""
    from kg.resolve.corpus import NAMED

    if late.spellings is None:
        return []
    rows = [(key, row) for key, row in canonical_rows(resolution, lambda k: True)
            if row["type"] in NAMED and _contested(resolution, key, row, removal)]
    if not rows:
        return []
    stored = late.spellings([row["id"] for _, row in rows])
    moves = []
    for key, row in rows:
        by_doc = {doc: _written(record, key, row) for doc, record in stored.get(row["id"], {}).items()
                  if doc not in resolution.documents}
        counts: Counter[str] = Counter()
        for names in by_doc.values():
            counts.update({canonical_name(name, type_) for name, type_ in names})
        info = resolution.infos.get(key)
        if info is not None:
            counts.update(info.spellings)
        if not counts:
            continue
        name = max(counts, key=lambda n: (counts[n], n))
        if name == row["name"]:
            continue
        move = _renamed(row, name, by_doc)
        moves.append(move)
        resolution.canon[key] = Canonical(row["id"], name, row["type"], stored=True)
        row.update(name=name, aliases=move.into["aliases"], merged_by=move.into["merged_by"])
    return moves


def _renamed(row: dict[str, Any], name: str, by_doc: dict[str, list[tuple[str, str]]]) -> Move:
    """The node under its new spelling, with the records one build gives it: none for the new
    spelling (the node's own name), and one for each stored document that wrote the old one."""
    old = row["name"]
    merged = {m for m in row.get("merged_by") or () if json.loads(m)["alias"] != name}
    aliases = set(row.get("aliases") or ()) - {name}
    for doc, names in by_doc.items():
        for written, type_ in names:
            if written == old:
                aliases.add(old)
                merged.add(merge_record(old, doc, "type" if type_ != row["type"] else "spelling"))
    canon = Canonical(row["id"], name, row["type"], stored=True)
    return Move(row["id"], old, node_row(canon, aliases, merged, set(row.get("other_types") or ())))
