"""Sort and de-duplicate any number of lines in bounded memory (an external merge sort).

Lines (``str``, each ending in ``\\n`` and holding no other ``\\n``) are kept in memory up to
``budget`` bytes (as Python holds them: one byte a character for ASCII, up to four otherwise), then sorted, encoded to UTF-8 and spilled to a temporary file; at the end the
runs are merged as bytes (``heapq.merge``) and duplicates dropped. Memory is the budget plus one
buffer per run, whatever the number of lines. Order is code-point order, which for text without
surrogates is the byte order of its UTF-8, so the in-memory sort and the byte merge agree.
"""

from __future__ import annotations

import heapq
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

DEFAULT_BUDGET = 64_000_000  # bytes of lines held before a run is spilled
MAX_OPEN_RUNS = 400  # more runs than this are merged into one first
_READ_BUFFER = 1 << 16


class LineSorter:
    """``add``/``extend`` lines, then iterate ``sorted_unique()`` once: UTF-8 lines, sorted, unique."""

    def __init__(self, budget: int = DEFAULT_BUDGET, tmpdir: str | None = None) -> None:
        self.budget = budget
        self._lines: list[str] = []
        self._size = 0
        self._runs: list[str] = []
        self.dir = tempfile.mkdtemp(prefix="kg-export-", dir=tmpdir)

    def add(self, line: str) -> None:
        self.extend([line])

    def extend(self, lines: list[str]) -> None:
        self._lines.extend(lines)
        # What a str costs: ~50 bytes of header, then 1, 2 or 4 bytes a character (4 assumed
        # unless ASCII, which is known without a scan).
        self._size += sum([len(x) + 56 if x.isascii() else 4 * len(x) + 80 for x in lines])
        if self._size >= self.budget:
            self._spill()

    @property
    def runs(self) -> int:
        return len(self._runs)

    def _write_run(self, lines: Iterable[bytes]) -> str:
        fd, path = tempfile.mkstemp(suffix=".run", dir=self.dir)
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            out.writelines(_unique(lines))
        return path

    def _encoded(self) -> Iterator[bytes]:
        self._lines.sort()
        lines, self._lines, self._size = self._lines, [], 0
        # Encode in slices: one bytes object per line would double the memory at the peak.
        step = 1024
        for start in range(0, len(lines), step):
            chunk = "".join(lines[start:start + step]).encode("utf-8")
            lines[start:start + step] = [""] * len(lines[start:start + step])
            # bytes.splitlines splits at \n and \r only, and no line holds a raw \r.
            yield from chunk.splitlines(keepends=True)

    def _spill(self) -> None:
        self._runs.append(self._write_run(self._encoded()))
        if len(self._runs) >= MAX_OPEN_RUNS:
            self._compact()

    def _compact(self) -> None:
        files = [_open(p) for p in self._runs]
        try:
            merged = self._write_run(heapq.merge(*files))
        finally:
            for f in files:
                f.close()
        for p in self._runs:
            os.unlink(p)
        self._runs = [merged]

    def sorted_unique(self) -> Iterator[bytes]:
        if not self._runs:
            yield from _unique(self._encoded())
            return
        if self._lines:
            self._spill()
        files = [_open(p) for p in self._runs]
        try:
            yield from _unique(heapq.merge(*files))
        finally:
            for f in files:
                f.close()

    def close(self) -> None:
        self._lines = []
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> LineSorter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open(path: str) -> IO[bytes]:
    return open(path, "rb", buffering=_READ_BUFFER)


def _unique(lines: Iterable[bytes]) -> Iterator[bytes]:
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line
