"""RDF export: terms, model, formats (parsed back by rdflib and pyoxigraph), SHACL, naughty strings.

Each format is compared with the N-Quads export of the same input by parsing both (kg writes no
blank nodes, so graph isomorphism is equality of the parsed quad sets; ``rdflib.compare`` checks
the triple formats as well).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from exportkit import (
    NAUGHTY,
    QUAD_FORMATS,
    export_bytes,
    items_of,
    parse,
    parse_pyoxigraph,
    text,
    triples,
)
from factories import PEOPLE, document, fact, small_graph

from kg.errors import InputError
from kg.export import (
    DEFAULT_BASE_IRI,
    ESCAPED_STRING,
    FORMATS,
    check_format,
    shapes_path,
    vocabulary_path,
    write_rdf,
)
from kg.export import ntriples as nt
from kg.export.rdf import KG, PROV, RDF, RDFS, SCHEMA, SKOS
from kg.model import Document, Entity, Extraction, Fact

BASE = DEFAULT_BASE_IRI
I = lambda iri: ("I", iri)  # noqa: E731, E741
TYPE, LABEL = I(RDF + "type"), I(RDFS + "label")
XSD = "http://www.w3.org/2001/XMLSchema#"
STRING = XSD + "string"


def _nq(extractions: list[Extraction], **options) -> set:
    return parse_pyoxigraph(export_bytes(items_of(extractions), "nq", **options), "nq")


def _objects(quads: set, s, p) -> list:
    return sorted(q[2] for q in quads if q[0] == s and q[1] == p)


def _statements(quads: set) -> list:
    return sorted({q[0] for q in quads if q[1] == TYPE and q[2] == I(RDF + "Statement")})


# -- terms --------------------------------------------------------------------------------------------
def test_literal_escaping_is_canonical_ntriples_byte_for_byte():
    """Our escaping equals pyoxigraph's canonical N-Triples serialiser for every ASCII character."""
    import pyoxigraph as ox

    sample = "".join(chr(c) for c in range(128)) + "é€🚀\u2028\x85\ufeff"
    ours = f"<http://a/s> <http://a/p> {nt.literal(sample)} .\n".encode()
    theirs = ox.serialize([ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal(sample))],
                          format=ox.RdfFormat.N_TRIPLES)
    assert ours == theirs
    assert b"\n" not in ours[:-1] and b"\r" not in ours and b"\x00" not in ours


def test_lone_surrogates_become_an_escaped_string_that_decodes_back():
    for sample in ["a\ud800b", "\udfff", "\\u0041\ud83d", "x\udc00\ud800y\\"]:
        term = nt.literal(sample)
        assert term.endswith(f"^^<{ESCAPED_STRING}>")
        term.encode("utf-8")  # no surrogate reaches the output
        quads = parse_pyoxigraph(f"<http://a/s> <http://a/p> {term} .\n".encode(), "nt")
        (quad,) = quads
        assert text(quad[2]) == sample
    assert nt.literal("plain \\u0041") == '"plain \\\\u0041"'  # no surrogate: a plain string


def test_segments_are_ascii_and_reversible():
    for sample in ["8d9138b90eb8e3b7", "a b/c?d#e", "ид", "\ud800x", "%41", "", "A-Z_a.z~0"]:
        seg = nt.segment(sample)
        assert re.fullmatch(r"[A-Za-z0-9_.~%-]*", seg), seg
        assert nt.unsegment(seg) == sample
    assert nt.segment("8d9138b90eb8e3b7") == "8d9138b90eb8e3b7"


@pytest.mark.parametrize(("value", "lexical"), [
    (0.8, "0.8"), (1, "1.0"), (0, "0.0"), (0.0001, "0.0001"), (1e-05, "0.0"), (0.33333, "0.3333"),
    (10.0, "10.0"), (0.75, "0.75")])
def test_confidence_is_a_canonical_decimal(value, lexical):
    assert nt.decimal_lexical(value) == lexical


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_confidence_must_be_finite(bad):
    with pytest.raises(ValueError, match="finite"):
        nt.decimal_lexical(bad)


@pytest.mark.parametrize(("given", "base"), [
    ("https://kg.example/", "https://kg.example/"), ("https://kg.example", "https://kg.example/"),
    ("http://data.example.org/kg/", "http://data.example.org/kg/"), ("urn:kg:", "urn:kg:"),
    ("http://x/%7Ea", "http://x/%7Ea/")])
