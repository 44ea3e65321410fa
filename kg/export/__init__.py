"""RDF export: a facts file or a graph store as N-Quads, N-Triples, Turtle, TriG or JSON-LD.

    from kg.export import export
    summary = export("facts.jsonl", fmt="trig", output="graph.trig")
    summary = export(graph="g.lbug", fmt="nq", output="graph.nq", base_iri="https://data.example.org/kg/")

N-Triples and N-Quads are written by our own streaming writer (:mod:`kg.export.ntriples`): lines
are made per fact, sorted and de-duplicated in bounded memory (:mod:`kg.export.sorting`), so the
same input gives the same bytes and memory stays flat whatever the size. Turtle, TriG and JSON-LD
are those sorted lines re-serialised by pyoxigraph (streaming, with prefixes), or by rdflib when
pyoxigraph is not installed (in memory). The model is in :mod:`kg.export.rdf` and the README;
the vocabulary in ``kg/export/kg.ttl``, SHACL shapes for the output in ``kg/export/shapes.ttl``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.export.ntriples import ESCAPED_STRING, KG, check_base_iri, decode_literal, unsegment
from kg.export.rdf import PREFIXES, Mode, QuadMaker, base_prefixes
from kg.export.sorting import DEFAULT_BUDGET, LineSorter
from kg.export.sources import BadLines, Item, read_facts_file, read_store
from kg.model import Document

__all__ = [
    "DEFAULT_BASE_IRI",
    "ESCAPED_STRING",
    "FORMATS",
    "KG",
    "ExportSummary",
    "check_format",
    "decode_literal",
    "export",
    "format_for_path",
    "shapes_path",
    "unsegment",
    "vocabulary_path",
    "write_rdf",
]

DEFAULT_BASE_IRI = "https://kg.example/"
FORMATS = ("nq", "nt", "ttl", "trig", "jsonld")
QUAD_FORMATS = ("nq", "trig", "jsonld")
_ALIASES = {"nquads": "nq", "n-quads": "nq", "ntriples": "nt", "n-triples": "nt", "turtle": "ttl",
            "json-ld": "jsonld"}
_EXTENSIONS = {".nq": "nq", ".nt": "nt", ".ttl": "ttl", ".trig": "trig", ".jsonld": "jsonld"}
ENGINES = ("pyoxigraph", "rdflib")


@dataclass(slots=True)
class ExportSummary:
    format: str = "nq"
    documents: int = 0
    facts: int = 0
    negated: int = 0
    triples: int = 0
    bad_lines: BadLines = field(default_factory=BadLines)


def vocabulary_path() -> Path:
    return Path(__file__).with_name("kg.ttl")


def shapes_path() -> Path:
    return Path(__file__).with_name("shapes.ttl")


def check_format(fmt: str) -> str:
    name = _ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return name


def format_for_path(path: str | None) -> str | None:
    """The format a file name implies (``graph.ttl`` -> ``ttl``), if any."""
    return _EXTENSIONS.get(Path(path).suffix.lower()) if path and path != "-" else None


def export(source: str | None = None, *, graph: str | None = None, fmt: str = "nq",
           output: str | None = None, base_iri: str = DEFAULT_BASE_IRI, skip_bad: bool = False,
           engine: str | None = None, budget: int | None = None) -> ExportSummary:
    """Export a facts file (``source``; ``-`` is stdin) or a graph store (``graph``) as RDF.

    ``output`` is a file path, or ``None``/``-`` for stdout. A file is written to a temporary
    file beside it and renamed when complete, so a failure leaves no partial file behind.
    """
    fmt = check_format(fmt)
    base = check_base_iri(base_iri)
    if (source is None) == (graph is None):
        raise InputError("give a facts file or a graph (--graph) to export, not both" if source else
                         "give a facts file or a graph (--graph) to export")
    _check_engine(engine)
    bad = BadLines()
    items = read_facts_file(source, skip_bad=skip_bad, bad=bad, skippable=True) if source is not None else read_store(graph)  # type: ignore[arg-type]
    with _output(output) as out:
        summary = write_rdf(items, out, fmt=fmt, base=base, engine=engine, budget=budget)
    summary.bad_lines = bad
    return summary


def write_rdf(items: Iterable[Item], out: IO[bytes], *, fmt: str = "nq", base: str = DEFAULT_BASE_IRI,
              engine: str | None = None, budget: int | None = None) -> ExportSummary:
    """Write documents and facts to a binary stream as RDF in ``fmt``."""
    fmt = check_format(fmt)
    base = check_base_iri(base)
    _check_engine(engine)
    mode: Mode = "nt" if fmt in ("nt", "ttl") else "nq" if fmt == "nq" else "graph-first"
    summary = ExportSummary(format=fmt)
    with sorted_items(items, mode, base, budget) as (maker, merged, sorter):
        summary.documents, summary.facts, summary.negated = maker.documents, maker.facts, maker.negated
        if fmt in ("nq", "nt"):
            summary.triples = _write_items(merged, mode, out)
        else:
            fd, tmp = tempfile.mkstemp(suffix=".nq", dir=sorter.dir)
            with os.fdopen(fd, "wb") as spool:
                summary.triples = _write_items(merged, mode, spool)
            _convert(tmp, "nt" if fmt == "ttl" else "nq", fmt, out, base, engine)
    return summary


@contextlib.contextmanager
def sorted_items(items: Iterable[Item], mode: Mode, base: str,
                 budget: int | None = None) -> Iterator[tuple[QuadMaker, Iterator[bytes], LineSorter]]:
    """The RDF of ``items`` as sorted, de-duplicated items (see :class:`QuadMaker`), in bounded
    memory; the maker (for its counts) and the sorter's folder stay valid inside the block."""
    maker = QuadMaker(base, mode)
    with LineSorter(budget or DEFAULT_BUDGET) as sorter:
        for item in items:
            sorter.extend(maker.document(item) if isinstance(item, Document) else maker.fact(item))
        yield maker, sorter.sorted_unique(), sorter


