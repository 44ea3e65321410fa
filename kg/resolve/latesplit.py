"""Late splits: a stored short form its full name keeps no longer (:mod:`kg.resolve.latemerge`).

A document's short form joined a full name by the ``surname`` (or ``initial``) rule, and the rule
no longer says so: a second full name with that surname has come (Ian Blair), or the document
that named the full name was removed. That document's share (its mentions, its provenance records
on the node's facts, its merge records) moves to where a single build would put it: the full name
its titles or office still pick, else its own short-form node, of the type most readings give it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.model import Entity, entity_id
from kg.resolve.comention import INITIAL
from kg.resolve.moves import (
    SURNAME_RULES,
    Details,
    Move,
    Spellings,
    canonical_rows,
    node_row,
    records_by_document,
    without_documents,
    without_names,
    wrote_own_name,
)
from kg.resolve.names import canonical_name, gender_of, is_surname_form, name_key, offices_of
from kg.resolve.records import Canonical, alias_rule, merge_record, record

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["splits"]




@dataclass(slots=True)
class _Leaving:
    """One document's short form that no longer joins the full name it joined."""

    doc: str
    short: str
    records: list[dict[str, str]]
    choice: tuple[str, str] | None
    # Only these records' names leave: the document keeps another of its names on the node ("S
    # Quill" on a team sheet, which still joins Sorrel Quill while the report's "Quill" leaves).
    partial: bool = False


def _leaving(resolution: Resolution, row: dict[str, Any], wrote: Collection[str] = (),
             relabels: dict[str, str] | None = None, known_only: bool = False) -> list[_Leaving]:
    """The documents whose short form leaves the full name ``row``; ``wrote`` holds documents
    known to have written the full name itself (their share of it stays). A short form that
    stays, by another surname rule than its record says, goes to ``relabels`` (old record ->
    new record). With ``known_only``, a short form whose surname the graph was not asked for
    is left as it is: the batch brings no full name with it, and the full names that compete
    for it are not all known (:meth:`Resolution.knows_surname`)."""
    key = row["key"]
    out = []
    for doc, records in records_by_document(row).items():
        if all(r["rule"] == "initial" for r in records):  # "T Umaga": its document named no Umaga
            short = _initial_form(records)
            if known_only and not resolution.knows_surname(name_key(short).split()[-1]):
                continue
            target = resolution.initial_target(name_key(short))
            if target != key:  # a second Umaga whose name starts with T has come: neither
                out.append(_Leaving(doc, short, records, None if target is None else (target, "initial")))
            continue
        initials = [r for r in records if r["rule"] == "initial"]
        if initials and _initial_stays(resolution, initials, key):
            records = [r for r in records if r["rule"] != "initial"]  # the initial's share stays
            partial = True
        else:
            partial = doc in wrote
        # A document with a record of the full name itself ("Steven Gerrard's", which the
        # extraction gave it) wrote it: only the short form's records and share leave.
        whole_name = [r for r in records if name_key(canonical_name(r["alias"], "PERSON")) == key]
        if whole_name and len(whole_name) < len(records):
            records = [r for r in records if r not in whole_name]
            partial = True
        joined = [r for r in records if r["rule"] in SURNAME_RULES]
        # The short form is the name that is the full name's surname ("Charlton" of Bobby
        # Charlton), not an alias the extraction gave it, which the rule records alike ("Addicks").
        surnames = [r for r in joined if key.endswith(" " + name_key(canonical_name(r["alias"], "PERSON")))]
        short = canonical_name((surnames or joined)[0]["alias"], "PERSON") if joined else ""
        if not short or (" " in name_key(short) and not is_surname_form(name_key(short))):
            continue
        if known_only and not resolution.knows_surname(name_key(short)):
            continue
        aliases = [r["alias"] for r in records]
        # A first name of the corpus is no surname to join ("Joel" beside Joel Schumacher), nor
        # a word most documents read as no person ("Hill" an organisation in most reports), as
        # in a single build (Resolution.target).
        own = resolution.canon.get(name_key(short))
        person_like = own is None or own.type == "PERSON" or (
            own.type == "OTHER" and bool(gender_of(aliases) or offices_of(aliases)))
        choice = (None if name_key(short) in resolution.given_names or not person_like
                  else resolution.choose(name_key(short), gender_of(aliases), offices_of(aliases)))
        if choice is None or choice[0] != key:
            out.append(_Leaving(doc, short, records, choice, partial))
        elif relabels is not None:  # "Rusk" stays with Halden Rusk, now by his office
            relabels.update((merge_record(r["alias"], doc, r["rule"]), merge_record(r["alias"], doc, choice[1]))
                            for r in joined if r["rule"] != choice[1])
    return out


