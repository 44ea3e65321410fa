"""Late merging's moves, and the stored rows they are computed from.

A later load or a removal can change what the corpus rules say about documents already stored
(:mod:`kg.resolve.latemerge`); what is due is a list of :class:`Move`, each the share of some
documents (or all) of a stored node, moved to another node with the records a single build would
have given it. The deciders (:mod:`kg.resolve.latemerge`, :mod:`kg.resolve.latesplit`,
:mod:`kg.resolve.learned`, :mod:`kg.resolve.renames`, :mod:`kg.resolve.firstnames`) share what
is here: the rule groups, the reading of a node's ``merged_by`` and ``other_types`` records, and
the row a node receives. A store applies the moves (:meth:`kg.stores.GraphStore.absorb_entities`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.resolve.names import canonical_name, name_key, surname_key
from kg.resolve.records import COREFERENCE, Canonical, merge_record, record

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

# The rules a stored record of an entity's own name carries when nothing else moved it: a
# corpus rule takes their place on the absorbed name (a single build would have named that rule).
OWN_NAME_RULES = frozenset({"cleaned", "type", "stored"})
# (An alias the extraction gave the name takes the corpus rule that joined the name, too.)
REPLACED_RULES = OWN_NAME_RULES | {"same-document", COREFERENCE}
SURNAME_RULES = frozenset({"surname", "surname-office"})
# Corpus rules that join a name the document wrote to another (it did not write the full name).
JOINING_RULES = SURNAME_RULES | {"initial", "initials", "alias"}
# Rules that join a name the document wrote apart to the node, never an alias the extraction
# gave the node's name (`coreference`): each such name is a reading of its own.
SEPARATE_NAME_RULES = JOINING_RULES | {"same-document", "document-initial", "given-name", "acronym", "contraction"}
# Stored nodes' documents and minority type records (one portable read, for the nodes that move).
ENTITY_DOCUMENTS = ("UNWIND $ids AS id MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(d:Document) "
                    "RETURN e.id AS id, e.other_types AS other_types, collect(d.id) AS docs")
DOCUMENT_ENTITIES = "MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: $doc}) RETURN e.id, e.key, e.name, e.type"


@dataclass(frozen=True, slots=True)
class Move:
    """The share of ``docs`` (None: the whole node) of a stored node, to move to ``into`` (the
    receiving node's row: id, name, type, key, surname and the sets it gains); ``rest`` is the
    sets the old node keeps. ``names`` (with ``docs``) narrows the share to the facts whose
    sentence wrote one of these names for the old node (a document that keeps another of its
    names there keeps its mention too)."""

    old_id: str
    old_name: str
    into: dict[str, Any]
    docs: tuple[str, ...] | None = None
    rest: dict[str, list[str]] | None = None
    names: tuple[str, ...] | None = None

    def to_row(self) -> dict[str, Any]:
        return {"old_id": self.old_id, "old_name": self.old_name, "into": self.into,
                "docs": None if self.docs is None else list(self.docs), "rest": self.rest,
                "names": None if self.names is None else list(self.names)}


Details = Callable[[list[str]], dict[str, tuple[list[str], list[str]]]]
Apply = Callable[[list[Move]], None]
Aliases = Callable[[list[str]], list[dict[str, Any]]]
# Stored entities' documents and the names each wrote, by entity id (kg.resolve.spellings).
Spellings = Callable[[list[str]], dict[str, dict[str, str | None]]]


@dataclass(frozen=True, slots=True)
class LateMerge:
    """What late merging needs from the graph: the documents and type records of some entities,
    and a way to apply the moves (bound to a store by :func:`on_store`)."""

    details: Details
    apply: Apply
    aliases: Aliases | None = None  # the graph's entities by alias (GraphStore.find_by_alias)
    # The entities a document mentions: (id, key, name, type) (kg.resolve.firstnames).
    document_names: Callable[[str], list[tuple[str, str, str, str]]] | None = None
    # Stored entities' documents and the names each wrote, by entity id (kg.resolve.spellings).
    spellings: Callable[[list[str]], dict[str, dict[str, str | None]]] | None = None
    # Stored entities by id: id, name and sets (kg.resolve.concepts).
    nodes: Callable[[list[str]], dict[str, dict[str, Any]]] | None = None


def on_store(store: Any) -> LateMerge:
    """Late merging against a :class:`kg.stores.GraphStore`."""
    def details(ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        if not ids:
            return {}
        rows = store.query(ENTITY_DOCUMENTS, {"ids": ids}).records()
        return {r["id"]: (sorted(r["docs"] or ()), list(r["other_types"] or ())) for r in rows}

    def apply(moves: list[Move]) -> None:
        if moves:
            store.absorb_entities([m.to_row() for m in moves])

    def document_names(doc: str) -> list[tuple[str, str, str, str]]:
        return [tuple(row) for row in store.query(DOCUMENT_ENTITIES, {"doc": doc}).rows]  # type: ignore[misc]

    def spellings(ids: list[str]) -> dict[str, dict[str, str | None]]:
        from kg.resolve.spellings import ENTITY_SPELLINGS

        found: dict[str, dict[str, str | None]] = defaultdict(dict)
        for id_, doc, written in store.query(ENTITY_SPELLINGS, {"ids": ids}).rows:
            found[id_][doc] = written
        return found

    def nodes(ids: list[str]) -> dict[str, dict[str, Any]]:
        from kg.errors import QueryError
        from kg.resolve.concepts import stored_nodes

        try:
            return stored_nodes(lambda query, chunk: store.query(query, {"ids": chunk}).rows, ids)
        except QueryError:  # a graph with no tables yet (LadybugDB): nothing stored
            return {}

    return LateMerge(details, apply, store.find_by_alias, document_names, spellings, nodes)


def node_row(canon: Canonical, aliases: set[str], merged: set[str], others: set[str]) -> dict[str, Any]:
    return {"id": canon.id, "name": canon.name, "type": canon.type, "key": name_key(canon.name),
            "surname": surname_key(canon.name, canon.type), "aliases": sorted(aliases - {canon.name}),
            "merged_by": sorted(merged), "other_types": sorted(others)}


def records_by_document(row: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for merge in row.get("merged_by") or ():
        joined = json.loads(merge)
        by_doc[joined["doc"]].append(joined)
    return by_doc


def canonical_rows(resolution: Resolution, words: Callable[[str], bool]) -> Iterable[tuple[str, dict[str, Any]]]:
    """The stored nodes that are the canonical entity of their key, for keys ``words`` accepts."""
    for key, rows in resolution.stored.items():
        canon = resolution.canon.get(key)
        if canon is not None and words(key):
            yield from ((key, row) for row in rows if row["id"] == canon.id)


def absorbed(row: dict[str, Any], into: Canonical, by_doc: dict[str, list[dict[str, str]]],
              rules: dict[str, str], other_types: list[str], wrote: Collection[str] = ()) -> Move:
    """The sets the full name gains: what a single build would have recorded for these
    documents, from what the stored node recorded for them. ``wrote`` holds documents known to
    have written the stored name itself (their spellings record), whatever else they joined to
    it ("S Quill" on a team sheet, with the report's "Quill" joined to it by the surname rule)."""
    merged: set[str] = set()
    aliases = set(row.get("aliases") or ())
    for doc, records in by_doc.items():
        own_name_recorded = False
        for r in records:
            replaced = r["rule"] in REPLACED_RULES
            # A document known to have written the name itself ("Brentford", beside a "BRENTFORD"
            # recorded by rule ``type``) has no record of it: another spelling's is not its own.
            own_name_recorded |= r["rule"] in OWN_NAME_RULES and (r["alias"] == row["name"] or doc not in wrote)
            merged.add(merge_record(r["alias"], doc, rules[doc] if replaced else r["rule"]))
        if not own_name_recorded and (doc in wrote or not joined_only(records)):  # it wrote the stored name
            aliases.add(row["name"])
            merged.add(merge_record(row["name"], doc, rules[doc]))
    typed = typed_names(other_types, row["key"])
    others = {r for r in other_types if json.loads(r)["type"] != into.type}
    if row["type"] != into.type:
        exact = {(r["doc"], r.get("name")) for r in map(json.loads, other_types)}
        others |= {record(doc=doc, name=row["name"], type=row["type"]) for doc in by_doc
                   if (doc, row["key"]) not in typed or (doc in wrote and (doc, row["name"]) not in exact)}
    return Move(row["id"], row["name"], node_row(into, aliases, merged, others))


def absorbed_share(row: dict[str, Any], into: Canonical, by_doc: dict[str, list[dict[str, str]]],
                   rules: dict[str, str], other_types: list[str], wrote: Collection[str],
                   rest: dict[str, list[str]]) -> Move:
    """Some documents' share of a short-form node, absorbed by the full name they pick, where the
    node's other documents pick another or none ("President Bush" in two reports picks the
    George W Bush his office names; a report's lone "bush", with Kate Bush in the corpus, picks
    neither): the records and aliases of those documents only, as one build gives them; the
    node keeps ``rest``."""
    own = {"aliases": [r["alias"] for records in by_doc.values() for r in records]}
    mine = [r for r in other_types if json.loads(r)["doc"] in by_doc]
    move = absorbed({**row, **own}, into, by_doc, rules, mine, wrote)
    return Move(row["id"], row["name"], move.into, tuple(sorted(by_doc)), rest)


def without_documents(row: dict[str, Any], other_types: list[str], docs: list[str]) -> dict[str, list[str]]:
    from kg.stores.rows import entity_without_document

    sets: dict[str, Any] = {"id": row["id"], "aliases": list(row.get("aliases") or ()),
                            "merged_by": list(row.get("merged_by") or ()), "other_types": other_types}
    for doc in docs:
        sets = entity_without_document(sets, doc)
    return {k: v for k, v in sets.items() if k != "id"}


def wrote_own_name(spellings: Spellings | None, rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The documents that wrote each stored name themselves, by node id, among those whose records
    on it are all joins by a corpus rule: its own name leaves a document no record, so a report
    that wrote "S Quill" and a "Quill" the surname rule joined to it has only the latter's. They
    are asked of the graph by the names each document wrote (kg.resolve.spellings)."""
    from kg.resolve.spellings import recorded

    by_id = {row["id"]: (row, records_by_document(row)) for row in rows}
    asked = {id_: row["key"] for id_, (row, by_doc) in by_id.items()
             if any(joined_only(records) or _other_spelling(records, row) for records in by_doc.values())}
    if spellings is None or not asked:
        return {}

    def wrote(id_: str, doc: str, written: str) -> bool:
        row, by_doc = by_id[id_]
        names = {name for name, _ in recorded(written, asked[id_])}
        if _other_spelling(by_doc.get(doc, []), row):  # "BRENTFORD": and "Brentford" too?
            return row["name"] in names
        return bool(names)

    return {id_: {doc for doc, written in docs.items() if written is not None and wrote(id_, doc, written)}
            for id_, docs in spellings(sorted(asked)).items()}


def _other_spelling(records: list[dict[str, str]], row: dict[str, Any]) -> bool:
    """Whether a document's records on a node hold another spelling of its name (rule
    ``spelling`` or ``type``: "BRENTFORD" on a "Brentford") and no record of the name itself,
    which leaves no record: whether the document wrote the name too only its spellings say."""
    return any(r["rule"] in ("spelling", "type") and r["alias"] != row["name"] for r in records) \
        and all(r["alias"] != row["name"] for r in records)


def own_aliases(row: dict[str, Any]) -> list[str]:
    """A stored node's aliases less those of short forms a corpus rule joined to it ("President
    Rusk", the title of a report's "Rusk" the surname rule joined to Ilse Rusk): one build reads
    a full name's offices from its own mentions only, not from a short form joined to it."""
    joined: dict[str, set[str]] = defaultdict(set)
    by_alias: dict[str, set[str]] = defaultdict(set)
    for merge in row.get("merged_by") or ():
        r = json.loads(merge)
        by_alias[r["alias"]].add(r["doc"])
        if r["rule"] in JOINING_RULES:
            joined[r["doc"]].add(name_key(canonical_name(r["alias"], "PERSON")))
    return [a for a in row.get("aliases") or ()
            if not by_alias[a] or any(name_key(canonical_name(a, "PERSON")) not in joined[doc] for doc in by_alias[a])]


def without_names(sets: dict[str, list[str]], doc: str, records: list[dict[str, str]]) -> dict[str, list[str]]:
    """A node's sets once one document's share of some of its names is taken out: those names'
    merge and type records for that document, and each alias no record supports any more."""
    names = {r["alias"] for r in records}
    gone = {merge_record(r["alias"], doc, r["rule"]) for r in records}
    merged = sorted(set(sets["merged_by"]) - gone)
    supported = {json.loads(m)["alias"] for m in merged}
    aliases = sorted(a for a in sets["aliases"] if a in supported or a not in names)
    others = sorted(r for r in sets["other_types"]
                    if not ((t := json.loads(r))["doc"] == doc and t.get("name") in names))
    return {"aliases": aliases, "merged_by": merged, "other_types": others}


def separate_names(records: Iterable[dict[str, str]]) -> list[str]:
    """The names written apart that a document's records join to a node, one per name: an
    alias that takes the rule of the name it belongs to ("Mr Gaymard" of "Gaymard", read as
    untyped, where titles are not taken off) is that name's, not a second reading."""
    by_key: dict[str, str] = {}
    for alias in sorted({r["alias"] for r in records if r["rule"] in SEPARATE_NAME_RULES},
                        key=lambda a: (canonical_name(a, "PERSON") != a, a)):
        by_key.setdefault(name_key(canonical_name(alias, "PERSON")), alias)
    return sorted(by_key.values())


def typed_names(other_types: Iterable[str], own: str) -> set[tuple[str, str]]:
    """(document, name key) of each type record: the names whose reading a document recorded
    (a record with no name, from an older graph, is of the node's own name, key ``own``). A
    document's record of one name says nothing of another it wrote ("Dementieva" untyped beside
    "Elena Dementieva" read as an organisation: two readings, two records)."""
    return {(r["doc"], name_key(canonical_name(r["name"], r["type"])) if "name" in r else own)
            for r in map(json.loads, other_types)}


def joined_only(records: list[dict[str, str]]) -> bool:
    """Whether a document's records on a node are all joins of other names by a corpus rule
    ("Worsley", rule surname, on a stored "J Worsley"): the document did not write the node's name."""
    return bool(records) and all(r["rule"] in JOINING_RULES for r in records)
