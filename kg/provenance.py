"""One sentence's support for a fact, as stores keep it: :class:`Provenance`."""

from __future__ import annotations

import json
from dataclasses import dataclass

# A JSON string literal, as json.dumps(..., ensure_ascii=False) writes it.
_json_string = json.encoder.encode_basestring


@dataclass(frozen=True, slots=True)
class Provenance:
    """One sentence's support for a fact: the document, the sentence, the span, and how it was said.

    Stores keep a fact's records as canonical JSON strings (``to_json``), one per line of its
    Support node's ``provenance``, and the sentences themselves once, in its ``evidence``, in the same order
    (``evidence[i]`` is the sentence of ``provenance[i]``): the sentence is not repeated inside
    the record. Every other fact property (``sources``, ``lemmas``, ``attribution``,
    ``confidence``) is derived from the records by :func:`kg.stores.rows.derived`.
    """

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    lemma: str
    confidence: float
    modality: str | None = None
    attribution: str | None = None
    extractor: str = "kg-rules"
    version: str = ""
    # The names the sentence wrote for the fact's subject and object, when named: which of a
    # node's names a document's fact is said by, so that a later load can move one name's share
    # of a document and not the other's (kg.resolve.latesplit). Omitted from the JSON when None.
    subject: str | None = None
    object: str | None = None

    def to_json(self) -> str:
        """Exactly ``json.dumps(fields, sort_keys=True, ensure_ascii=False)`` (less ``subject`` and
        ``object`` when None), written out by hand: it runs once per fact on every load, and the
        generic encoder is the slowest part."""
        def text(value: str | None) -> str:
            return "null" if value is None else _json_string(value)

        return (f'{{"attribution": {text(self.attribution)}, '
                f'"confidence": {float(self.confidence)!r}, "doc": {_json_string(self.doc)}, '
                f'"end": {int(self.end)}, "extractor": {_json_string(self.extractor)}, '
                f'"lemma": {_json_string(self.lemma)}, "modality": {text(self.modality)}, '
                + ("" if self.object is None else f'"object": {_json_string(self.object)}, ')
                + f'"sentence": {int(self.sentence)}, "start": {int(self.start)}, '
                + ("" if self.subject is None else f'"subject": {_json_string(self.subject)}, ')
                + f'"text": {_json_string(self.text)}, "version": {_json_string(self.version)}}}')

    @classmethod
    def from_json(cls, record: str) -> Provenance:
        p = json.loads(record)
        return cls(str(p["doc"]), int(p["sentence"]), int(p["start"]), int(p["end"]),
                   str(p.get("text", p["lemma"])), str(p["lemma"]), float(p["confidence"]),
                   p.get("modality"), p.get("attribution"), str(p.get("extractor", "kg-rules")),
                   str(p.get("version", "")), p.get("subject"), p.get("object"))
