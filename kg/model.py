"""The typed model every stage speaks: documents in, entities and facts out.

Stores and exporters receive these same objects. Ids are stable: a document's id is a hash of its
text, an entity's id a hash of its canonical name and type, so re-running kg on the same input
produces the same ids and loads stay idempotent.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.provenance import Provenance

SCHEMA_VERSION = 1  # of facts files (JSONL records)

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "CONCEPT", "OTHER")
# Types whose names are resolved across documents (kg.resolve.corpus); CONCEPTs are common nouns.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"})

_REL_TYPE_BAD = re.compile(r"[^A-Z0-9_]+")


@functools.lru_cache(maxsize=8192)  # pure, and called once per fact on every load
def sanitize_rel_type(text: str) -> str:
    """Turn any text into a safe relationship type ``[A-Z][A-Z0-9_]*``.

    Labels and relationship types cannot be query parameters, so everything that becomes one is
    forced through this function first.
    """
    upper = _REL_TYPE_BAD.sub("_", text.strip().upper()).strip("_")
    upper = re.sub(r"_+", "_", upper)
    if not upper:
        return "RELATED_TO"
    if not upper[0].isalpha():
        upper = "R_" + upper
    return upper


def clean_name(text: str) -> str:
    """A name as it is stored: format characters dropped (zero-width joiners and spaces, bidi
    controls, soft hyphens: invisible, yet "Pu\u200dtin" and "Putin" would be two entities), NFKC
    (full-width and compatibility forms as their plain letters), control characters (NUL too) and
    line breaks as spaces, white space collapsed. The text and its offsets are never changed:
    only names and aliases are."""
    if text.isascii() and text.isprintable():  # the common case, quickly (no format or control
        # character, nothing NFKC changes: only spaces to collapse, as at the end)
        return text.strip() if "  " not in text else " ".join(text.split())
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf")
    normal = unicodedata.normalize("NFKC", kept)
    spaced = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in normal)
    return " ".join(spaced.split())


def _digest(*parts: str) -> str:
    # surrogatepass: text from the Python API may hold a lone surrogate; it still gets an id.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def document_id(text: str) -> str:
    return _digest("doc", text)


_INITIAL_STOP = re.compile(r"\b(\w)\.")


def name_key(name: str) -> str:
    """The normalised key a name is found by: case, spacing and the stop after an initial do not
    matter ("George W. Bush" and "George W Bush" are one name)."""
    if "." in name:
        name = _INITIAL_STOP.sub(r"\1", name)
    return " ".join(name.split()).casefold()


def surname_key(name: str, type_: str) -> str:
    """The key of a person's last name, for person names of two words or more; else empty."""
    words = name.split()
    return words[-1].casefold() if type_ == "PERSON" and len(words) >= 2 else ""


@functools.lru_cache(maxsize=1 << 16)  # a document names the same things many times over
def entity_id(name: str, type_: str) -> str:
    return _digest("entity", type_, name_key(name))


