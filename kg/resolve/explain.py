"""Why a node is what it is: which names joined it, by which rule, on the word of which documents.

Reads what corpus resolution (:mod:`kg.resolve.corpus`) stored on the node: ``merged_by`` (one
record per alias and document) and ``other_types`` (the minority type readings).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.model import name_key

# Both stores speak this Cypher; a name or an alias is matched in any case. (LadybugDB cannot
# read a parameter inside a list predicate: the parameters are bound by WITH first.)
_RETURN = """
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.merged_by AS merged_by,
       e.other_types AS other_types
ORDER BY name, type, id
"""
FIND = """
WITH $q AS q, $key AS key
MATCH (e:Entity) WHERE e.id = q OR e.key = key OR any(a IN e.aliases WHERE lower(a) = key)""" + _RETURN
# An id a late merge retired (kg.resolve.latemerge): the node that absorbed it keeps it.
FIND_FORMER = "WITH $q AS q MATCH (e:Entity) WHERE q IN e.former_ids" + _RETURN
SOURCES = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.source AS source"


@dataclass(slots=True)
class Explanation:
    id: str
    name: str
    type: str
    aliases: list[str]
    # (alias, rule) -> sources of the documents that gave it
    merges: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # type -> sources of the documents that read the name so
    other_types: dict[str, list[str]] = field(default_factory=dict)

    def rows(self) -> list[list[Any]]:
        """One row per alias and rule, then one per minority type reading."""
        out: list[list[Any]] = [[self.name, self.type, alias, rule, len(docs), ", ".join(docs)]
                                for (alias, rule), docs in sorted(self.merges.items())]
        out += [[self.name, self.type, f"(read as {type_})", "type", len(docs), ", ".join(docs)]
                for type_, docs in sorted(self.other_types.items())]
        return out or [[self.name, self.type, "", "", 0, ""]]


COLUMNS = ["entity", "type", "alias", "rule", "documents", "sources"]


def explain(graph: Any, entity: str) -> list[Explanation]:
    """The nodes an id, a name or an alias names (or, failing those, the node that absorbed an
    id: its ``former_ids``), each with the story of its merges."""
    found = graph.query(FIND, {"q": entity, "key": name_key(entity)}).records()
    if not found and "former_ids" in graph.store.catalog()["properties"]:  # graphs before late merging lack it
        found = graph.query(FIND_FORMER, {"q": entity}).records()
    records = [(row, [json.loads(r) for r in row["merged_by"] or ()],
                [json.loads(r) for r in row["other_types"] or ()]) for row in found]
    ids = sorted({r["doc"] for _, merged, other in records for r in merged + other})
    source = {row["id"]: row["source"] for row in graph.query(SOURCES, {"ids": ids}).records()} if ids else {}
    out: list[Explanation] = []
    for row, merged, other in records:
        merges: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in merged:
            merges[(r["alias"], r["rule"])].add(source.get(r["doc"], r["doc"]))
        types: dict[str, set[str]] = defaultdict(set)
        for r in other:
            types[r["type"]].add(source.get(r["doc"], r["doc"]))
        out.append(Explanation(row["id"], row["name"], row["type"], sorted(row["aliases"] or ()),
                               {k: sorted(v) for k, v in merges.items()},
                               {k: sorted(v) for k, v in types.items()}))
    return out
