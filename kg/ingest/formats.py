"""Input formats: plain text, HTML pages, JSONL corpora. Each yields documents.

- ``.txt``/``.text``/``.md`` (and anything else named explicitly): the text as it is; character
  offsets index the file.
- ``.html``/``.htm``: the main text, found by trafilatura (no scripts, menus, footers, banners);
  offsets index that extracted text, which is what kg keeps as the document.
- ``.jsonl``: one document a line, ``{"text": ..., "id"?, "title"?, "url"?, "date"?}``; offsets
  index each line's ``text``.
Standard input is sniffed: a page starting with ``<`` is HTML, lines of JSON objects are JSONL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})


def sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def html_documents(html: str, source: str) -> Iterator[Document]:
    from kg.ingest import make_document

    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(f"{source}: reading HTML needs trafilatura (pip install trafilatura)") from None
    text = trafilatura.extract(html, favor_precision=True, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    doc = make_document(text, source)
    title = (meta.title if meta is not None and meta.title else doc.title) or doc.title
    yield replace(doc, source=source, title=title)


def jsonl_documents(text: str, source: str) -> Iterator[Document]:
    from kg.ingest import make_document

    found = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            rec = json.loads(line)
        except ValueError:
            raise InputError(f"{where}: not a JSON object") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"{where}: a JSONL document needs a string field 'text'")
        doc = make_document(rec["text"], str(rec.get("url") or where))
        doc_id = str(rec["id"]) if rec.get("id") not in (None, "") else doc.id
        title = str(rec.get("title") or doc.title)
        found = True
        yield replace(doc, id=doc_id, title=title)
    if not found:
        raise InputError(f"{source}: no documents in the JSONL file")


def documents_in(text: str, source: str, suffix: str) -> Iterator[Document]:
    from kg.ingest import make_document

    kind = "html" if suffix in HTML_SUFFIXES else "jsonl" if suffix in JSONL_SUFFIXES else "text"
    if source == "<stdin>":
        kind = sniff(text)
    if kind == "html":
        yield from html_documents(text, source)
    elif kind == "jsonl":
        yield from jsonl_documents(text, source)
    else:
        yield make_document(text, source)


def suffix_of(source: str) -> str:
    return Path(source).suffix.lower()
