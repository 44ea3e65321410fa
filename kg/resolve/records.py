"""The records a resolved entity keeps: its canonical form, and why each alias joined it.

``merged_by`` holds one record per (alias, document, rule) and ``other_types`` one per minority
type reading (``{"doc", "name", "type"}``: the name as the document wrote it), as canonical JSON strings, so that they are sets and one
document's share can be taken out again (:func:`kg.stores.rows.entity_without_document`).
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass

from kg.model import Entity
from kg.resolve.names import canonical_name, name_key, possessive_parts

# The rule of an alias the extraction's own resolver gave an entity ("Blair" of Tony Blair).
COREFERENCE = "coreference"


@dataclass(frozen=True, slots=True)
class Canonical:
    id: str
    name: str
    type: str
    stored: bool = False


_json_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # as json.dumps(ensure_ascii=False)


def record(**fields: str) -> str:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


def merged_node(canon: Canonical, members: list[tuple[Entity, str]], doc: str,
                 recorded: Container[tuple[str, str]] = frozenset()) -> Entity:
    """One document's view of a canonical entity: its aliases here and why each joined (unless
    the graph already records why that alias joined for this document: ``recorded`` holds the
    (alias, document) pairs of the stored merge records, so a reload adds none)."""
    aliases: set[str] = set()
    merged: set[str] = set()
    other: set[str] = set()
    target = name_key(canon.name)
    for entity, rule in members:
        for alias in {entity.name, *entity.aliases}:
            if alias == canon.name:
                continue
            aliases.add(alias)
            if (alias, doc) not in recorded:
                merged.add(merge_record(alias, doc, alias_rule(alias, entity, rule, target)))
        if entity.type != canon.type and rule != "again":  # a reload: the first load decided
            other.add(record(doc=doc, name=entity.name, type=entity.type))
    node = Entity(canon.id, canon.name, canon.type, tuple(sorted(aliases)), tuple(sorted(merged)), tuple(sorted(other)))
    # The same entity, unchanged: keep the object, so that its facts need no copy.
    return members[0][0] if len(members) == 1 and members[0][0] == node else node


def merge_record(alias: str, doc: str, rule: str) -> str:
    # record(alias=..., doc=..., rule=...), written out: one per alias of every document.
    return f'{{"alias": {_json_string(alias)}, "doc": {_json_string(doc)}, "rule": {_json_string(rule)}}}'


def alias_rule(alias: str, entity: Entity, rule: str, target: str) -> str:
    if alias == entity.name:
        return rule or "spelling"
    if (parts := possessive_parts(alias)) is not None and name_key(parts[1]) == name_key(entity.name):
        return "possessive"
    if name_key(canonical_name(alias, entity.type)) == name_key(canonical_name(entity.name, entity.type)):
        return "title" if alias.split()[0].casefold() != alias.casefold() else "spelling"
    if rule and rule not in ("cleaned", "type", "stored", "again"):
        return rule
    return _document_rule(alias, entity.name)


def _document_rule(alias: str, name: str) -> str:
    """Which of the document's own rules joined an alias: a club's town or designator alone
    (:mod:`kg.resolve.clubs`), a nickname (:mod:`kg.resolve.nicknames`), else the extraction's
    own resolver (``coreference``: "Sotherton" an alias of the entity Kelly Sotherton). Not
    ``same-document``, the rule that joins a name the document wrote apart ("Vignal" beside
    Gregory Vignal): that name is a reading of its own, which a later load counts towards the
    name's type (:func:`kg.resolve.latemerge.joined_readings`), and an alias is none."""
    from kg.resolve.clubs import is_club_name
    from kg.resolve.nicknames import nicknames

    words, alias = name.split(), alias.removeprefix("The ").removeprefix("the ")
    if is_club_name(words) and alias in (words[0], words[-1]):
        return "short-form"
    if any(name_key(name) in org for org in nicknames().get(name_key(alias), ())):
        return "nickname"
    return COREFERENCE