def _write_items(items: Iterable[bytes], mode: str, out: IO[bytes]) -> int:
    """Write sorted items (UTF-8) as lines; the number of lines written."""
    count = size = 0
    batch: list[bytes] = []
    for item in items:
        batch.append(item)
        size += len(item)
        if size >= 1 << 18:
            count += _flush(batch, mode, out)
            batch = []
            size = 0
    return count + _flush(batch, mode, out)


def _flush(batch: list[bytes], mode: str, out: IO[bytes]) -> int:
    if mode == "graph-first":
        batch = [item[item.index(b"\t") + 1:] for item in batch]
    data = b"".join(batch).replace(b"\x00", b"\n")
    out.write(data)
    return data.count(b"\n")


# -- Turtle, TriG, JSON-LD ---------------------------------------------------------------------------
def _check_engine(engine: str | None) -> None:
    if engine is not None and engine not in ENGINES:
        raise InputError(f"unknown RDF engine {engine!r}; choose one of: {', '.join(ENGINES)}")


def _pick_engine(engine: str | None) -> str:
    if engine:
        return engine
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        return "rdflib"
    return "pyoxigraph"


def _convert(spool: str, spool_fmt: str, fmt: str, out: IO[bytes], base: str, engine: str | None) -> None:
    prefixes = {**PREFIXES, **base_prefixes(base)}
    if _pick_engine(engine) == "pyoxigraph":
        import pyoxigraph as ox

        source = ox.RdfFormat.N_TRIPLES if spool_fmt == "nt" else ox.RdfFormat.N_QUADS
        target = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
        quads: Iterator[Any] = ox.parse(path=spool, format=source)
        if fmt == "ttl":
            quads = (q.triple for q in quads)
        ox.serialize(quads, out, target, prefixes=prefixes if fmt != "jsonld" else None)
        return
    import rdflib

    data: Any = rdflib.Graph() if fmt == "ttl" else rdflib.Dataset()
    data.parse(spool, format="nt" if fmt == "ttl" else "nquads")
    for prefix, namespace in prefixes.items():
        data.bind(prefix, namespace, override=True, replace=True)
    text = data.serialize(format={"ttl": "turtle", "trig": "trig", "jsonld": "json-ld"}[fmt], encoding="utf-8")
    if fmt == "jsonld":
        text = _default_graph_at_top_level(text)
    out.write(text)


def _default_graph_at_top_level(text: bytes) -> bytes:
    """rdflib writes the default graph as ``{"@graph": [...]}`` inside the top-level array, which
    JSON-LD 1.1 reads as a named graph with a blank-node name; its nodes belong at the top level."""
    import json

    doc = json.loads(text)
    if isinstance(doc, list):
        doc = [node for item in doc for node in (
            item["@graph"] if isinstance(item, dict) and set(item) == {"@graph"} else [item])]
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


# -- output ----------------------------------------------------------------------------------------
@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[bytes]]:
    """Standard output, or a file written atomically (kg.io: a temporary file, then a rename)."""
    from kg.io import atomic_output

    target = path or "-"
    try:
        with atomic_output(target, binary=True) as out:
            yield out
            out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise InputError(f"{target}: cannot write ({exc.strerror or exc})") from None
