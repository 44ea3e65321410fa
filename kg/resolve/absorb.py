"""Late absorption (:mod:`kg.resolve.latemerge`): stored short forms a full name now takes.

A full name arrives after its short form was stored alone. Document A says only "Mr Blair" and
is loaded first; document B, loaded later, names Tony Blair, the only Blair. Built in one go, A's
"Blair" joins Tony Blair (rule ``surname``), so the stored "Blair" node is absorbed: its facts and
mentions move to Tony Blair, its aliases and records join his, a ``merged_by`` record names the
rule and each of A's documents, and its id joins his ``former_ids``. Where the node's documents
pick different full names, or some none ("President Bush" picks the George W Bush of that
office, a lone "bush" neither, with Kate Bush in the corpus), each document's share goes where
it picks and the node keeps the rest. An initial form ("F Pelous") is absorbed the same way, by
the rule ``initial``, or ``document-initial`` for a document that writes the full name itself.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from kg.resolve.moves import (
    Details,
    Move,
    Spellings,
    absorbed,
    absorbed_share,
    canonical_rows,
    joined_only,
    records_by_document,
    without_documents,
    wrote_own_name,
)
from kg.resolve.names import canonical_name, gender_of, name_key, offices_of
from kg.resolve.records import Canonical
from kg.resolve.spellings import recorded

if TYPE_CHECKING:
    from kg.resolve.resolution import Resolution

__all__ = ["absorptions", "majority_type", "readings_of"]


def _choice(resolution: Resolution, key: str, type_: str, records: list[dict[str, str]]) -> tuple[str, str] | None:
    """What a single build would join one document's reading of a one-word name to."""
    aliases = [r["alias"] for r in records]
    said, offices = gender_of(aliases), offices_of(aliases)
    if type_ != "PERSON" and not (type_ == "OTHER" and (said or offices)):  # an untyped word needs a title
        return None
    return resolution.choose(key, said, offices)


def majority_type(resolution: Resolution, key: str, readings: dict[str, str], stored: str) -> str:
    """The type a single build gives a stored name: the majority over the readings of the
    documents that wrote it (:func:`readings_of`) and the batch's (a document loaded again counts
    once); ``stored`` when there is none."""
    from kg.resolve.corpus import majority

    counts = Counter(readings.values())
    info = resolution.infos.get(key)
    if info is not None:
        counts.update(info.types)
    counts.subtract(readings[doc] for doc in readings if doc in resolution.documents)  # loaded again
    return majority(+counts) if +counts else stored