def fact_id(subject: str, relation: str, obj: str, negated: bool) -> str:
    """The id of a fact: its subject and object ids, relation and negation."""
    return _digest("fact", subject, relation, obj, "negated" if negated else "")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch ``text[start:end]`` of the original document that kg reads.

    ``kind`` is ``body`` or ``caption`` (photo captions: read, but their facts rank lower).
    """

    start: int
    end: int
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class Chain:
    """A coreference chain another engine read in a document (CoreNLP's coref, ``--corenlp``):
    the names it holds (as written, with kg's entity type; its representative first), and where
    its pronouns and descriptions are (the character span of each one's head word in the text).
    kg's resolver falls back on it for a reference its own rules leave unresolved."""

    names: tuple[tuple[str, str], ...]
    references: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    source: str
    title: str
    text: str = field(repr=False)
    segments: tuple[Segment, ...] = ()
    # Where ``text`` and the file differ: HTML character references ("&#233;") are decoded at
    # ingest. Each pair is (a position in ``text``, how many more characters the file has before it).
    offsets: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # Another engine's reading of who is who (``--corenlp``); no part of the document's record.
    chains: tuple[Chain, ...] = field(default=(), repr=False, compare=False)

    def source_offset(self, index: int) -> int:
        """The position in the original file of position ``index`` of ``text``."""
        if not self.offsets:
            return index
        n = bisect.bisect_right(self.offsets, index, key=lambda pair: pair[0])
        return index + (self.offsets[n - 1][1] if n else 0)

    def in_source(self, fact: Fact) -> Fact:
        """A fact of this document with its character offsets in the original file."""
        if not self.offsets:
            return fact
        return dataclasses.replace(fact, char_start=self.source_offset(fact.char_start),
                                   char_end=self.source_offset(fact.char_end))

    def to_record(self) -> dict[str, Any]:
        return {"kind": "document", "schema": SCHEMA_VERSION, "id": self.id,
                "source": self.source, "title": self.title}


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    # Set by corpus resolution (kg.resolve.corpus), kept on the node, not in facts files: why each
    # alias joined ({"alias", "doc", "rule"}) and the minority type readings ({"doc", "type"}), as
    # canonical JSON strings, so that they are sets and one document's share can be taken out.
    merged_by: tuple[str, ...] = ()
    other_types: tuple[str, ...] = ()

    @classmethod
    def make(cls, name: str, type_: str, aliases: tuple[str, ...] = ()) -> Entity:
        """An entity named from text: the name and aliases go through :func:`clean_name` (a name
        that cleaning would empty is kept as it is: it still needs a name)."""
        name = clean_name(name) or name
        clean = tuple(sorted({c for c in map(clean_name, aliases) if c and c != name}))
        return cls(entity_id(name, type_), name, type_, clean)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by value, as a tuple: dataclasses' own pickling of a frozen slotted class looks
        # up its fields on every object, and was most of the time of spooling a corpus.
        return (Entity, _entity_state(self))

    def to_record(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases)}

    @classmethod
    def from_record(cls, rec: dict[str, Any], role: str = "entity") -> Entity:
        if not isinstance(rec, dict):
            raise ValueError(f"{role} must be an object with id, name and type")
        for key in ("id", "name", "type"):
            if not isinstance(rec[key], str) or not rec[key]:
                raise ValueError(f"{role} {key} must be a non-empty string")
        aliases = rec.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{role} aliases must be a list of strings")
        return cls(rec["id"], rec["name"], rec["type"], tuple(aliases))


@dataclass(frozen=True, slots=True)
class Fact:
    """One subject–relation–object statement with the sentence that supports it.

    ``relation`` is the normalised type (``HEAD``), ``predicate`` the lemma (``head``), ``text`` the
    relation as the sentence says it (``is headed by``). ``subject_text``/``object_text``/``args``
    keep the Open IE view (full argument spans, extra arguments such as time and place).
    """

    subject: Entity
    relation: str
    predicate: str
    text: str
    object: Entity
    confidence: float
    doc_id: str
    sentence: int
    char_start: int
    char_end: int
    evidence: str
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    subject_text: str = ""
    object_text: str = ""
    args: tuple[str, ...] = ()
    rule: str = ""
    extractor: str = "kg-rules"
    extractor_version: str = ""
    # The names as the document wrote them, set where corpus resolution gave the subject or object
    # another entity ("Quill" of a report, joined to Sorrel Quill); "": the entity's own name.
    subject_name: str = ""
    object_name: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (Fact, fact_state(self))  # by value, as Entity

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """Identity of the relationship this fact supports in the graph.

        Negation is part of it: "X attends" and "X does not attend" are two different claims and
        must never merge into one edge whose ``negated`` flag depends on load order.
        """
        return (self.subject.id, self.relation, self.object.id, self.negated)

    @property
    def provenance_key(self) -> str:
        return f"{self.doc_id}:{self.sentence}:{self.char_start}-{self.char_end}"

    def provenance(self) -> Provenance:
        """Where and how a sentence supports this fact (stores keep one record per support)."""
        return Provenance(self.doc_id, self.sentence, self.char_start, self.char_end, self.text,
                          self.predicate, round(self.confidence, 4), self.modality, self.attribution,
                          self.extractor, self.extractor_version,
                          _written(self.subject_name, self.subject), _written(self.object_name, self.object))

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": "fact", "schema": SCHEMA_VERSION,
            "subject": self.subject.to_record(), "relation": self.relation,
            "predicate": self.predicate, "text": self.text, "object": self.object.to_record(),
            "confidence": round(self.confidence, 4), "negated": self.negated,
            "modality": self.modality, "attribution": self.attribution,
            "doc_id": self.doc_id, "sentence": self.sentence,
            "char_start": self.char_start, "char_end": self.char_end, "evidence": self.evidence,
            "subject_text": self.subject_text, "object_text": self.object_text,
            "args": list(self.args), "rule": self.rule,
            "extractor": self.extractor, "extractor_version": self.extractor_version,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Fact:
        """A fact from its JSON record; wrong types are a ValueError, never a silent coercion.

        Every field is checked here, before any store sees the fact: a list where a string belongs
        once reached pyarrow or the Neo4j driver as a TypeError after earlier batches were written.
        """
        if not isinstance(rec.get("negated", False), bool):
            raise ValueError("negated must be true or false")
        confidence = rec["confidence"]
        if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
            raise ValueError("confidence must be a number from 0 to 1")
        for key in ("sentence", "char_start", "char_end"):
            if isinstance(rec[key], bool) or not isinstance(rec[key], int) or rec[key] < 0:
                raise ValueError(f"{key} must be a whole number >= 0")
        for key in ("relation", "predicate", "doc_id"):
            if not isinstance(rec[key], str) or not rec[key]:
                raise ValueError(f"{key} must be a non-empty string")
        for key in _TEXT_FIELDS:
            if not isinstance(rec.get(key, ""), str):
                raise ValueError(f"{key} must be a string")
        for key in ("modality", "attribution"):
            if rec.get(key) is not None and not isinstance(rec[key], str):
                raise ValueError(f"{key} must be a string or null")
        args = rec.get("args", [])
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            raise ValueError("args must be a list of strings")
        return cls(
            subject=Entity.from_record(rec["subject"], "subject"),
            relation=sanitize_rel_type(rec["relation"]),
            predicate=rec["predicate"], text=rec.get("text", rec["predicate"]),
            object=Entity.from_record(rec["object"], "object"),
            confidence=float(confidence), doc_id=rec["doc_id"],
            sentence=rec["sentence"], char_start=rec["char_start"],
            char_end=rec["char_end"], evidence=rec.get("evidence", ""),
            negated=rec.get("negated", False), modality=rec.get("modality"),
            attribution=rec.get("attribution"), subject_text=rec.get("subject_text", ""),
            object_text=rec.get("object_text", ""), args=tuple(args), rule=rec.get("rule", ""),
            extractor=rec.get("extractor", "kg-rules"),
            extractor_version=rec.get("extractor_version", ""),
        )


def _written(name: str, entity: Entity) -> str | None:
    """The name a fact's sentence wrote for a named entity (None for a common noun)."""
    return name or (entity.name if entity.type in NAMED_TYPES else None)


# Optional text fields of a fact record (each a string when present).
_TEXT_FIELDS = ("text", "evidence", "subject_text", "object_text", "rule", "extractor", "extractor_version")


@dataclass(frozen=True, slots=True)
class Failure:
    """An internal error while extracting one document: the document is skipped, the run goes on.

    ``sentence`` counts from 1 in the document's reading order (None: before the first sentence).
    """

    source: str
    sentence: int | None
    error: str

    def message(self) -> str:
        where = f"sentence {self.sentence}: " if self.sentence is not None else ""
        return f"{self.source}: {where}{self.error}"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity a document mentions, as a facts file or an export stream carries it."""

    doc_id: str
    entity: Entity


# Every field of an entity and of a fact, in order, as one tuple (fast: for pickling and copies).
_entity_state = operator.attrgetter(*(f.name for f in dataclasses.fields(Entity)))
fact_state = operator.attrgetter(*(f.name for f in dataclasses.fields(Fact)))


@dataclass(slots=True)
class Extraction:
    """What extraction of one document yields: the document and its resolved facts.

    ``mentions`` are the named entities the document names (resolved within it), those in no fact
    too: a person an article names is a node of the graph, mentioned in it, even when no fact was
    read about them. ``failure`` is set (and ``facts`` empty) when an internal error stopped the
    extraction of this document; the pipeline then leaves the document out of its outputs and
    reports it.
    """

    document: Document
    facts: list[Fact]
    failure: Failure | None = None
    mentions: tuple[Entity, ...] = ()

    @property
    def entities(self) -> list[Entity]:
        """Every entity of the document: the ends of its facts, then its other named mentions."""
        seen: dict[str, Entity] = {}
        for fact in self.facts:
            seen.setdefault(fact.subject.id, fact.subject)
            seen.setdefault(fact.object.id, fact.object)
        for entity in self.mentions:
            seen.setdefault(entity.id, entity)
        return list(seen.values())


OnFailure = Callable[[Failure], None]


def isolate(extractions: Iterable[Extraction], on_failure: OnFailure) -> Iterator[Extraction]:
    """The extractions that succeeded; each failed one goes to ``on_failure`` instead."""
    for extraction in extractions:
        if extraction.failure is None:
            yield extraction
        else:
            on_failure(extraction.failure)


def extraction_digest(extraction: Extraction) -> str:
    """A fingerprint of everything one document's extraction brings, as read (before corpus
    resolution): its document, facts and named mentions, in their facts-file form, so that a
    document built from text and the same document loaded from its facts file agree. A graph keeps
    it on the document's node, and a load skips a document stored with the same digest."""
    in_facts = {e.id for fact in extraction.facts for e in (fact.subject, fact.object)}
    state = (extraction.document.to_record(), [fact.to_record() for fact in extraction.facts],
             sorted((e.id, e.name, e.type, e.aliases) for e in extraction.mentions if e.id not in in_facts))
    return hashlib.blake2b(repr(state).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(slots=True)
class LoadSummary:
    """What a run wrote: documents, facts, entities; ``unchanged``: documents the graph already held
    with the same extraction, skipped."""

    documents: int = 0
    facts: int = 0
    entities: int = 0
    unchanged: int = 0