def test_base_iri_is_normalised(given, base):
    assert nt.check_base_iri(given) == base


@pytest.mark.parametrize("bad", ["kg.example", "", "/relative/", "http://a b/", "http://x/<y>", "http://ü.example/",
                                 "http://x/#frag", "http://x/?q=1", "http://x/%zz", 'http://x/"'])
def test_bad_base_iri_is_a_clear_error(bad):
    with pytest.raises(InputError, match="--base-iri"):
        nt.check_base_iri(bad)


def test_unknown_format_lists_the_formats():
    with pytest.raises(InputError, match="choose one of: nq, nt, ttl, trig, jsonld"):
        check_format("rdfxml")
    assert check_format("Turtle") == "ttl" and check_format("json-ld") == "jsonld"


# -- the model ----------------------------------------------------------------------------------------
def test_entities_relations_and_documents():
    quads = _nq(small_graph())
    ada = I(f"{BASE}entity/{PEOPLE['Ada'].id}")
    assert _objects(quads, ada, TYPE) == [I(SCHEMA + "Person")]
    assert _objects(quads, ada, LABEL) == [("L", "Ada Lovelace", STRING, None)]
    assert _objects(quads, ada, I(SKOS + "altLabel")) == [("L", "Lovelace", STRING, None)]
    assert _objects(quads, I(f"{BASE}entity/{PEOPLE['Acme'].id}"), TYPE) == [I(SCHEMA + "Organization")]
    assert _objects(quads, I(f"{BASE}entity/{PEOPLE['summit'].id}"), TYPE) == [I(KG + "Concept")]
    head = I(f"{BASE}relation/HEAD")
    assert _objects(quads, head, TYPE) == [I(RDF + "Property")]
    assert _objects(quads, head, LABEL) == [("L", "head", STRING, None)]
    for extraction in small_graph():
        doc = I(f"{BASE}document/{extraction.document.id}")
        assert _objects(quads, doc, I(KG + "source")) == [("L", extraction.document.source, STRING, None)]
        assert _objects(quads, doc, I("http://purl.org/dc/terms/title")) == [
            ("L", extraction.document.title, STRING, None)]
    # Everything kg mints is an ASCII IRI under the base.
    for q in quads:
        for term in (q[0], q[2]):
            if term[0] == "I" and term[1].startswith(BASE) and not term[1].startswith(KG):
                assert term[1].isascii() and re.fullmatch(r"[A-Za-z0-9:/._~%-]+", term[1])


def test_places_and_events_get_their_schema_types():
    d = document("Ann visited Oslo during the Games.")
    ann, oslo, games = Entity.make("Ann", "PERSON"), Entity.make("Oslo", "LOC"), Entity.make("Games", "EVENT")
    norp = Entity.make("Norwegians", "NORP")
    facts = [Fact(ann, "VISIT", "visit", "visited", oslo, 0.7, d.id, 0, 0, 10, "e"),
             Fact(norp, "HOST", "host", "host", games, 0.7, d.id, 0, 0, 10, "e")]
    quads = _nq([Extraction(d, facts)])
    assert _objects(quads, I(f"{BASE}entity/{oslo.id}"), TYPE) == [I(SCHEMA + "Place")]
    assert _objects(quads, I(f"{BASE}entity/{games.id}"), TYPE) == [I(SCHEMA + "Event")]
    assert _objects(quads, I(f"{BASE}entity/{norp.id}"), TYPE) == [I(KG + "Concept")]
    assert _objects(quads, I(f"{BASE}entity/{norp.id}"), I(KG + "entityType")) == [("L", "NORP", STRING, None)]


