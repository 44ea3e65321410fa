"""Writing output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import InputError


@contextlib.contextmanager
def atomic_output(path: str, *, binary: bool = False) -> Iterator[IO]:  # type: ignore[type-arg]
    """A stream to write ``path`` through: a temporary file beside it, renamed when the block ends
    without error, removed when it fails. ``-`` is standard output."""
    if path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{path}: is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        out: IO  # type: ignore[type-arg]
        out = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
        with out:
            yield out
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
