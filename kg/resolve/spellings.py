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
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from kg.model import Extraction
from kg.resolve.concepts import CONCEPT
from kg.resolve.moves import (
    SEPARATE_NAME_RULES,
    LateMerge,
    Move,
    canonical_rows,
    node_row,
    records_by_document,
)
from kg.resolve.names import canonical_name, name_key
from kg.resolve.records import Canonical, merge_record

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["document_spellings", "spelling_renames"]

# The documents of stored entities, with the names each document wrote (a document written by an
# older kg has none: it counts for the node's stored spelling).
ENTITY_SPELLINGS = ("UNWIND $ids AS id MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(d:Document) "
                    "RETURN e.id, d.id, d.spellings")


def document_spellings(extraction: Extraction) -> str:
    """The named entities a document wrote, by name key: ``{key: [[name as written, type], ...]}``
    as canonical JSON (the names are cleaned when counted, as :class:`kg.resolve.corpus.CorpusIndex`
    cleans them)."""
    from kg.resolve.resolution import document_entities, is_named

    written: dict[str, set[tuple[str, str]]] = {}
    for entity in document_entities(extraction).values():
        if is_named(entity):
            key = name_key(canonical_name(entity.name, entity.type))
            written.setdefault(key, set()).add((entity.name, entity.type))
        elif entity.type == CONCEPT:  # a common noun, by its own key (kg.resolve.concepts)
            written.setdefault(name_key(entity.name), set()).add((entity.name, CONCEPT))
    return json.dumps({key: sorted(map(list, names)) for key, names in sorted(written.items())},
                      ensure_ascii=False, separators=(",", ":"))


def recorded(record: str, key: str, *, concepts: bool = False) -> list[tuple[str, str]]:
    """What a document's record (:func:`document_spellings`) holds for ``key``: the names it wrote,
    with the type it read each as, or with ``concepts`` the common nouns it wrote."""
    return [(name, type_) for name, type_ in json.loads(record).get(key, ()) if (type_ == CONCEPT) == concepts]


def _written(record: str | None, key: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """The names of ``key`` one stored document wrote, with the type it read each as."""
    if record is None:  # written before documents kept their spellings
        return [(row["name"], row["type"])]
    return recorded(record, key)


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
    from kg.resolve.resolution import NAMED

    if late.spellings is None:
        return []
    rows = [(key, row) for key, row in canonical_rows(resolution, lambda k: True)
            if row["type"] in NAMED and _contested(resolution, key, row, removal)]
    if not rows:
        return []
    stored = late.spellings([row["id"] for _, row in rows])
    elsewhere = joined_elsewhere(resolution, late, rows)
    moves = []
    for key, row in rows:
        by_doc = {doc: _written(record, key, row) for doc, record in stored.get(row["id"], {}).items()
                  if doc not in resolution.documents}
        counts: Counter[str] = Counter()
        for names in by_doc.values():
            counts.update({canonical_name(name, type_) for name, type_ in names})
        for doc, joined in elsewhere.get(key, {}).items():
            if doc not in by_doc:
                counts.update(joined)
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


def joined_elsewhere(resolution: Resolution, late: LateMerge,
                     rows: list[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, set[str]]]:
    """The spellings of each contested name that stored documents (not the batch's) wrote apart
    and joined to another node (``SEPARATE_NAME_RULES``: three reports' "League" joined to the
    Premier League they name), by key and document: one build counts every name each document
    writes, wherever it joins it. They are found by their merge records on the other node, asked
    of the graph by the spellings of the name the batch and the node know."""
    keys = {key for key, _ in rows}
    spellings = {row["name"] for _, row in rows} | {
        alias for _, row in rows for alias in row.get("aliases") or () if name_key(alias) == row["key"]}
    for key in keys:
        info = resolution.infos.get(key)
        spellings |= set(info.spellings) if info is not None else set()
    found = [r for stored in resolution.stored.values() for r in stored]
    if late.aliases is not None:
        found += late.aliases(sorted(spellings))
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    seen: set[str] = set()
    for other in found:
        if other["id"] in seen:
            continue
        seen.add(other["id"])
        typed = {(r["doc"], r.get("name")): r["type"] for r in map(json.loads, other.get("other_types") or ())}
        for doc, records in records_by_document(other).items():
            if doc in resolution.documents:
                continue
            for merge in records:
                if merge["rule"] not in SEPARATE_NAME_RULES:
                    continue
                clean = canonical_name(merge["alias"], typed.get((doc, merge["alias"]), other["type"]))
                key = name_key(clean)
                if key in keys and key != other["key"]:
                    out[key][doc].add(clean)
    return out


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