def test_positive_facts_are_asserted_in_their_documents_graph_negated_ones_never():
    quads = _nq(small_graph())
    d1, d2 = (I(f"{BASE}document/{e.document.id}") for e in small_graph())
    ent = lambda k: I(f"{BASE}entity/{PEOPLE[k].id}")  # noqa: E731
    rel = lambda t: I(f"{BASE}relation/{t}")  # noqa: E731
    assert (ent("Ada"), rel("HEAD"), ent("Acme"), d1) in quads
    assert (ent("Ada"), rel("HEAD"), ent("Acme"), d2) in quads  # supported by both documents
    assert (ent("Cy"), rel("MEET"), ent("Bob"), d2) in quads
    assert not any(q[:3] == (ent("Bob"), rel("ATTEND"), ent("summit")) for q in quads)  # negated
    # Its provenance record is there, flagged.
    (negated,) = [s for s in _statements(quads) if ("L", "true", XSD + "boolean", None) in _objects(quads, s, I(KG + "negated"))]
    assert _objects(quads, negated, I(RDF + "subject")) == [ent("Bob")]
    assert _objects(quads, negated, I(KG + "modality")) == [("L", "would", STRING, None)]
    # Ontology bits and descriptions in the default graph; facts and records in document graphs.
    for _, p, o, g in quads:
        if (p == TYPE and o == I(RDF + "Statement")) or p[1].startswith(BASE + "relation/"):
            assert g in (d1, d2)
        if p in (LABEL, I(SKOS + "altLabel"), I(KG + "source")) or o == I(RDF + "Property"):
            assert g is None


def test_one_provenance_record_per_fact_and_sentence_with_everything():
    quads = _nq(small_graph())
    statements = _statements(quads)
    assert len(statements) == 6  # HEAD is supported by two sentences: two records
    d1 = small_graph()[0]
    snub = d1.facts[2]
    (st,) = [s for s in statements if ("L", "snub", STRING, None) in _objects(quads, s, I(KG + "lemma"))]
    doc = I(f"{BASE}document/{d1.document.id}")
    expect = {
        I(RDF + "type"): sorted([I(PROV + "Entity"), I(RDF + "Statement")]),
        I(RDF + "subject"): [I(f"{BASE}entity/{PEOPLE['Ada'].id}")],
        I(RDF + "predicate"): [I(f"{BASE}relation/DECLINE")],
        I(RDF + "object"): [I(f"{BASE}entity/{PEOPLE['summit'].id}")],
        I(KG + "negated"): [("L", "false", XSD + "boolean", None)],
        I(PROV + "wasDerivedFrom"): [doc],
        I(KG + "sentence"): [("L", "2", XSD + "integer", None)],
        I(KG + "charStart"): [("L", str(snub.char_start), XSD + "integer", None)],
        I(KG + "charEnd"): [("L", str(snub.char_end), XSD + "integer", None)],
        I(KG + "confidence"): [("L", "0.8", XSD + "decimal", None)],
        I(KG + "evidence"): [("L", snub.evidence, STRING, None)],
        I(KG + "relationText"): [("L", "snub", STRING, None)],
        I(KG + "lemma"): [("L", "snub", STRING, None)],
        I(PROV + "wasAttributedTo"): [I(f"{BASE}agent/kg-rules")],
    }
    got = {p: _objects(quads, st, p) for p in {q[1] for q in quads if q[0] == st}}
    assert got == expect
    assert {q[3] for q in quads if q[0] == st} == {doc}
    agent = I(f"{BASE}agent/kg-rules")
    assert _objects(quads, agent, TYPE) == [I(PROV + "SoftwareAgent")]


def test_extractor_version_is_part_of_the_agent():
    d = document("x")
    f = Fact(PEOPLE["Ada"], "MEET", "meet", "met", PEOPLE["Bob"], 0.5, d.id, 0, 0, 1, "x",
             extractor="kg-rules", extractor_version="0.1.0")
    quads = _nq([Extraction(d, [f])])
    agent = I(f"{BASE}agent/kg-rules:0.1.0")
    assert _objects(quads, agent, I(KG + "version")) == [("L", "0.1.0", STRING, None)]
    assert _objects(quads, agent, LABEL) == [("L", "kg-rules", STRING, None)]


def test_two_records_of_one_fact_in_one_sentence_are_two_statements():
    d = document("Ada snubbed and declined the summit.")
    one = fact("Ada", "DECLINE", "summit", d, 0, predicate="snub")
    two = fact("Ada", "DECLINE", "summit", d, 0, predicate="decline")
    assert one.key == two.key and one.provenance_key == two.provenance_key
    quads = _nq([Extraction(d, [one, two])])
    assert len(_statements(quads)) == 2
    for st in _statements(quads):
        assert len(_objects(quads, st, I(KG + "lemma"))) == 1