def absorptions(resolution: Resolution, details: Details, spellings: Spellings | None = None) -> list[Move]:
    """The stored short forms every one of whose documents now joins one full name: a surname
    ("Blair", rules ``surname``/``surname-office``), or an initial and a surname ("F Pelous",
    rule ``initial``). A stored name of any type is weighed: the batch's readings may make it a
    person ("Carragher" read as a place in one report and a person in the next: a person, by the
    type order), as a single build types it before it joins it (:func:`majority_type`)."""
    from kg.resolve.resolution import NAMED

    rows = [row for key, row in canonical_rows(resolution, lambda k: " " not in k or k in resolution.particle_forms)
            if key not in resolution.given_names and resolution.by_surname.get(key)
            and row["type"] in NAMED]
    initials = {row["id"]: target for key, row in canonical_rows(resolution, lambda k: " " in k)
                for target in [resolution.initial_target(key)] if target is not None}
    rows += [row for _, row in canonical_rows(resolution, lambda k: " " in k) if row["id"] in initials]
    found = details([row["id"] for row in rows]) if rows else {}
    own = _wrote_full_names(resolution, set(initials.values()), spellings)
    moves = []
    due: list[tuple[dict[str, Any], Canonical, dict[str, list[dict[str, str]]], dict[str, str], list[str]]] = []
    shares: list[tuple[dict[str, Any], dict[str, tuple[str, str] | None], dict[str, list[dict[str, str]]], list[str]]] = []
    for row in rows:
        docs, other_types = found.get(row["id"], ([], []))
        records = records_by_document(row)
        if row["id"] in initials:  # "F Pelous": every document reads it the same way
            target = initials[row["id"]]
            choices: dict[str, tuple[str, str] | None] = {
                doc: (target, "document-initial" if doc in own.get(target, ()) else "initial") for doc in docs}
        else:
            type_ = majority_type(resolution, row["key"], readings_of(row, docs, other_types), row["type"])
            choices = {doc: _choice(resolution, row["key"], type_, records[doc]) for doc in docs}
        targets = {choice[0] if choice else None for choice in choices.values()}
        rules = {doc: choice[1] for doc, choice in choices.items() if choice is not None}
        if len(targets) == 1 and None not in targets:
            into = resolution.canon[next(key for key in targets if key is not None)]
            due.append((row, into, {d: records[d] for d in docs}, rules, other_types))
        elif rules and row["id"] not in initials:  # its documents disagree: each share goes its way
            shares.append((row, choices, records, other_types))
    wrote = wrote_own_name(spellings, [row for row, _, _, _, _ in due] + [row for row, _, _, _ in shares])
    for row, into, by_doc, rules, other_types in due:
        moves.append(absorbed(row, into, by_doc, rules, other_types, wrote.get(row["id"], set())))
    for row, choices, records, other_types in shares:
        moves += _shares(resolution, row, choices, records, other_types, wrote.get(row["id"], set()))
    return moves


def _wrote_full_names(resolution: Resolution, keys: set[str], spellings: Spellings | None) -> dict[str, set[str]]:
    """The stored documents that wrote each of these stored full names themselves, by key: their
    initial form ("D Peel" beside the "Dwayne Peel" the report writes, read there as a place)
    joins the full name by the rule ``document-initial``, as one build records it."""
    # By the stored rows' ids: a full name this load retypes keeps its old id until the moves run.
    ids = {row["id"]: key for key in keys for row in resolution.stored.get(key, ())}
    if spellings is None or not ids:
        return {}
    return {ids[id_]: {doc for doc, written in docs.items() if written is not None and recorded(written, ids[id_])}
            for id_, docs in spellings(sorted(ids)).items()}


def _shares(resolution: Resolution, row: dict[str, Any], choices: dict[str, tuple[str, str] | None],
            records: dict[str, list[dict[str, str]]], other_types: list[str], wrote: set[str]) -> list[Move]:
    """A short-form node whose documents pick different full names, or some none: each
    document's share goes to the full name it picks, as one build joins each document's short
    form apart; the documents that pick none keep the node."""
    groups: dict[str, list[str]] = defaultdict(list)
    for doc, choice in sorted(choices.items()):
        if choice is not None:
            groups[choice[0]].append(doc)
    rest = without_documents(row, other_types, [doc for docs in groups.values() for doc in docs])
    return [absorbed_share(row, resolution.canon[target], {d: records[d] for d in docs},
                           {d: choices[d][1] for d in docs}, other_types, wrote, rest)  # type: ignore[index]
            for target, docs in sorted(groups.items())]


def readings_of(row: dict[str, Any], docs: list[str], other_types: list[str]) -> dict[str, str]:
    """The type each document that wrote the name itself read it as, as a single build counts
    them (each name's readings apart): a type record names the name it was read for ("Man Utd",
    read as OTHER, is not a reading of Manchester United), and a document that only joined a
    short form to the node by a corpus rule ("Bellamy", rule surname) did not write the name."""
    key = row["key"]
    typed: dict[str, str] = {}
    for r in map(json.loads, other_types):
        if "name" not in r or name_key(canonical_name(r["name"], r["type"])) == key:
            typed[r["doc"]] = r["type"]
    records = records_by_document(row)
    return {doc: typed.get(doc, row["type"]) for doc in docs if not joined_only(records[doc])}
