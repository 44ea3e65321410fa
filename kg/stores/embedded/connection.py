"""Opening a LadybugDB file: the engine's handle and connection, a reader's shared lock, the
functions kg registers, the engine's values as plain Python, and its errors as one line."""

from __future__ import annotations

import contextlib
import decimal
import re
from pathlib import Path
from typing import Any

from kg.errors import StoreError, StoreLockedError


def to_plain(value: Any) -> Any:
    """LadybugDB values as plain Python: internal ids dropped, labels kept, decimals as numbers."""
    if isinstance(value, dict):
        if "_NODES" in value:
            return {"nodes": [to_plain(n) for n in value["_NODES"]],
                    "relationships": [to_plain(r) for r in value["_RELS"]]}
        # Nodes and relationships carry every column of the table (NULL where unset); Neo4j
        # returns only the properties that are set, and so do we.
        internal = ("_ID", "_SRC", "_DST", "_LABEL")
        labelled = "_LABEL" in value
        out = {k: to_plain(v) for k, v in value.items()
               if k not in internal and not (labelled and v is None)}
        if labelled:
            key = "_type" if "_SRC" in value else "_labels"
            out = {key: value["_LABEL"] if key == "_type" else [value["_LABEL"]], **out}
        return out
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def shared_lock(target: Path) -> int:
    """A shared (read) lock on the whole database file, held through the returned descriptor.

    LadybugDB's read-write open takes a POSIX write lock on the file; this conflicts with it both
    ways. Open file description locks (Linux) stay held whatever other descriptors of the file the
    engine opens and closes; elsewhere, classic POSIX locks."""
    import fcntl
    import os
    import struct

    try:
        fd = os.open(target, os.O_RDONLY)
    except PermissionError:
        raise StoreError(f"{target}: permission denied (cannot read the database file)") from None
    command = getattr(fcntl, "F_OFD_SETLK", None)
    try:
        if command is not None:
            # struct flock: l_type, l_whence, l_start, l_len (0: to the end), l_pid (0 for OFD locks)
            fcntl.fcntl(fd, command, struct.pack("hhqqi", fcntl.F_RDLCK, 0, 0, 0, 0))
        else:  # pragma: no cover - not Linux
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreLockedError(f"{target}: the database is in use by another process; "
                               "wait for it to finish (one writer at a time)") from None
    return fd


def release(lock: int | None) -> None:
    import os

    if lock is not None:
        os.close(lock)  # closing the descriptor drops its lock


def pool_full(exc: BaseException) -> bool:
    return "buffer pool is full" in str(exc).lower()


def message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    if pool_full(exc):
        # The cache was set by the user, or has grown as far as kg grows it: say which knob lifts it.
        text += (" Set KG_BUFFER_POOL_MB (MiB) above the LadybugDB page cache this graph was opened with, "
                 "or 0 to let the engine take most of the machine's memory")
    return re.sub(r"\s+", " ", text)


def _split(text: str, separator: str) -> list[str]:
    return text.split(separator)


def connect(target: Path, pool_mb: int, read_only: bool) -> tuple[Any, Any]:
    import ladybug

    db = ladybug.Database(str(target), read_only=read_only, buffer_pool_size=pool_mb * 2**20)
    conn = ladybug.Connection(db)
    register_functions(conn)
    return db, conn


def register_functions(conn: Any) -> None:
    """Neo4j's ``split(text, separator)``, which LadybugDB lacks (it has ``string_split``): the
    queries in ``queries/`` read a fact's ``|``-joined lists with it on both stores."""
    with contextlib.suppress(RuntimeError):  # registered once per database; a second time is refused
        conn.create_function("split", _split, ["STRING", "STRING"], "STRING[]")