def test_base_iri_changes_minted_iris_only():
    quads = _nq(small_graph(), base="http://data.example.org/kg")
    minted = {t[1] for q in quads for t in q if t and t[0] == "I" and "kg.example/" in t[1] and "/ns#" not in t[1]}
    assert minted == set()
    assert (I(f"http://data.example.org/kg/entity/{PEOPLE['Ada'].id}"), TYPE, I(SCHEMA + "Person"), None) in quads
    assert any(q[1] == I(KG + "confidence") for q in quads)  # the vocabulary stays put


# -- determinism and streaming ----------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["nq", "nt"])
def test_output_is_sorted_unique_and_the_same_bytes_whatever_the_fact_order(fmt):
    items = items_of(small_graph())
    first = export_bytes(items, fmt)
    lines = first.decode().splitlines(keepends=True)
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    rng = random.Random(3)
    for _ in range(5):
        shuffled = []
        for extraction in small_graph():
            facts = list(extraction.facts)
            rng.shuffle(facts)
            shuffled += [extraction.document, *facts, *facts[:1]]  # a repeated fact adds nothing
        assert export_bytes(shuffled, fmt) == first


def test_spilling_to_disk_gives_the_same_bytes(seed_extractions):
    items = items_of(seed_extractions)
    in_memory = export_bytes(items, "nq")
    spilled = export_bytes(items, "nq", budget=20_000)  # a run every few facts
    assert spilled == in_memory
    assert export_bytes(items, "trig", budget=20_000) == export_bytes(items, "trig")


def test_sorter_spills_and_merges(tmp_path):
    from kg.export.sorting import LineSorter

    rng = random.Random(1)
    lines = [f"{rng.randrange(5000):05d} é{'🚀' * (i % 3)}\n" for i in range(20_000)]
    with LineSorter(budget=10_000, tmpdir=str(tmp_path)) as sorter:
        for line in lines:
            sorter.add(line)
        assert sorter.runs > 10
        out = [b.decode() for b in sorter.sorted_unique()]
    assert out == sorted(set(lines))
    assert list(tmp_path.iterdir()) == []  # the runs are cleaned up


def test_memory_stays_flat_as_the_input_grows():
    """Peak Python memory for 4x the facts stays about the same (a bounded sort budget)."""
    import tracemalloc

    def peak(n: int) -> int:
        d = document(f"doc {n}")
        people = [Entity.make(f"Person {i} {'Ж' * (i % 5)}", "PERSON") for i in range(500)]
        facts = (Fact(people[i % 500], "MEET", "meet", "met", people[(i * 7) % 500], 0.5, d.id, i, i, i + 9,
                      f"Sentence {i} says so, at some length, as news sentences do.") for i in range(n))
        tracemalloc.start()
        write_rdf([d, *facts], _Sink(), fmt="nq", budget=2_000_000)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(5_000), peak(20_000)
    assert large < small * 1.5, (small, large)


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


# -- formats -------------------------------------------------------------------------------------------
def _corpora(seed_extractions) -> dict[str, list[Extraction]]:
    return {"small": small_graph(), "seed": seed_extractions, "naughty": naughty_graph()}


# N-Triples and N-Quads are always our own writer; the others go through pyoxigraph, or rdflib
# when pyoxigraph is not installed.
WRITERS = [("nq", None), ("nt", None)] + [(f, e) for f in ("ttl", "trig", "jsonld") for e in ("pyoxigraph", "rdflib")]


@pytest.mark.parametrize("parser", ["pyoxigraph", "rdflib"])
@pytest.mark.parametrize(("fmt", "engine"), WRITERS)
def test_every_format_parses_back_to_the_nquads_graph(fmt, engine, parser, seed_extractions):
    for name, corpus in _corpora(seed_extractions).items():
        items = items_of(corpus)
        reference = parse_pyoxigraph(export_bytes(items, "nq"), "nq")
        got = parse(export_bytes(items, fmt, engine=engine), fmt, parser)
        want = reference if fmt in QUAD_FORMATS else triples(reference)
        assert got == want, f"{name}: {fmt} via {engine}, read by {parser}: {len(got ^ want)} quads differ"


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_triple_formats_are_isomorphic_graphs_for_rdflib(fmt, seed_extractions):
    from rdflib import Dataset, Graph
    from rdflib.compare import isomorphic

    items = items_of(seed_extractions)
    dataset = Dataset()
    dataset.parse(data=export_bytes(items, "nq"), format="nquads")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):  # every graph's triples
        union.add((s, p, o))
    graph = Graph().parse(data=export_bytes(items, fmt), format={"nt": "nt", "ttl": "turtle"}[fmt])
    assert isomorphic(graph, union) and len(graph) > 1000