def _initial_stays(resolution: Resolution, initials: list[dict[str, str]], key: str) -> bool:
    """Whether a document's initial form ("S Quill") still joins the full name ``key``."""
    return resolution.initial_target(name_key(_initial_form(initials))) == key


def _initial_form(records: list[dict[str, str]]) -> str:
    """The initial form a document's records joined by the rule ``initial`` are of: "S Ridley",
    not "Ridley", an alias the extraction gave it (rule ``initial`` too, as the name it belongs
    to), which is no initial form and would leave the full name the initial still picks."""
    forms = [r["alias"] for r in records if len(r["alias"].split()) == 2 and INITIAL.match(r["alias"].split()[0])]
    return canonical_name((forms or [records[0]["alias"]])[0], "PERSON")


def splits(resolution: Resolution, details: Details, spellings: Spellings | None = None,
           moved: Collection[str] = ()) -> list[Move]:
    """Documents' short forms that their full name keeps no longer, each moved where a single
    build would put it: another full name, or the short form's own node. ``spellings`` (the
    names each stored document wrote) tells a document that wrote the full name too ("S Quill"
    on a team sheet, and a "Quill" the surname rule joined to it): only the short form leaves.
    A node whose records change only (:func:`_relabelled`) is left alone when another move of
    the load writes it (``moved``: those moves write its sets from what they read)."""
    rows = [row for _, row in canonical_rows(resolution, lambda k: " " in k) if row["type"] == "PERSON"]
    relabels: dict[str, dict[str, str]] = defaultdict(dict)
    leaving = {row["id"]: (row, found) for row in rows
               for found in [_leaving(resolution, row, (), relabels[row["id"]], known_only=True)] if found}
    wrote = wrote_own_name(spellings, [row for row, _ in leaving.values()])
    leaving = {id_: (row, _leaving(resolution, row, wrote[id_], known_only=True) if wrote.get(id_) else found)
               for id_, (row, found) in leaving.items()}
    known = details(sorted(leaving)) if leaving else {}
    moves = []
    for id_, (row, found) in sorted(leaving.items()):
        moves += split_moves(resolution, row, found, known.get(id_, ([], []))[1], relabels[id_])
    moves += [_relabelled(row, relabels[row["id"]]) for row in rows
              if relabels[row["id"]] and row["id"] not in leaving and row["id"] not in moved]
    return moves


def _relabelled(row: dict[str, Any], relabels: dict[str, str]) -> Move:
    """A full name whose short forms stay by another surname rule than their records say, as
    one build records them: "Rusk" joined Halden Rusk while he was the only Rusk (``surname``);
    with Ilse Rusk in the corpus, his office picks him (``surname-office``). The node keeps its
    id and name; only its records change."""
    canon = Canonical(row["id"], row["name"], row["type"], stored=True)
    merged = {relabels.get(m, m) for m in row.get("merged_by") or ()}
    return Move(row["id"], row["name"], node_row(canon, set(row.get("aliases") or ()), merged,
                                                 set(row.get("other_types") or ())))


def leaving_documents(resolution: Resolution, row: dict[str, Any]) -> list[_Leaving]:
    """The documents whose short form a stored full name keeps no longer (a full name retyped to
    no person's keeps none: :func:`kg.resolve.latemerge.retypes`)."""
    return _leaving(resolution, row)


def given_names_leaving(row: dict[str, Any], other_types: list[str]) -> list[_Leaving]:
    """The first names documents' own ``given-name`` rule joined to a full name retyped now to
    no person's, where the document itself read the full name as no person's ("Maren" beside a
    Maren Holt its report reads as an organisation, joined while another report's reading of a
    person led): one build joins none there, so each leaves to its own node. The document wrote
    the full name too, so only the first name's share moves."""
    read = {doc: type_ for (doc, key), type_ in _readings_of_names(other_types).items() if key == row["key"]}
    return [_Leaving(doc, canonical_name(given[0]["alias"], "PERSON"), given, None, partial=True)
            for doc, records in sorted(records_by_document(row).items())
            for given in [[r for r in records if r["rule"] == "given-name"]]
            if given and read.get(doc, row["type"]) != "PERSON"]


def _readings_of_names(other_types: list[str]) -> dict[tuple[str, str], str]:
    return {(r["doc"], name_key(canonical_name(r["name"], r["type"]))): r["type"]
            for r in map(json.loads, other_types) if "name" in r}


def remaining(row: dict[str, Any], other_types: list[str], found: list[_Leaving]) -> dict[str, list[str]]:
    """The sets a full name keeps once the leaving documents' share (or a name's) is out."""
    rest = without_documents(row, other_types, [leave.doc for leave in found if not leave.partial])
    for leave in found:
        if leave.partial:
            rest = without_names(rest, leave.doc, leave.records)
    return rest


