"""Files: writing outputs so that a failure never leaves half a file behind, and the facts files
(JSONL) that ``kg extract`` writes and ``kg load``, ``kg export`` and ``kg analyze`` read."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.model import SCHEMA_VERSION, Document, Entity, Extraction, Fact, LoadSummary, Mention


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


# -- facts files -------------------------------------------------------------------------------
@dataclass(slots=True)
class BadLines:
    """Malformed lines skipped with ``skip_bad``: how many, and the first few messages."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.examples) < 5:
            self.examples.append(message)


def read_facts_file(path: str, *, skip_bad: bool = False, bad: BadLines | None = None,
                    skippable: bool = False, unicode_only: bool = False) -> Iterator[Document | Fact]:
    """Stream a facts file's documents and facts (``-`` is stdin); see :func:`read_records`."""
    for item in read_records(path, skip_bad=skip_bad, bad=bad, skippable=skippable, unicode_only=unicode_only):
        if not isinstance(item, Mention):
            yield item


def read_records(path: str, *, skip_bad: bool = False, bad: BadLines | None = None,
                 skippable: bool = False, unicode_only: bool = False,
                 mentions: bool = False) -> Iterator[Document | Fact | Mention]:
    """Stream a facts file from ``kg extract`` (``-`` is stdin).

    A malformed line (not UTF-8, not JSON, not a kg record, a missing field, a field of the wrong
    type, a fact before its document) is an :class:`InputError` naming the line (saying that
    ``--skip-bad`` skips it when ``skippable``), or, with ``skip_bad``, counted in ``bad`` and
    skipped. JSON ``\\udXXX`` escapes of lone surrogates are kept as they are, unless
    ``unicode_only`` (for graph stores, which hold only Unicode text): then such a line is malformed.
    A ``mention`` record (a named entity of the document, in a fact or not) is checked, and
    yielded (a :class:`Mention`) only with ``mentions``: facts-only readers need not know it.
    """
    name = "<stdin>" if path == "-" else path
    bad = bad if bad is not None else BadLines()
    stream: IO[bytes]
    if path == "-":
        stream = sys.stdin.buffer
    else:
        target = Path(path)
        if target.is_dir():
            raise InputError(f"{path}: is a folder; give a facts file from 'kg extract'")
        try:
            stream = open(target, "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    current: str | None = None
    documents = 0
    seen_text = False
    try:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            seen_text = True
            try:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise ValueError(f"not valid UTF-8 (byte {exc.start + 1})") from None
                if number == 1:
                    line = line.removeprefix("\ufeff")
                rec = json.loads(line)
                if unicode_only and _MAYBE_SURROGATE.search(line):
                    _refuse_lone_surrogates(rec, "")
                kind = rec.get("kind") if isinstance(rec, dict) else None
                if kind == "document":
                    if not rec["id"]:
                        raise ValueError("a document needs a non-empty 'id'")
                    doc = Document(_text(rec["id"], "id"), _text(rec.get("source", ""), "source"),
                                   _text(rec.get("title", ""), "title"), "")
                    current = doc.id
                    documents += 1
                    yield doc
                elif kind == "mention":
                    entity = Entity.from_record(rec["entity"])
                    if current is None or rec["doc_id"] != current:
                        raise ValueError("mention before its document record")
                    if mentions:
                        yield Mention(current, entity)
                elif kind == "fact":
                    fact = Fact.from_record(rec)
                    if current is None or fact.doc_id != current:
                        raise ValueError("fact before its document record")
                    if not math.isfinite(fact.confidence):
                        raise ValueError("confidence is not a finite number")
                    yield fact
                else:
                    raise ValueError("not a kg record (no 'kind')")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                detail = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
                what = f"missing field {detail!r}" if isinstance(exc, KeyError) else (
                    str(detail).splitlines() or [exc.__class__.__name__])[0]
                message = f"{name}:{number}: malformed facts line: {what}"
                if not skip_bad:
                    raise InputError(message + (" (--skip-bad skips such lines)" if skippable else "")) from None
                bad.add(message)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if not seen_text:
        raise InputError(f"{name}: file is empty")
    if documents == 0:
        raise InputError(f"{name}: no document records; is this a facts file from 'kg extract'?")


# A JSON escape that may stand for half a surrogate pair: only then is the record walked.
_MAYBE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(value: Any, where: str) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            raise ValueError(f"{where or 'a value'} holds a lone surrogate (U+{code:04X}), which no graph "
                             "store can hold (kg export keeps it)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_lone_surrogates(key, where)
            _refuse_lone_surrogates(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for item in value:
            _refuse_lone_surrogates(item, where)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not a string")
    return value


# -- facts files as extractions ------------------------------------------------------------------
def write_jsonl(extractions: Iterable[Extraction], out: IO[str]) -> LoadSummary:
    """Write a facts file: a document record, then its fact records, one JSON object a line."""
    summary = LoadSummary()
    for extraction in extractions:
        out.write(json.dumps(extraction.document.to_record(), ensure_ascii=False, sort_keys=True) + "\n")
        for fact in extraction.facts:
            out.write(json.dumps(fact.to_record(), ensure_ascii=False, sort_keys=True) + "\n")
        in_facts = {e.id for fact in extraction.facts for e in (fact.subject, fact.object)}
        for entity in extraction.mentions:
            if entity.id in in_facts:
                continue  # the fact records carry it
            record = {"kind": "mention", "schema": SCHEMA_VERSION, "doc_id": extraction.document.id,
                      "entity": entity.to_record()}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        summary.documents += 1
        summary.facts += len(extraction.facts)
    return summary


def write_jsonl_file(extractions: Iterable[Extraction], path: str) -> LoadSummary:
    """Write a facts file atomically: to a temporary file beside it, renamed when complete."""
    with atomic_output(path) as out:
        return write_jsonl(extractions, out)


def read_jsonl(path: str, *, skip_bad: bool = False, bad: BadLines | None = None,
               **checks: bool) -> Iterator[Extraction]:
    """Read a facts file written by ``kg extract``, streaming, one Extraction per document.

    Lines are checked by :func:`kg.io.read_records`: a malformed one is an error naming it, or,
    with ``skip_bad``, counted in ``bad`` and left out.
    """
    current: Document | None = None
    facts: list[Fact] = []
    named: list[Entity] = []
    for item in read_records(path, skip_bad=skip_bad, bad=bad, mentions=True, **checks):
        if isinstance(item, Document):
            if current is not None:
                yield Extraction(current, facts, mentions=tuple(named))
            current, facts, named = item, [], []
        elif isinstance(item, Mention):
            named.append(item.entity)
        else:
            facts.append(item)
    if current is not None:
        yield Extraction(current, facts, mentions=tuple(named))