def test_turtle_and_trig_use_prefixes():
    ttl = export_bytes(items_of(small_graph()), "ttl").decode()
    assert "@prefix kg: <https://kg.example/ns#> ." in ttl
    assert f"@prefix entity: <{BASE}entity/> ." in ttl
    assert re.search(r"^entity:[0-9a-f]{16} a schema:Person", ttl, re.M)
    trig = export_bytes(items_of(small_graph()), "trig").decode()
    assert f"document:{small_graph()[0].document.id} {{" in trig


# -- SHACL ---------------------------------------------------------------------------------------------
def _validate(data: bytes, fmt: str = "nt") -> tuple[bool, str]:
    from pyshacl import validate
    from rdflib import Graph

    graph = Graph().parse(data=data, format={"nt": "nt", "ttl": "turtle"}[fmt])
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, _, report = validate(graph, shacl_graph=shapes, allow_warnings=False)
    return bool(conforms), str(report)


def test_shapes_accept_the_export(seed_extractions):
    for corpus in (small_graph(), seed_extractions, naughty_graph()):
        conforms, report = _validate(export_bytes(items_of(corpus), "nt"))
        assert conforms, report[:3000]


def _drop(data: bytes, pattern: str) -> bytes:
    lines = data.decode().splitlines(keepends=True)
    kept = [line for line in lines if not re.search(pattern, line)]
    assert len(kept) < len(lines), pattern
    return "".join(kept).encode()


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: _drop(d, r"^<[^>]*entity/[^>]*> <[^>]*relation/HEAD>"), "not asserted"),
    (lambda d: _drop(d, "#confidence>"), "MinCount"),
    (lambda d: _drop(d, r"#label> \"Ada Lovelace\""), "MinCount"),
    (lambda d: d + f"<{BASE}entity/{PEOPLE['Bob'].id}> <{BASE}relation/ATTEND> <{BASE}entity/{PEOPLE['summit'].id}> .\n"
     .encode(), "negated statement is asserted"),
    (lambda d: d.replace(b'"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>', b'"0.8"'), "Datatype"),
    (lambda d: d.replace(b"<https://schema.org/Organization>", b"<https://schema.org/Thing>"), "In"),
])
def test_shapes_reject_a_broken_export(change, message):
    data = change(export_bytes(items_of(small_graph()), "nt"))
    conforms, report = _validate(data)
    assert not conforms
    assert message in report, report[:2000]


def test_vocabulary_defines_every_kg_term_the_export_uses(seed_extractions):
    from rdflib import Graph, URIRef

    vocab = Graph().parse(vocabulary_path(), format="turtle")
    Graph().parse(shapes_path(), format="turtle")
    defined = {str(s) for s in vocab.subjects() if str(s).startswith(KG)}
    used = set()
    for corpus in (small_graph(), naughty_graph()):
        for q in parse_pyoxigraph(export_bytes(items_of(corpus), "nq"), "nq"):
            for term in q:
                if term and term[0] == "I" and term[1].startswith(KG):
                    used.add(term[1])
                if term and term[0] == "L" and term[2].startswith(KG):
                    used.add(term[2])
    assert used and used <= defined, used - defined
    assert (URIRef(KG + "escapedString"), None, None) in vocab


# -- naughty strings -----------------------------------------------------------------------------------
def naughty_graph() -> list[Extraction]:
    """Every naughty string in every text field, in entity and document ids, and in the extractor."""
    extractions = []
    for n, bad in enumerate(NAUGHTY):
        doc = Document(f"doc {n} {bad[:50]}", f"source {bad}", f"title {bad}", "")
        subject = Entity(f"ent/{n}?{bad[:30]}", f"name {bad}", "PERSON", (f"alias {bad}", bad))
        # Entity.make hashes UTF-8 and cannot take a lone surrogate: ids are made here instead.
        obj = Entity(f"{n:04d}", f"Объект {n} {bad[:200]}", "ORG")
        extractions.append(Extraction(doc, [
            Fact(subject, "MEET", f"lemma {bad}", f"text {bad}", obj, 0.5, doc.id, n, n, n + 1, f"evidence {bad}",
                 negated=n % 2 == 1, modality=f"modal {bad}", attribution=f"said {bad}",
                 extractor=f"rules {bad[:20]}", extractor_version=f"v{n}"),
            Fact(obj, "HEAD", bad or "x", bad, subject, 0.25, doc.id, n, 0, 1, bad),
        ]))
    return extractions


