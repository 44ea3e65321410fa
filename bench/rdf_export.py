"""RDF export throughput and memory: kg's streaming N-Quads writer against rdflib, same run.

Makes a synthetic facts file (``--facts`` facts, default 1,000,000; ``--quick``: 100,000), then in
separate processes, each measured for wall time and peak RSS:

1. ``kg`` — :func:`kg.export.export` of the whole file to N-Quads (stream, sort, de-duplicate);
2. ``rdflib`` — the same model built as an ``rdflib.Graph`` (``Graph.add`` per triple) and
   serialised as N-Triples, on the first ``--rdflib-facts`` facts (default 100,000; 50,000 with
   ``--quick``) — rdflib holds the whole graph in memory, about 1.8 GB per 100,000 facts, so it
   cannot take a million on this machine, and its rate per triple is what is compared.

Throughput is triples (or quads) written per second, so the two sizes compare; the ratio is the
number that matters on a noisy shared machine. Prints a markdown table and appends it to
bench/RESULTS.md.

    python bench/rdf_export.py            # 1,000,000 facts (a few minutes)
    python bench/rdf_export.py --quick    # 100,000 facts, rdflib on 50,000 (about a minute)
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RELATIONS = ["HEAD", "MEET", "DECLINE", "ATTEND", "SAY", "VISIT", "SIGN", "CRITICISE", "SUPPORT", "LEAD",
             "OWN", "JOIN", "LEAVE", "ACCUSE", "PRAISE", "WARN", "URGE", "REJECT", "ACCEPT", "PROPOSE"]
TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "CONCEPT", "OTHER"]
NAMES = ["Vladimir Putin", "Volodymyr Zelensky", "Владимир Мединский", "习近平", "Ada \"the\" Lovelace",
         "Acme\\Corp", "محمد بن سلمان", "Zoë Ørsted", "Renée 🚀 Labs", "Delegation\nof Turkey"]
FACTS_PER_DOC = 50


def make_facts(path: Path, facts: int, seed: int = 7) -> None:
    """A synthetic facts file, streamed (constant memory): varied names, 10% negated facts."""
    import random

    from kg.model import entity_id

    rng = random.Random(seed)
    n_entities = max(100, facts // 8)
    with path.open("w", encoding="utf-8") as out:
        doc_id = ""
        for n in range(facts):
            if n % FACTS_PER_DOC == 0:
                doc_id = f"{n // FACTS_PER_DOC:016x}"
                out.write(json.dumps({"kind": "document", "schema": 1, "id": doc_id,
                                      "source": f"bench/doc-{n // FACTS_PER_DOC}.txt",
                                      "title": f"Synthetic report {n // FACTS_PER_DOC}"}, ensure_ascii=False) + "\n")
            ents = []
            for _ in range(2):
                k = rng.randrange(n_entities)
                name = f"{NAMES[k % len(NAMES)]} {k}"
                type_ = TYPES[k % len(TYPES)]
                ents.append({"id": entity_id(name, type_), "name": name, "type": type_,
                             "aliases": [f"{name.split()[0]} {k}"] if k % 3 == 0 else []})
            rel = RELATIONS[rng.randrange(len(RELATIONS))]
            sentence = (n % FACTS_PER_DOC) // 2
            negated = rng.random() < 0.1
            rec = {"kind": "fact", "schema": 1, "subject": ents[0], "relation": rel, "predicate": rel.lower(),
                   "text": rel.lower() + "ed", "object": ents[1], "confidence": round(rng.random(), 4),
                   "negated": negated, "modality": "would" if negated else None,
                   "attribution": "a spokesman" if n % 7 == 0 else None, "doc_id": doc_id, "sentence": sentence,
                   "char_start": sentence * 120, "char_end": sentence * 120 + 117,
                   "evidence": f"Sentence {sentence} of report {doc_id}: {ents[0]['name']} {rel.lower()}ed "
                               f"{ents[1]['name']} on “Tuesday”, officials said.",
                   "subject_text": ents[0]["name"], "object_text": ents[1]["name"], "args": [], "rule": "svo",
                   "extractor": "kg-rules", "extractor_version": "0.1.0"}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


# -- the two contenders, each run in its own process ------------------------------------------------
def run_kg(facts: str, out: str) -> dict[str, float]:
    from kg.export import export

    start = time.perf_counter()
    summary = export(facts, fmt="nq", output=out)
    return {"seconds": time.perf_counter() - start, "triples": summary.triples, "facts": summary.facts}


def run_rdflib(facts: str, out: str, limit: int) -> dict[str, float]:
    """The same model, the plain rdflib way: terms, Graph.add, serialize(format='nt')."""
    import hashlib
    from itertools import islice

    from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, PROV, SKOS

    from kg.export import DEFAULT_BASE_IRI, KG
    from kg.export.ntriples import decimal_lexical, segment
    from kg.export.rdf import CONCEPT, TYPE_CLASSES, statement_key
    from kg.export.sources import read_facts_file
    from kg.model import Document, sanitize_rel_type

    base = DEFAULT_BASE_IRI
    kg = Namespace(KG)
    start = time.perf_counter()
    g = Graph()
    add = g.add
    seen = 0
    for item in read_facts_file(facts):
        if isinstance(item, Document):
            d = URIRef(f"{base}document/{segment(item.id)}")
            add((d, RDF.type, kg.Document)); add((d, kg.id, Literal(item.id)))  # noqa: E702
            add((d, kg.source, Literal(item.source))); add((d, DCTERMS.title, Literal(item.title)))  # noqa: E702
            continue
        seen += 1
        if seen > limit:
            break
        f = item
        s, o = URIRef(f"{base}entity/{segment(f.subject.id)}"), URIRef(f"{base}entity/{segment(f.object.id)}")
        for iri, e in ((s, f.subject), (o, f.object)):
            add((iri, RDF.type, URIRef(TYPE_CLASSES.get(e.type, CONCEPT))))
            add((iri, RDFS.label, Literal(e.name))); add((iri, kg.id, Literal(e.id)))  # noqa: E702
            add((iri, kg.entityType, Literal(e.type)))
            for alias in e.aliases:
                add((iri, SKOS.altLabel, Literal(alias)))
        rel = sanitize_rel_type(f.relation)
        p = URIRef(f"{base}relation/{rel}")
        add((p, RDF.type, RDF.Property)); add((p, RDFS.label, Literal(rel.lower())))  # noqa: E702
        agent = URIRef(f"{base}agent/{segment(f.extractor)}:{segment(f.extractor_version)}")
        add((agent, RDF.type, PROV.SoftwareAgent)); add((agent, RDFS.label, Literal(f.extractor)))  # noqa: E702
        add((agent, kg.version, Literal(f.extractor_version)))
        d = URIRef(f"{base}document/{segment(f.doc_id)}")
        st = URIRef(f"{base}statement/{hashlib.sha256(statement_key(f)).hexdigest()[:32]}")
        if not f.negated:
            add((s, p, o))
        for pred, obj in ((RDF.type, RDF.Statement), (RDF.type, PROV.Entity), (RDF.subject, s),
                          (RDF.predicate, p), (RDF.object, o), (kg.negated, Literal(f.negated)),
                          (PROV.wasDerivedFrom, d), (kg.sentence, Literal(f.sentence)),
                          (kg.charStart, Literal(f.char_start)), (kg.charEnd, Literal(f.char_end)),
                          (kg.confidence, Literal(decimal_lexical(f.confidence), datatype=XSD.decimal)),
                          (kg.evidence, Literal(f.evidence)), (kg.relationText, Literal(f.text)),
                          (kg.lemma, Literal(f.predicate)), (PROV.wasAttributedTo, agent)):
            add((st, pred, obj))
        if f.modality is not None:
            add((st, kg.modality, Literal(f.modality)))
        if f.attribution is not None:
            add((st, kg.attribution, Literal(f.attribution)))
    del islice
    g.serialize(destination=out, format="nt", encoding="utf-8")
    return {"seconds": time.perf_counter() - start, "triples": len(g), "facts": min(seen, limit)}


def measured(args: list[str]) -> dict[str, float]:
    """Run this script as a child doing one job; its result plus its peak RSS (MB)."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"benchmark child {args[0]} failed (status {status})")
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    result["rss_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=None, help="facts to export (default 1,000,000)")
    parser.add_argument("--quick", action="store_true", help="100,000 facts")
    parser.add_argument("--rdflib-facts", type=int, default=None,
                        help="facts rdflib builds (at most --facts; default 100,000, --quick 50,000)")
    parser.add_argument("--no-record", action="store_true", help="do not append to bench/RESULTS.md")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        job, facts, out, *rest = args.child
        result = run_kg(facts, out) if job == "kg" else run_rdflib(facts, out, int(rest[0]))
        print(json.dumps(result))
        return

    n = args.facts or (100_000 if args.quick else 1_000_000)
    n_rdflib = min(n, args.rdflib_facts or (50_000 if args.quick else 100_000))
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        facts = Path(tmp) / "facts.jsonl"
        t0 = time.perf_counter()
        make_facts(facts, n)
        print(f"made {n:,} synthetic facts ({facts.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.0f} s",
              file=sys.stderr)
        ours = measured(["--child", "kg", str(facts), str(Path(tmp) / "kg.nq")])
        print(f"kg: {ours}", file=sys.stderr)
        theirs = measured(["--child", "rdflib", str(facts), str(Path(tmp) / "rdflib.nt"), str(n_rdflib)])
        print(f"rdflib: {theirs}", file=sys.stderr)

    rate = lambda r: r["triples"] / r["seconds"]  # noqa: E731
    ratio = rate(ours) / rate(theirs)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"### RDF export, {n:,} facts — {when}",
        "",
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, "
        f"`python bench/rdf_export.py {' '.join(sys.argv[1:])}`".rstrip(),
        "",
        "| writer | facts | triples written | seconds | triples/s | peak RSS |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| kg N-Quads (stream, sort, dedupe) | {int(ours['facts']):,} | {int(ours['triples']):,} | "
        f"{ours['seconds']:.1f} | {rate(ours):,.0f} | {ours['rss_mb']:.0f} MB |",
        f"| rdflib Graph + serialize nt | {int(theirs['facts']):,} | {int(theirs['triples']):,} | "
        f"{theirs['seconds']:.1f} | {rate(theirs):,.0f} | {theirs['rss_mb']:.0f} MB |",
        "",
        f"kg / rdflib throughput: **{ratio:.1f}x** (target >= 5x); kg peak RSS {ours['rss_mb']:.0f} MB "
        f"(target < 300 MB).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_record:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    main()
