"""Files, folders, globs and stdin in; validated, cleaned :class:`~kg.model.Document` objects out."""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import decode_references, segment
from kg.model import Document, document_id

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".jsonl"})
# Larger files are refused rather than read into memory whole.
MAX_FILE_BYTES = 50 * 1024 * 1024


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Each input as one or more readable sources: files as given, folders recursively, globs.

    ``-`` stands for standard input. A folder yields only files with a text suffix, sorted, so that
    runs are repeatable; a file named explicitly is read whatever its suffix.
    """
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(f"{raw}: folder holds no readable files ({', '.join(sorted(TEXT_SUFFIXES))})")
            yield from (str(p) for p in found)
        elif path.is_file():
            yield raw
        elif glob.has_magic(raw):
            matches = glob_files(raw)
            if not matches:
                raise InputError(f"{raw}: pattern matches no file")
            yield from matches
        else:
            raise InputError(f"{raw}: no such file or folder")


def glob_files(pattern: str) -> list[str]:
    """The files a glob names (``**`` is any number of folders), sorted, each real file once.

    Like a folder, a glob never goes into a symlinked folder: with ``glob.glob`` a link loop made
    ``dir/**/*.txt`` endless, and a link to a parent folder read every file again and again. A
    symlinked file is read, unless the file it points to is matched already. Hidden names are
    matched only by a pattern part that starts with a dot, as in the shell."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    root, rest = Path(*parts[:fixed]) if fixed else Path("."), parts[fixed:]
    deep = "**" in rest
    found: list[str] = []
    for folder, subfolders, files in os.walk(root):  # followlinks=False: symlinked folders are not entered
        depth = len(Path(folder).relative_to(root).parts)
        if not deep and depth >= len(rest) - 1:
            subfolders.clear()
        for name in files:
            relative = Path(folder, name).relative_to(root).parts
            if _glob_match(relative, rest):
                found.append(str(Path(folder, name)))
    seen: set[str] = set()
    unique = []
    for path in sorted(found):
        real = os.path.realpath(path)
        if real not in seen and Path(path).is_file():
            seen.add(real)
            unique.append(path)
    return unique


def _glob_match(path: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    if not pattern:
        return not path
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_glob_match(path[skip:], rest) for skip in range(len(path) + 1)
                   if not any(part.startswith(".") for part in path[:skip]))
    return (bool(path) and fnmatch.fnmatchcase(path[0], head)
            and (head.startswith(".") or not path[0].startswith(".")) and _glob_match(path[1:], rest))


def decode_text(data: bytes, source: str) -> str:
    """Bytes to text, refusing what is not UTF-8 text, with the reason in one line."""
    if not data.strip():
        raise InputError(f"{source}: file is empty")
    if b"\x00" in data:  # anywhere: text never holds NUL, and a name must not either
        raise InputError(f"{source}: binary file, not text (it holds a NUL byte)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{source}: file is empty")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > 0.1 * min(len(text), 8192):
        raise InputError(f"{source}: binary file, not text")
    return text


def read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        size = Path(source).stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{source}: file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        return Path(source).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None


def _title(text: str, source: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:120] if first else Path(source).name


def make_document(text: str, source: str) -> Document:
    """A document from text already in memory (the Python API's way in).

    HTML character references are decoded ("Caf&#233;" is "Café"); the id hashes the text as
    given, and facts' character offsets still index it (:meth:`Document.source_offset`)."""
    readable, offsets = decode_references(text)
    segments = segment(readable)
    if not segments:
        raise InputError(f"{source}: no readable text after removing web noise")
    return Document(document_id(text), source, _title(readable, source), readable, segments, offsets)


def read_source(source: str) -> Iterator[Document]:
    """Every document one source holds: one for a text or HTML file, one a line for JSONL."""
    from kg.ingest.formats import documents_in, suffix_of

    name = "<stdin>" if source == "-" else source
    data = read_bytes(source)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: input is larger than {MAX_FILE_BYTES // 2**20} MiB")
    yield from documents_in(decode_text(data, name), name, suffix_of(source))


def read_document(source: str) -> Document:
    """The first (for most files, the only) document of a source."""
    return next(read_source(source))


def read_documents(inputs: Iterable[str]) -> Iterator[Document]:
    """Every document named by ``inputs``."""
    sources = list(expand_inputs(inputs))
    if not sources:
        raise InputError("no input given")
    for source in sources:
        yield from read_source(source)


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, without parsing them (for a progress bar's total).

    A JSONL file holds one a non-blank line, any other file one; ``None`` when standard input is
    among the inputs (it can be read only once). Bad inputs raise as :func:`expand_inputs` does.
    """
    from kg.ingest.formats import JSONL_SUFFIXES, suffix_of

    total = 0
    for source in expand_inputs(inputs):
        if source == "-":
            return None
        if suffix_of(source) in JSONL_SUFFIXES:
            total += sum(1 for line in read_bytes(source).splitlines() if line.strip())
        else:
            total += 1
    return total
