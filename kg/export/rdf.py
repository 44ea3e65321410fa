"""kg's graph model as RDF: the lines of N-Quads (or N-Triples) for documents and facts.

For each fact (one provenance record: a fact as one sentence supports it):

- the subject and object entities, ``{base}entity/{id}`` with ``rdf:type`` (schema.org Person,
  Organization, Place, Event, else ``kg:Concept``), ``rdfs:label``, ``skos:altLabel``, ``kg:id``,
  ``kg:entityType``: in the default graph;
- the relation type ``{base}relation/{TYPE}``, an ``rdf:Property`` with an ``rdfs:label``; the
  extractor ``{base}agent/{name}:{version}``, a ``prov:SoftwareAgent``: in the default graph;
- a positive fact as the plain triple ``<s> <relation> <o>`` in the document's named graph; a
  negated fact is never asserted;
- its provenance record ``{base}statement/{hash}``, an ``rdf:Statement`` and ``prov:Entity`` with
  ``rdf:subject/predicate/object``, ``kg:negated``, ``prov:wasDerivedFrom`` the document,
  ``kg:sentence``, ``kg:charStart``, ``kg:charEnd``, ``kg:confidence`` (xsd:decimal),
  ``kg:evidence``, ``kg:relationText``, ``kg:lemma``, ``kg:modality``, ``kg:attribution`` and
  ``prov:wasAttributedTo`` the extractor: in the document's named graph.

Documents are ``{base}document/{id}`` (``kg:Document``, ``kg:id``, ``kg:source``, ``dcterms:title``)
in the default graph. The statement IRI hashes the fact's key (subject, relation, object,
negated) and its whole provenance record, so it is the same from a facts file and from a store,
and two records of one fact in one sentence (say, two verbs) are two statements.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal as TypingLiteral

from kg.export import ntriples as nt
from kg.model import Document, Entity, Fact, sanitize_rel_type

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
KG = nt.KG
XSD = nt.XSD

TYPE_CLASSES = {
    "PERSON": SCHEMA + "Person",
    "ORG": SCHEMA + "Organization",
    "GPE": SCHEMA + "Place",
    "LOC": SCHEMA + "Place",
    "EVENT": SCHEMA + "Event",
}
CONCEPT = KG + "Concept"

PREFIXES = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "prov": PROV, "schema": SCHEMA,
            "dcterms": DCTERMS, "kg": KG}


def base_prefixes(base: str) -> dict[str, str]:
    """Prefixes for the IRIs kg mints under ``base`` (for Turtle and TriG)."""
    return {"entity": base + "entity/", "relation": base + "relation/", "document": base + "document/",
            "statement": base + "statement/", "agent": base + "agent/"}


def _i(iri: str) -> str:
    return f"<{iri}>"


A = _i(RDF + "type")
LABEL = _i(RDFS + "label")
ALT = _i(SKOS + "altLabel")
PROPERTY = _i(RDF + "Property")
STATEMENT = _i(RDF + "Statement")
SUBJECT, PREDICATE, OBJECT = _i(RDF + "subject"), _i(RDF + "predicate"), _i(RDF + "object")
PROV_ENTITY = _i(PROV + "Entity")
DERIVED = _i(PROV + "wasDerivedFrom")
ATTRIBUTED = _i(PROV + "wasAttributedTo")
SOFTWARE = _i(PROV + "SoftwareAgent")
TITLE = _i(DCTERMS + "title")
K = {name: _i(KG + name) for name in (
    "Document", "id", "source", "entityType", "negated", "sentence", "charStart", "charEnd",
    "confidence", "evidence", "relationText", "lemma", "modality", "attribution", "version")}

Mode = TypingLiteral["nq", "nt", "graph-first"]
_CACHE_LIMIT = 100_000
_ENTITY_CACHE_LIMIT = 400_000  # entity descriptions remembered (16-byte digests: ~40 MB at most)

# A provenance record's lines all share its subject, so their sorted order is fixed: by
# predicate (then by the fixed objects of the two rdf:type lines). Worked out once, here.
_ST_PREDICATES = (A, A, SUBJECT, PREDICATE, OBJECT, K["negated"], DERIVED, K["sentence"], K["charStart"],
                  K["charEnd"], K["confidence"], K["evidence"], K["relationText"], K["lemma"], ATTRIBUTED,
                  K["modality"], K["attribution"])
_ST_FIXED = {0: STATEMENT, 1: PROV_ENTITY}
_ST_ORDER = tuple(sorted(range(len(_ST_PREDICATES)),
                         key=lambda i: f"{_ST_PREDICATES[i]} {_ST_FIXED.get(i, '')}"))


def statement_key(fact: Fact, rel_type: str | None = None) -> bytes:
    """What a statement IRI hashes: the fact's key and its whole provenance record.

    A JSON array (ASCII, escapes fixed by the JSON spec): injective, and the same bytes on every
    Python version, so statement IRIs are stable.
    """
    return json.dumps([
        fact.subject.id, rel_type or sanitize_rel_type(fact.relation), fact.object.id, fact.negated,
        fact.doc_id, fact.sentence, fact.char_start, fact.char_end, fact.evidence, fact.text, fact.predicate,
        repr(round(fact.confidence, 4)), fact.modality, fact.attribution, fact.extractor, fact.extractor_version,
    ], ensure_ascii=True, separators=(",", ":")).encode("ascii")


class QuadMaker:
    """Turns documents and facts into sortable items: lines, and one block per provenance record.

    ``mode``: ``nq`` (N-Quads lines), ``nt`` (N-Triples lines, graphs dropped) or ``graph-first``
    (each item prefixed ``{graph}\\t``, so that sorting groups items by graph, default graph
    first). An item is one line ending in ``\\n``, or a provenance record's lines, in their sorted
    order, joined by ``\\x00`` (which no line holds raw): nothing but that record's lines has its
    subject, so sorting the block as one item puts its lines exactly where sorting them one by
    one would, at a seventeenth of the cost. :func:`item_text` turns an item back into lines.
    Descriptions shared by many facts (entities, relations, agents) are made once per recent
    use; any repeat is dropped when the items are sorted.
    """

    def __init__(self, base: str, mode: Mode = "nq") -> None:
        self.base = base
        self.mode = mode
        self._default_prefix = "\t" if mode == "graph-first" else ""
        self._seen: set[object] = set()
        self._entities: set[bytes] = set()
        self._decimals: dict[float, str] = {}
        self._relations: dict[str, str] = {}
        self.facts = 0
        self.negated = 0
        self.documents = 0

    # -- terms --------------------------------------------------------------------------------
    def entity_iri(self, entity_id: str) -> str:
        return f"<{self.base}entity/{nt.segment(entity_id)}>"

    def document_iri(self, doc_id: str) -> str:
        return f"<{self.base}document/{nt.segment(doc_id)}>"

    def _line(self, s: str, p: str, o: str) -> str:
        """A line in the default graph."""
        return f"{self._default_prefix}{s} {p} {o} .\n"

    def _once(self, key: object) -> bool:
        if key in self._seen:
            return False
        if len(self._seen) >= _CACHE_LIMIT:
            self._seen.clear()
        self._seen.add(key)
        return True

    def _decimal(self, value: float) -> str:
        text = self._decimals.get(value)
        if text is None:
            if len(self._decimals) >= _CACHE_LIMIT:
                self._decimals.clear()
            text = self._decimals[value] = nt.decimal(value)
        return text

    def _rel_type(self, relation: str) -> str:
        rel = self._relations.get(relation)
        if rel is None:
            if len(self._relations) >= _CACHE_LIMIT:
                self._relations.clear()
            rel = self._relations[relation] = sanitize_rel_type(relation)
        return rel

    # -- records ------------------------------------------------------------------------------
    def document(self, doc: Document) -> list[str]:
        self.documents += 1
        d = self.document_iri(doc.id)
        line = self._line
        return [line(d, A, K["Document"]), line(d, K["id"], nt.literal(doc.id)),
                line(d, K["source"], nt.literal(doc.source)), line(d, TITLE, nt.literal(doc.title))]

    def _entity(self, out: list[str], iri: str, e: Entity) -> None:
        key = hashlib.md5(repr((e.id, e.name, e.type, e.aliases)).encode("utf-8"), usedforsecurity=False).digest()
        if key in self._entities:
            return
        if len(self._entities) >= _ENTITY_CACHE_LIMIT:
            self._entities.clear()
        self._entities.add(key)
        line = self._line
        out.append(line(iri, A, _i(TYPE_CLASSES.get(e.type, CONCEPT))))
        out.append(line(iri, LABEL, nt.literal(e.name)))
        out.append(line(iri, K["id"], nt.literal(e.id)))
        out.append(line(iri, K["entityType"], nt.literal(e.type)))
        for alias in e.aliases:
            out.append(line(iri, ALT, nt.literal(alias)))

    def fact(self, f: Fact) -> list[str]:
        self.facts += 1
        base = self.base
        line = self._line
        out: list[str] = []
        s = self.entity_iri(f.subject.id)
        o = self.entity_iri(f.object.id)
        rel_type = self._rel_type(f.relation)
        p = f"<{base}relation/{rel_type}>"
        g = self.document_iri(f.doc_id)
        agent = f"<{base}agent/{nt.segment(f.extractor)}" + (
            f":{nt.segment(f.extractor_version)}>" if f.extractor_version else ">")
        self._entity(out, s, f.subject)
        self._entity(out, o, f.object)
        if self._once(("r", rel_type)):
            out.append(line(p, A, PROPERTY))
            out.append(line(p, LABEL, nt.literal(rel_type.lower())))
        if self._once(("a", agent)):
            out.append(line(agent, A, SOFTWARE))
            out.append(line(agent, LABEL, nt.literal(f.extractor)))
            if f.extractor_version:
                out.append(line(agent, K["version"], nt.literal(f.extractor_version)))
        mode = self.mode
        if mode == "nt":
            prefix, tail = "", " ."
        elif mode == "nq":
            prefix, tail = "", f" {g} ."
        else:
            prefix, tail = f"{g}\t", f" {g} ."
        if f.negated:
            self.negated += 1
        else:
            out.append(f"{prefix}{s} {p} {o}{tail}\n")
        st = f"<{base}statement/{hashlib.sha256(statement_key(f, rel_type)).hexdigest()[:32]}>"
        objects = (STATEMENT, PROV_ENTITY, s, p, o, nt.TRUE if f.negated else nt.FALSE, g,
                   nt.integer(f.sentence), nt.integer(f.char_start), nt.integer(f.char_end),
                   self._decimal(f.confidence), nt.literal(f.evidence), nt.literal(f.text),
                   nt.literal(f.predicate), agent,
                   None if f.modality is None else nt.literal(f.modality),
                   None if f.attribution is None else nt.literal(f.attribution))
        preds = _ST_PREDICATES
        out.append(prefix + "\x00".join([f"{st} {preds[i]} {objects[i]}{tail}" for i in _ST_ORDER
                                         if objects[i] is not None]) + "\n")
        return out

