"""Predicate normalisation: from what a sentence says to a relation type.

``heads`` and ``is headed by`` both become HEAD, ``declined``, ``snubbed`` and ``dodged`` become
DECLINE. The table is data (``predicates.tsv``); users add their own with ``KG_PREDICATES``.
Unknown predicates keep their lemma as type (``arrive in`` → ARRIVE_IN is not wanted: the
preposition belongs to the argument, so it is ARRIVE).

The table has no context: a verb whose sense depends on the sentence is typed by a rule before
it gets here. "Tom Reed eliminated Jon Dahl 6-3" and "Jon Dahl fell 6-3 to Tom Reed" reach the
table as "beat" (DEFEAT, the winner first) only in a contest, where both ends are sides and the
sentence names a contest (``kg/extract/contests.py``); "Vexa eliminated 300 jobs" stays ELIMINATE.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from kg.errors import InputError
from kg.model import sanitize_rel_type

TABLE = Path(__file__).with_name("predicates.tsv")
# Particles of phrasal verbs ("buy back", "set up") that are words of the table on their own.
PARTICLES = frozenset({"back", "up", "down", "out", "off", "over", "away", "on", "in"})


def read_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read predicate table ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise InputError(f"{path}:{number}: expected 'predicate<TAB>TYPE'")
        table[" ".join(parts[0].lower().split())] = sanitize_rel_type(parts[1])
    return table


@functools.lru_cache(maxsize=8)
def synonyms(extra: str | None = None) -> dict[str, str]:
    table = read_table(TABLE)
    if extra:
        table.update(read_table(Path(extra)))
    return table


def _table(extra: str | None = None) -> dict[str, str]:
    return synonyms(extra if extra is not None else os.environ.get("KG_PREDICATES") or None)


def is_listed(predicate: str) -> bool:
    """The table (with the user's) names this predicate as it stands ("lead to")."""
    return " ".join(predicate.lower().split()) in _table()


def relation_type(predicate: str, extra: str | None = None) -> str:
    """The relation type for a predicate lemma ("snub" → DECLINE, "arrive" → ARRIVE)."""
    table = _table(extra)
    key = " ".join(predicate.lower().split())
    if key in table:
        return table[key]
    if " to " in key:
        # "decline to meet": a control verb and its infinitive are typed by the control verb
        key = key.split(" to ")[0]
        if key in table:
            return table[key]
    head = key.split(" ")[-1] if key else key
    if head in PARTICLES and " " in key:
        # "buy back", "win back": the last word of a phrasal verb is its particle, not its head
        # (the last word of "foreign minister" is): "back" alone is SUPPORT, "buy back" is not
        return sanitize_rel_type(key)
    return table.get(head, sanitize_rel_type(key))


@functools.lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The relation types of kg's own table (``predicates.tsv``): the closed set that Neo4j stores
    as relationship types. Users' ``KG_PREDICATES`` extras do not widen it, so a graph's types do
    not depend on the environment it was loaded in."""
    return frozenset(read_table(TABLE).values())
