"""Helpers for the RDF export tests: facts files, parsing exports back, naughty strings."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from kg.export import write_rdf
from kg.export.ntriples import decode_literal
from kg.model import Extraction

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
OX_FORMATS = {"nq": "N_QUADS", "nt": "N_TRIPLES", "ttl": "TURTLE", "trig": "TRIG", "jsonld": "JSON_LD"}
RDFLIB_FORMATS = {"nq": "nquads", "nt": "nt", "ttl": "turtle", "trig": "trig", "jsonld": "json-ld"}
QUAD_FORMATS = ("nq", "trig", "jsonld")

Term = tuple[Any, ...]
Quad = tuple[Term, Term, Term, Term | None]


def items_of(extractions: list[Extraction]) -> list[Any]:
    out: list[Any] = []
    for extraction in extractions:
        out.append(extraction.document)
        out.extend(extraction.facts)
    return out


def export_bytes(items: list[Any], fmt: str, **options: Any) -> bytes:
    buf = io.BytesIO()
    write_rdf(items, buf, fmt=fmt, **options)
    return buf.getvalue()


def write_facts_file(path: Path, extractions: list[Extraction]) -> Path:
    """A facts file as ``kg extract`` writes it, but with JSON escapes (keeps lone surrogates)."""
    with path.open("w", encoding="ascii") as out:
        for extraction in extractions:
            out.write(json.dumps(extraction.document.to_record(), sort_keys=True) + "\n")
            for fact in extraction.facts:
                out.write(json.dumps(fact.to_record(), sort_keys=True) + "\n")
    return path


# -- parsing back, into plain comparable tuples ----------------------------------------------------
def _ox_term(term: Any) -> Term:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return ("I", term.value)
    if isinstance(term, ox.Literal):
        return ("L", term.value, term.datatype.value, term.language)
    raise AssertionError(f"unexpected term {term!r} (kg writes no blank nodes)")


def parse_pyoxigraph(data: bytes, fmt: str) -> set[Quad]:
    import pyoxigraph as ox

    out: set[Quad] = set()
    for q in ox.parse(data, getattr(ox.RdfFormat, OX_FORMATS[fmt])):
        g = None if isinstance(q.graph_name, ox.DefaultGraph) else _ox_term(q.graph_name)
        out.add((_ox_term(q.subject), _ox_term(q.predicate), _ox_term(q.object), g))
    return out


def _rdflib_term(term: Any) -> Term:
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return ("I", str(term))
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype else (
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if term.language else XSD_STRING)
        return ("L", str(term), datatype, term.language)
    raise AssertionError(f"unexpected term {term!r} (kg writes no blank nodes)")


def parse_rdflib(data: bytes, fmt: str) -> set[Quad]:
    from rdflib import Dataset, Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    out: set[Quad] = set()
    if fmt in QUAD_FORMATS:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
        for s, p, o, g in ds.quads((None, None, None, None)):
            gid = getattr(g, "identifier", g)
            out.add((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o),
                     None if gid is None or gid == DATASET_DEFAULT_GRAPH_ID else _rdflib_term(gid)))
    else:
        graph = Graph()
        graph.parse(data=data, format=RDFLIB_FORMATS[fmt])
        for s, p, o in graph:
            out.add((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o), None))
    return out


def parse(data: bytes, fmt: str, parser: str) -> set[Quad]:
    return parse_pyoxigraph(data, fmt) if parser == "pyoxigraph" else parse_rdflib(data, fmt)


def triples(quads: set[Quad]) -> set[Quad]:
    return {(s, p, o, None) for s, p, o, _ in quads}


def text(term: Term) -> str:
    """The original text of a literal term (undoes kg:escapedString)."""
    assert term[0] == "L", term
    return decode_literal(term[1], term[2])


# -- naughty strings -------------------------------------------------------------------------------
NAUGHTY = [
    'say "hello"', "back\\slash", "trailing backslash\\", "\\u0041 is not A", "\\n is not a newline",
    "<http://example.org/x>", "a > b < c", "_:b0", '"""triple quotes"""', "'''single'''", "x^^<y>",
    "@en", "#not a comment", "line\nbreak", "carriage\rreturn", "crlf\r\nend", "tab\there",
    "nul\x00byte", "bell\x07 esc\x1b del\x7f", "".join(chr(c) for c in range(0x20)),
    "next line\x85 line sep\u2028 para sep\u2029", "bom\ufeff", "zero\u200bwidth",
    "emoji 🚀👩‍👩‍👧‍👦🏳️‍🌈", "astral 𝕏 𐍈", "RTL العربية עברית \u202eoverride\u202c",
    "Владимир Мединский", "习近平 和 普京", "e\u0301 combining", "ﬁ ligature", "%41 percent",
    "lone high \ud800 surrogate", "lone low \udfff surrogate", "\udbff\udc00 pair as lone",
    "reversed \udc00\ud800", "\ud83d", "mixed \\ud800 \ud800 \\ \\\\", "{ } | ^ ` ~", " leading and trailing ", "", "x" * 100_000,
]
