"""Decisions a later load or a removal changes: the stored graph made to agree with the rules.

Corpus resolution (:mod:`kg.resolve.corpus`) decides, for each document, which entity its "Blair"
stands for, from every full name the corpus and the graph hold. A later load or a removal can
change that evidence for documents already stored; the stored graph is then brought to what a
single build of all its documents gives:

- **absorb**: a full name arrives after its short form was stored alone. Document A says only
  "Mr Blair" and is loaded first; document B, loaded later, names Tony Blair, the only Blair.
  Built in one go, A's "Blair" joins Tony Blair (rule ``surname``), so the stored "Blair" node is
  absorbed: its facts and mentions move to Tony Blair, its aliases and records join his, a
  ``merged_by`` record names the rule and each of A's documents, and its id joins his
  ``former_ids`` (``kg explain OLD_ID`` finds him). A node is moved whole when every one of its
  documents chooses the same full name; where they choose different ones, or some none, each
  document's share moves where it chooses (:mod:`kg.resolve.absorb`).
- **split**: a document's short form joined a full name by the ``surname`` (or ``initial``) rule,
  and the rule no longer says so: a second full name with that surname has come (Ian Blair), or the document
  that named the full name was removed. That document's share (its mentions, its provenance
  records on the node's facts, its merge records) moves to where a single build would put it:
  the full name its titles or office still pick, else its own short-form node
  (:mod:`kg.resolve.latesplit`).

The decision for each document is :meth:`kg.resolve.resolution.Resolution.choose` on that
document's own reading (its courtesy titles and offices, from its ``merge_by`` records). Work is
only done when it is due: the candidates are the stored names the batch's look-up already
returned, and only the nodes that move are read again and written
(:meth:`kg.stores.GraphStore.absorb_entities`, :mod:`kg.stores.merging`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from kg.model import entity_id
from kg.resolve.absorb import absorptions, majority_type, readings_of
from kg.resolve.latesplit import given_names_leaving, leaving_documents, remaining, split_moves, splits
from kg.resolve.moves import (
    SURNAME_RULES,
    Aliases,
    Details,
    LateMerge,
    Move,
    Spellings,
    canonical_rows,
    node_row,
    on_store,
    records_by_document,
    separate_names,
    typed_names,
)
from kg.resolve.names import canonical_name, name_key
from kg.resolve.records import Canonical, merge_record, record
from kg.resolve.spellings import recorded

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

# The queries a removal reads before the document goes (names_of_document).
DOCUMENT_NAMES = "MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: $doc}) RETURN e.key, e.surname"


def joined_readings(stored: Iterable[dict[str, Any]], batch: Collection[str]) -> dict[str, Counter[str]]:
    """The readings of names that stored documents (not the batch's) joined to other nodes by a
    rule that joins a name written apart (``SEPARATE_NAME_RULES``), by the name's key: a single
    build counts "Carragher", read as a person in a report whose "Carragher" joined Jamie
    Carragher, towards the name's type, and "Wang", a person in a report that joined it to Wang
    Lin by the given-name rule; a later load that meets the name again must count them too. The
    reading is the document's type record for that name, else the node's type; one per document
    and name."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for row in stored:
        typed = {(r["doc"], r.get("name")): r["type"] for r in map(json.loads, row.get("other_types") or ())}
        for doc, records in records_by_document(row).items():
            if doc in batch:
                continue
            for alias in separate_names(records):
                reading = typed.get((doc, alias), row["type"])
                key = name_key(canonical_name(alias, reading))
                if key != row["key"]:
                    found[key][reading] += 1
    return found


# -- readings of names joined elsewhere -----------------------------------------------------------
def count_joined_elsewhere(resolution: Resolution, aliases: Aliases | None) -> None:
    """The readings stored documents gave a one-word stored name that they joined to another
    node, for names the batch does not write (it asked for its own names by alias already): one
    build counts a report's "Hill", joined to its Coles Hill, towards the type of "Hill", and so
    must a later load that weighs whether a stored "Hill" joins a Richard Hill it brings. The
    graph is asked for the nodes holding those names as an alias."""
    from kg.resolve.nameinfo import NameInfo

    if aliases is None:
        return
    names = {row["name"]: key for key, row in canonical_rows(resolution, lambda k: " " not in k)
             if key not in resolution.alias_keys and resolution.by_surname.get(key)}
    if not names:
        return
    rows = {row["id"]: row for rows in resolution.stored.values() for row in rows}
    rows.update((row["id"], row) for row in aliases(sorted(names)))
    counts = joined_readings(rows.values(), resolution.documents)
    for key in set(names.values()) & set(counts):
        held = resolution.infos.get(key)
        resolution.infos[key] = held.with_types(held.types + counts[key]) if held else NameInfo(types=counts[key])


def _names_read(row: dict[str, Any], wrote: bool, records: list[dict[str, str]], spelled: str | None) -> list[str]:
    """The names one document read as the node, as it wrote them: the node's own (if ``wrote``),
    and each name a rule that only joins names of their own joined to it ("K Sotherton" on a
    team sheet beside Kelly Sotherton, "Diane" alone). Each is one reading, with a type record of
    its own when the node's type changes, as a single build records each name's reading apart.
    (An alias the extraction gave the name, rule ``coreference``, is no reading of its own; nor
    is one that took the corpus rule of the name it belongs to, "Keel" of a team sheet's "R Keel"
    joined by ``document-initial``: the document's ``spelled`` names, where kept, say which
    names it wrote.)"""
    names = [row["name"]] if wrote else []
    written = None if spelled is None else {
        name_key(canonical_name(name, "PERSON")) for pairs in json.loads(spelled).values() for name, _ in pairs}
    names += [n for n in separate_names(records) if written is None or name_key(canonical_name(n, "PERSON")) in written]
    return names or [records[0]["alias"]]


# -- retype -------------------------------------------------------------------------------------
def retypes(resolution: Resolution, details: Details, skip: Collection[str] = (),
            spellings: Spellings | None = None) -> list[Move]:
    """Stored names whose majority type the batch's readings change: one name, one node, of the
    type most documents read it as (rule ``type``), as a single build decides it (not those in
    ``skip``, moved otherwise). ``spellings`` gives the names each stored document wrote
    (kg.resolve.spellings): each document's reading is recorded under the spelling it wrote."""
    from kg.resolve.resolution import NAMED

    rows = [(key, row) for key, row in canonical_rows(resolution, lambda k: True)
            if key in resolution.infos and set(resolution.infos[key].types) - {row["type"]}
            and row["type"] in NAMED and row["id"] not in skip]
    found = details([row["id"] for _, row in rows]) if rows else {}
    written = spellings([row["id"] for _, row in rows]) if rows and spellings is not None else {}
    moves: list[Move] = []
    for key, row in rows:
        docs, other_types = found.get(row["id"], ([], []))
        readings = readings_of(row, docs, other_types)
        type_ = majority_type(resolution, key, readings, row["type"])
        if type_ == row["type"]:
            continue
        if row["type"] == "PERSON" and type_ != "PERSON":
            row, docs, other_types = _unpersoned(resolution, key, row, docs, other_types, moves)
        into = Canonical(entity_id(row["name"], type_), row["name"], type_, stored=True)
        # Readings of the old type are the minority now; those of the new type are not.
        typed = typed_names(other_types, key)
        records = records_by_document(row)
        others = {r for r in other_types if json.loads(r)["type"] != type_}
        spelled = written.get(row["id"], {})
        exact = typed_readings(other_types)
        for doc in docs:
            wrote = spelled.get(doc)
            names = _names_read(row, doc in readings, records[doc], wrote)
            read_as: dict[str, str] = {}
            if doc in readings and wrote is not None:  # the spellings it wrote, not the node's
                read_as = dict(recorded(wrote, key))
                names = [n for n in names if n != row["name"]] + sorted(set(read_as) or {row["name"]})
            for name in names:
                if name in read_as:  # "HARWICK" untyped and "Harwick" an organisation: each its own
                    if (doc, name) not in exact and read_as[name] != type_:
                        others.add(record(doc=doc, name=name, type=read_as[name]))
                elif (doc, name_key(canonical_name(name, row["type"]))) not in typed:
                    others.add(record(doc=doc, name=name, type=row["type"]))
        merged = {_retyped_record(m, key, type_, row["type"], typed_readings(other_types)) for m in row.get("merged_by") or ()}
        moves.append(Move(row["id"], row["name"], node_row(into, set(row.get("aliases") or ()), merged, others)))
        resolution.canon[key] = into
    return moves


def people_as_retyped(resolution: Resolution, details: Details) -> None:
    """The surname index as the batch's readings retype stored full names, before anything is
    joined: a person's name retyped to no person's leaves it (one build joins no "United" to a
    Kelso United most reports read as a club), and one retyped to a person's joins it (one
    build joins a stored "Keel" and a team sheet's "R Keel" to a Ronan Keel most reports read
    as a person, stored as a place while they were few). :func:`retypes` then moves the nodes."""
    rows = [(key, row) for key, row in canonical_rows(resolution, lambda k: " " in k)
            if key in resolution.infos and set(resolution.infos[key].types) - {row["type"]}]
    found = details([row["id"] for _, row in rows]) if rows else {}
    for key, row in rows:
        docs, other_types = found.get(row["id"], ([], []))
        type_ = majority_type(resolution, key, readings_of(row, docs, other_types), row["type"])
        if row["type"] == "PERSON" and type_ != "PERSON":
            for candidates in resolution.by_surname.values():
                candidates.discard(key)
        elif type_ == "PERSON" and row["type"] != "PERSON" and key not in resolution.redirects:
            resolution.add_person(key)


def _unpersoned(resolution: Resolution, key: str, row: dict[str, Any], docs: list[str], other_types: list[str],
                moves: list[Move]) -> tuple[dict[str, Any], list[str], list[str]]:
    """A full name retyped to no person's keeps no short form the surname or initial rules joined
    to it ("Bellamy" of a Craig Bellamy most reports read as an organisation), as one build joins
    none to it: those documents' share leaves first (their moves go to ``moves``, before the
    retype), and the node is retyped without it."""
    for candidates in resolution.by_surname.values():
        candidates.discard(key)
    gone = leaving_documents(resolution, row)
    gone += [leave for leave in given_names_leaving(row, other_types) if leave.doc not in {g.doc for g in gone}]
    if not gone:
        return row, docs, other_types
    moves += split_moves(resolution, row, gone, other_types)
    left = {leave.doc for leave in gone if not leave.partial}
    rest = remaining(row, other_types, gone)
    return {**row, **rest}, [d for d in docs if d not in left], rest["other_types"]


def typed_readings(other_types: list[str]) -> dict[tuple[str, str], str]:
    """(document, name as written) -> the type that document read the name as (its type record)."""
    return {(r["doc"], r["name"]): r["type"] for r in map(json.loads, other_types) if "name" in r}


def _retyped_record(merge: str, key: str, new_type: str, old_type: str, typed: dict[tuple[str, str], str]) -> str:
    """A document's record of another spelling of the node's own name, under the node's new type:
    ``type`` where the document read that spelling as another type, else ``spelling``, as one
    build records it (a spelling read as the old type, with no type record, is now a minority)."""
    joined = json.loads(merge)
    alias = joined["alias"]
    if joined["rule"] not in ("spelling", "type") or name_key(alias) != key:  # not "Manchester's"
        return merge
    reading = typed.get((joined["doc"], alias), old_type)
    return merge_record(alias, joined["doc"], "type" if reading != new_type else "spelling")


# -- applying ------------------------------------------------------------------------------------
def unsupported(resolution: Resolution, details: Details) -> set[str]:
    """Stored full names no document names any more: every document that mentions them joined
    a short form to them by the surname rule (the document that named them was removed)."""
    rows = {row["id"]: (key, row) for key, row in canonical_rows(resolution, lambda k: " " in k)
            if row["type"] == "PERSON" and any(json.loads(m)["rule"] in SURNAME_RULES
                                                for m in row.get("merged_by") or ())}
    found = details(sorted(rows)) if rows else {}
    out = set()
    for id_, (key, row) in rows.items():
        docs = found.get(id_, ([], []))[0]
        joined = {doc for doc, records in records_by_document(row).items() if any(r["rule"] in SURNAME_RULES for r in records)}
        if set(docs) <= joined:
            out.add(key)
    return out


def settle(resolution: Resolution, late: LateMerge, *, removal: bool = False) -> int:
    """Apply what is due, then let the batch resolve as a single build would: a moved name is no
    longer the stored node it was, and a document loaded again joins its names where the moves
    put them. Returns the number of moves."""
    from kg.resolve.corpus import fresh_canonical

    if removal:
        for gone in unsupported(resolution, late.details):
            for candidates in resolution.by_surname.values():
                candidates.discard(gone)
    from kg.resolve.concepts import concept_renames
    from kg.resolve.firstnames import given_name_joins
    from kg.resolve.lastwords import last_word_joins
    from kg.resolve.learned import alias_absorptions, alias_candidates, alias_splits
    from kg.resolve.renames import designator_renames
    from kg.resolve.spellings import spelling_renames

    moves = spelling_renames(resolution, late, removal=removal)
    moves += concept_renames(resolution, late)
    moves += designator_renames(resolution, late.details)
    # A name the batch both retypes and lets join a full name ("Frost" untyped where it was
    # stored, a person in the batch) is absorbed, as a single build joins it: absorption weighs
    # the batch's readings itself (majority_type), and the retype is left out. A short form
    # the learned aliases join is moved after the retypes, into its full name's node as
    # retyped (two moves of one node in one load would lose the first one's records).
    count_joined_elsewhere(resolution, late.aliases)
    people_as_retyped(resolution, late.details)
    aliased = alias_candidates(resolution)
    absorbing = {move.old_id for move in absorptions(resolution, late.details)}
    retyped = retypes(resolution, late.details, skip=absorbing | aliased, spellings=late.spellings)
    # Read again once the full names are retyped: a short form joins its full name's new node.
    absorbed = [move for move in absorptions(resolution, late.details, late.spellings) if move.old_id not in aliased]
    moves += retyped
    moves += absorbed
    moves += alias_absorptions(resolution, late.details, late.document_names)
    moves += given_name_joins(resolution, late, retyped)
    moves += last_word_joins(resolution, late, retyped)
    moves += splits(resolution, late.details, late.spellings, {m.into["id"] for m in moves} | {m.old_id for m in moves})
    moves += alias_splits(resolution, late.details)
    if not moves:
        return 0
    late.apply(moves)
    for move in moves:
        if move.docs is None and move.into["key"] != name_key(move.old_name):
            # Absorbed whole: the name is resolved afresh, if the batch has it.
            key = name_key(move.old_name)
            info = resolution.infos.get(key)
            if info is not None and info.types and info.spellings:
                resolution.canon[key] = fresh_canonical(info)
            else:
                resolution.canon.pop(key, None)
        old_key, new_key = name_key(move.old_name), name_key(move.into["name"])
        for (alias, doc), key in list(resolution.sticky.items()):
            if key == old_key and (move.docs is None or doc in move.docs):
                resolution.sticky[(alias, doc)] = new_key
        for merge in move.into["merged_by"]:
            joined = json.loads(merge)
            resolution.sticky[(joined["alias"], joined["doc"])] = new_key
    return len(moves)


def concepts_of_document(store: Any, doc: str) -> list[str]:
    """The ids of the common nouns a document mentions (read before it is removed)."""
    from kg.errors import QueryError
    from kg.resolve.concepts import DOCUMENT_CONCEPTS

    try:
        return [id_ for (id_,) in store.query(DOCUMENT_CONCEPTS, {"doc": doc}).rows]
    except QueryError:  # a graph with no tables yet (LadybugDB)
        return []


def names_of_document(store: Any, doc: str) -> set[str]:
    """The keys and surnames of the entities a document mentions (read before it is removed)."""
    from kg.errors import QueryError

    try:
        rows = store.query(DOCUMENT_NAMES, {"doc": doc}).rows
    except QueryError:  # a graph with no tables yet (LadybugDB): nothing to remove
        return set()
    return {k for row in rows for k in row if k}


def settle_after_removal(store: Any, keys: set[str], concepts: Collection[str] = ()) -> int:
    """Bring the names a removed document touched to what a build without it gives, and the
    common nouns it wrote (``concepts``, their ids) to the spelling the documents left write."""
    from kg.resolve.concepts import concepts_after_removal
    from kg.resolve.corpus import CorpusIndex

    late = on_store(store)
    renamed = concepts_after_removal(late, sorted(concepts))
    if renamed:
        late.apply(renamed)
    if not keys:
        return len(renamed)
    resolution = CorpusIndex().resolve(store.find_entities, also=keys)
    return len(renamed) + settle(resolution, late, removal=True)
