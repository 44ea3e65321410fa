"""The real-news gold files (``tests/data/realnews``) and what they are scored against in a graph.

Both gold files are JSONL with an ``article`` field: the article's path relative to the corpus
folder (``business/jarvis-sells-tube-stake-to-spain.txt``). A graph document belongs to an
article when its ``source`` is that path or ends with ``/`` + that path, so a graph built from
the corpus folder, from single files or from a copy elsewhere all score the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["article_documents", "content_words", "name_matches", "read_jsonl", "words"]

# Words a name or a title does not depend on: determiners, honorifics, the possessive.
_SKIP = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "sir", "dame", "professor", "s"})
# Words that never carry a match on their own ("of" in "stake in Tube Lines" matches nothing).
FUNCTION_WORDS = frozenset({"of", "in", "on", "at", "for", "to", "and", "by", "with", "from", "as",
                            "former", "new", "acting", "its", "his", "her", "their"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str | None) -> tuple[str, ...]:
    """Lower-case words, without determiners, honorifics and possessive endings."""
    return tuple(w for w in _WORD.findall((text or "").casefold().replace("\u2019", "'")) if w not in _SKIP)


def content_words(text: str | None) -> set[str]:
    return {w for w in words(text) if w not in FUNCTION_WORDS}


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def name_matches(gold: str | None, surfaces: Iterable[str]) -> bool:
    """A gold name and a graph entity (its name and aliases) are the same thing, loosely.

    Equal after :func:`words`, or one a run of the other's words with a content word in it:
    "Rowlands" and "Patsy Rowlands", "stake in Tube Lines" and "stake", "Sir Alex Ferguson" and
    "Alex Ferguson". Two full names that only share a surname ("Chris Martin", "David Martin")
    do not match.
    """
    g = words(gold)
    if not g:
        return False
    for surface in surfaces:
        s = words(surface)
        if not s:
            continue
        inner = s if len(s) <= len(g) else g
        if (_contains(g, s) or _contains(s, g)) and any(w not in FUNCTION_WORDS for w in inner):
            return True
    return False


def read_jsonl(path: str, required: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The records of a gold file; a missing file, bad JSON or a missing field is an InputError."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not a JSON object") from None
        if not isinstance(record, dict) or any(key not in record for key in required):
            raise InputError(f"{path}:{number}: expected the fields {', '.join(required)}")
        yield record


def article_documents(articles: Iterable[str], documents: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Gold article → the ids of the graph documents read from it (``documents``: id, source)."""
    docs = [(doc_id, (source or "").replace("\\", "/")) for doc_id, source in documents]
    out: dict[str, set[str]] = {}
    for article in articles:
        out[article] = {doc_id for doc_id, source in docs if source == article or source.endswith("/" + article)}
    return out