def split_moves(resolution: Resolution, row: dict[str, Any], found: list[_Leaving], other_types: list[str],
                relabels: dict[str, str] | None = None) -> list[Move]:
    """The moves that take the leaving documents' share of one stored full name where one build
    puts it (the records the node keeps changed as ``relabels`` says)."""
    moves = []
    typed = {json.loads(r)["doc"]: json.loads(r)["type"] for r in other_types}
    # A document that keeps another name on the node read the leaving name as its own record
    # says, else as the node's type (its record of the other name says nothing of this one).
    by_name = _readings_of_names(other_types)
    typed.update((leave.doc, by_name.get((leave.doc, name_key(leave.short)), row["type"]))
                 for leave in found if leave.partial)
    groups: dict[str, list[_Leaving]] = defaultdict(list)
    targets: dict[str, tuple[Canonical, str]] = {}
    own = _own_types(resolution, found, typed, row["type"])
    for leave in found:
        target, rule = _split_target(resolution, leave, own.get(name_key(leave.short), row["type"]))
        groups[target.id].append(leave)
        targets[target.id] = (target, rule)
    rest = remaining(row, other_types, found)
    if relabels:
        rest["merged_by"] = sorted({relabels.get(m, m) for m in rest["merged_by"]})
    for target_id, group in sorted(groups.items()):
        target, rule = targets[target_id]
        whole = [leave for leave in group if not leave.partial]
        if whole:
            moves.append(Move(row["id"], row["name"], _split_row(target, rule, whole, typed, row["type"]),
                              tuple(sorted(leave.doc for leave in whole)), rest))
        # A document that keeps another of its names on the node moves only this name's share.
        moves += [Move(row["id"], row["name"], _split_row(target, rule, [leave], typed, row["type"]), (leave.doc,),
                       rest, tuple(sorted({r["alias"] for r in leave.records})))
                  for leave in sorted(group, key=lambda leave: leave.doc) if leave.partial]
    return moves


def _own_types(resolution: Resolution, found: list[_Leaving], typed: dict[str, str], full_type: str) -> dict[str, str]:
    """The type of each short form's own node, for the documents that leave to it: one name, one
    node, of the type most of its readings give it (these documents' and the batch's), as one
    build types it. Typed document by document, "Duff" a person in one report and an
    organisation in another became two nodes of one name."""
    from kg.resolve.corpus import majority

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for leave in found:
        if leave.choice is None:
            counts[name_key(leave.short)][typed.get(leave.doc, full_type)] += 1
    for key, readings in counts.items():
        info = resolution.infos.get(key)
        if info is not None:
            readings.update(info.types)
    return {key: majority(readings) for key, readings in counts.items()}


def _split_target(resolution: Resolution, leave: _Leaving, doc_type: str) -> tuple[Canonical, str]:
    if leave.choice is not None:
        return resolution.canon[leave.choice[0]], leave.choice[1]
    held = resolution.canon.get(name_key(leave.short))
    return held or Canonical(entity_id(leave.short, doc_type), leave.short, doc_type), ""


def _split_row(target: Canonical, rule: str, group: list[_Leaving], typed: dict[str, str],
               full_type: str) -> dict[str, Any]:
    """The records a single build would give the documents' reading on its new node."""
    merged: set[str] = set()
    aliases: set[str] = set()
    others: set[str] = set()
    for leave in group:
        for r in leave.records:
            if r["alias"] == target.name:
                continue  # the node's own name: no record
            if r["rule"] in SURNAME_RULES and rule:
                new_rule = rule
            elif r["rule"] in SURNAME_RULES:
                alone = name_key(canonical_name(r["alias"], "PERSON")) == name_key(leave.short)
                # Another alias the extraction gave the short form has the rule one build gives
                # it on the short form's own node (a club's nickname: "Addicks" of "Charlton").
                written = Entity.make(leave.short, typed.get(leave.doc, full_type))
                new_rule = "cleaned" if alone else alias_rule(r["alias"], written, "", name_key(target.name))
            elif r["rule"] == "initial" and not rule:
                # On the initial form's own node, an alias the extraction gave it ("Prowse" of
                # "D Prowse") has the rule one build gives it there, as the name's own.
                written = Entity.make(leave.short, typed.get(leave.doc, full_type))
                new_rule = alias_rule(r["alias"], written, "", name_key(target.name))
            else:
                new_rule = r["rule"]
            merged.add(merge_record(r["alias"], leave.doc, new_rule))
            aliases.add(r["alias"])
        doc_type = typed.get(leave.doc, full_type)
        if doc_type != target.type:
            others.add(record(doc=leave.doc, name=leave.short, type=doc_type))
    return node_row(target, aliases, merged, others)