def _check_lossless(quads: set, extractions: list[Extraction], base: str = BASE) -> None:
    by_subject: dict = {}
    for s, p, o, _ in quads:
        by_subject.setdefault(s, {}).setdefault(p[1], []).append(o)
    records = {}
    for props in by_subject.values():
        if I(RDF + "Statement") in props.get(RDF + "type", []):
            (ev,) = props[KG + "evidence"]
            (lemma,) = props[KG + "lemma"]
            records[(text(ev), text(lemma))] = props
    checked = 0
    for extraction in extractions:
        doc = extraction.document
        dprops = by_subject[I(f"{base}document/{nt.segment(doc.id)}")]
        assert [text(t) for t in dprops[KG + "id"]] == [doc.id]
        assert [text(t) for t in dprops[KG + "source"]] == [doc.source]
        assert [text(t) for t in dprops["http://purl.org/dc/terms/title"]] == [doc.title]
        for f in extraction.facts:
            props = records[(f.evidence, f.predicate)]
            assert [text(t) for t in props[KG + "relationText"]] == [f.text]
            assert [text(t) for t in props.get(KG + "modality", [])] == ([f.modality] if f.modality else [])
            assert [text(t) for t in props.get(KG + "attribution", [])] == ([f.attribution] if f.attribution else [])
            assert props[KG + "negated"] == [("L", "true" if f.negated else "false", XSD + "boolean", None)]
            for role, entity in ((RDF + "subject", f.subject), (RDF + "object", f.object)):
                (iri,) = props[role]
                assert nt.unsegment(iri[1].rsplit("/", 1)[1]) == entity.id
                eprops = by_subject[iri]
                assert [text(t) for t in eprops[KG + "id"]] == [entity.id]
                assert [text(t) for t in eprops[RDFS + "label"]] == [entity.name]
                assert sorted(text(t) for t in eprops.get(SKOS + "altLabel", [])) == sorted(entity.aliases)
            (agent,) = props[PROV + "wasAttributedTo"]
            assert [text(t) for t in by_subject[agent][RDFS + "label"]] == [f.extractor]
            checked += 1
    assert checked == sum(len(e.facts) for e in extractions)


@pytest.mark.parametrize("parser", ["pyoxigraph", "rdflib"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_naughty_strings_round_trip_unaltered(fmt, parser):
    extractions = naughty_graph()
    data = export_bytes(items_of(extractions), fmt)
    data.decode("utf-8")  # valid UTF-8, surrogates and all
    _check_lossless(parse(data, fmt, parser), extractions)


def test_naughty_strings_round_trip_through_a_facts_file(tmp_path):
    """JSON escapes keep lone surrogates in the facts file; the export keeps them too."""
    from exportkit import write_facts_file

    from kg.export import export
    from kg.export.sources import read_facts_file

    facts = write_facts_file(tmp_path / "naughty.jsonl", naughty_graph())
    out = tmp_path / "naughty.nq"
    export(str(facts), fmt="nq", output=str(out))
    read = []
    for item in read_facts_file(str(facts)):
        if isinstance(item, Document):
            read.append(Extraction(item, []))
        else:
            read[-1].facts.append(item)
    # All as written, but for one thing JSON does: "\\udbff\\udc00" reads back as the pair it spells.
    import json

    assert [f.evidence for e in read for f in e.facts] == [
        json.loads(json.dumps(f.evidence)) for e in naughty_graph() for f in e.facts]
    _check_lossless(parse_pyoxigraph(out.read_bytes(), "nq"), read)


def test_a_very_long_name_is_kept_whole():
    quads = _nq(naughty_graph())
    longest = max((t for q in quads for t in q if t and t[0] == "L"), key=lambda t: len(t[1]))
    assert len(longest[1]) >= 100_000


def test_readme_documents_the_export():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## RDF export"):readme.index("## Layout")]
    for word in ("kg:negated", "rdf:Statement", "prov:wasDerivedFrom", "escapedString", "--base-iri", "triples/s"):
        assert word in section, word
    for path in (Path(__file__).resolve().parents[1] / "queries" / "sparql").glob("*.rq"):
        assert f"`{path.name}`" in section, path.name
