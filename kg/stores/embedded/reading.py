"""Finding stored entities by name key, surname or alias, for corpus resolution.

The key or alias columns are scanned once as Arrow batches and matched in Python, then the found
rows are read by primary key: ``WHERE e.key IN $keys`` compares every row with every key (48 s for
5,000 keys and 300,000 entities against 3 s this way; see ``statements.SCAN_ENTITY_KEYS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.stores.embedded.statements import READ_FOUND_ENTITIES, SCAN_ENTITY_ALIASES, SCAN_ENTITY_KEYS
from kg.stores.rows import chunks

Run = Callable[..., Any]
Rows = Callable[..., list[list[Any]]]


def entities_by_alias(run: Run, rows: Rows, batch_size: int, aliases: set[str]) -> list[list[Any]]:
    """The rows (READ_FOUND_ENTITIES) of entities one of whose aliases is in ``aliases``."""
    scan = run(SCAN_ENTITY_ALIASES).get_as_arrow(100_000)
    ids = [id_ for batch in scan.to_batches()
           for id_, held in zip(*(batch.column(n).to_pylist() for n in range(2)), strict=True)
           if not aliases.isdisjoint(held)]
    return [row for part in chunks(ids, batch_size) for row in rows(READ_FOUND_ENTITIES, {"ids": part})]


def entities_by_key(run: Run, rows: Rows, batch_size: int, keys: set[str]) -> list[list[Any]]:
    """The rows of entities whose name key, surname or first word of key is in ``keys``."""
    ids: list[str] = []
    scan = run(SCAN_ENTITY_KEYS).get_as_arrow(100_000)
    for batch in scan.to_batches():
        for id_, key, surname in zip(*(batch.column(n).to_pylist() for n in range(3)), strict=True):
            if key in keys or (surname and (surname in keys or key.split(" ", 1)[0] in keys)):
                ids.append(id_)
    return [row for part in chunks(ids, batch_size) for row in rows(READ_FOUND_ENTITIES, {"ids": part})]
