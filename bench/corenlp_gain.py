"""What a Stanford CoreNLP server adds to kg's facts on the real-news gold (a measurement).

CoreNLP (started by ``docker/corenlp-local.sh start``) annotates each gold article as
:mod:`kg.extract.corenlp` asks it to. The gold is scored with kg's own matcher
(:func:`kg.eval.facts.score`) for kg alone, for what ``--corenlp`` adds (KBP titles, quote
speakers as SAY facts) alone and with kg, and for what it leaves out (the other KBP slots;
descriptions that coref chains to a named person, as titles; quote speakers as the attribution
of kg's facts inside the quote). Last, an upper
bound for coref: the gold facts kg misses whose sentence names the subject only by a pronoun or
description that CoreNLP's coref resolves to it.

    docker/corenlp-local.sh start          # prints KG_CORENLP_URL=...
    kg build ARTICLES --graph /tmp/dev.lbug
    python bench/corenlp_gain.py tests/data/realnews/dev/facts.jsonl --graph /tmp/dev.lbug \
        --url $KG_CORENLP_URL --cache /tmp/corenlp-cache

The CoreNLP JSON of each article is cached (``--cache``); with every article cached no server is
needed. ``--by-rule`` adds, for the CoreNLP-only runs, the judged facts right of each rule.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.eval.facts import GoldFact, load_gold, predicate_matches, said_in, score
from kg.eval.gold import name_matches
from kg.extract.corenlp import NO_NAMES, Annotated, annotate, quote_facts, speaker, title_facts
from kg.model import Document, Entity, Fact
from kg.resolve.demonyms import country_of

# The KBP slots beside per:title, as kg facts, to measure them (kg.extract.corenlp leaves them out).
KBP_RELATIONS = {
    "org:city_of_headquarters": ("BASE", "base", False),
    "org:stateorprovince_of_headquarters": ("BASE", "base", False),
    "org:country_of_headquarters": ("BASE", "base", False),
    "per:origin": ("FROM", "from", False),
    "org:subsidiaries": ("OWN", "own", False),
    "org:parents": ("OWN", "own", True),
    "org:founded_by": ("FOUND", "found", True),
    "per:spouse": ("MARRY", "marry", False),
}


def other_kbp_facts(doc: Annotated) -> Iterator[Fact]:
    """kg facts from the KBP slots in KBP_RELATIONS (a demonym object as its country)."""
    for sent, sentence in enumerate(doc.sentences):
        for t in sentence.get("kbp", []):
            if t["relation"] not in KBP_RELATIONS:
                continue
            kind, predicate, swap = KBP_RELATIONS[t["relation"]]
            subject, obj = doc.entity(t["subject"]), doc.entity(t["object"])
            if swap:
                subject, obj = obj, subject
            if obj.type == "NORP":  # "Russian oil giant Yukos": the country the demonym names
                country = country_of(obj.name)
                if country is None:
                    continue
                obj = Entity.make(country, "GPE")
            if {subject.name.lower(), obj.name.lower()} & NO_NAMES or _same(subject, obj):
                continue
            yield doc.fact(sent, subject, kind, predicate, obj, "kbp-" + t["relation"].split(":")[1])


def _same(a: Entity, b: Entity) -> bool:
    """One name within the other ("News Corp" and "News Corporation" by their first word)."""
    x, y = a.name.lower().split(), b.name.lower().split()
    return x[0] == y[0] or " ".join(x) in " ".join(y) or " ".join(y) in " ".join(x)


DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those"])


def coref_role_facts(doc: Annotated) -> Iterator[Fact]:
    """"Tom Reed ... the Nordbank chairman said": a description that CoreNLP's coref puts in the
    chain of a named person, as a title of that person."""
    for chain in doc.coref.values():
        head = next((m for m in chain if m["isRepresentativeMention"]), None)
        if head is None or head["type"] != "PROPER":
            continue
        sent = head["sentNum"] - 1
        if doc.sentences[sent]["tokens"][head["headIndex"] - 1]["ner"] != "PERSON":
            continue
        person = Entity.make(doc.person(doc.span(sent, head["startIndex"] - 1, head["endIndex"] - 1)), "PERSON")
        for m in chain:
            words = m["text"].split()
            while words and words[0].lower() in DETERMINERS:
                words = words[1:]
            if m["type"] != "NOMINAL" or not words or len(words) > 4 or not words[0][0].isalpha():
                continue
            title = " ".join(words).lower()
            if not set(title.split()) & set(person.name.lower().split()):
                yield doc.fact(m["sentNum"] - 1, person, "IS_A", title, Entity.make(title, "CONCEPT"), "coref-title")


def attribute(facts: Iterable[Fact], doc: Annotated) -> Iterator[Fact]:
    """kg's facts, each said inside an attributed quote getting the speaker as its attribution
    when kg gave it none (and the speaker is not its subject). Measured and left out of
    ``--corenlp``: no gain on dev, and on reading it named the wrong speaker often."""
    source = doc.document.source_offset
    spans = [(source(q["beginIndex"]), source(q["endIndex"]), name) for q in doc.quotes if (name := speaker(doc, q))]
    for fact in facts:
        if fact.attribution is None:
            name = next((n for begin, end, n in spans if begin <= fact.char_start < end), None)
            if name is not None and fact.subject.name != name:
                fact = dataclasses.replace(fact, attribution=name)
        yield fact


def coref_names(doc: Annotated) -> dict[int, list[tuple[str, str]]]:
    """Sentence → (mention text, its chain's representative name) for every pronoun or
    description whose chain a proper mention heads."""
    out: dict[int, list[tuple[str, str]]] = {}
    for chain in doc.coref.values():
        head = next((m for m in chain if m["isRepresentativeMention"]), None)
        if head is None or head["type"] != "PROPER":
            continue
        name = doc.span(head["sentNum"] - 1, head["startIndex"] - 1, head["endIndex"] - 1)
        for m in chain:
            if m["type"] in ("PRONOMINAL", "NOMINAL"):
                out.setdefault(m["sentNum"] - 1, []).append((m["text"], name))
    return out


def _sentence(doc: Annotated, sent: int) -> str:
    tokens = doc.sentences[sent]["tokens"]
    return " ".join(doc.document.text[tokens[0]["characterOffsetBegin"]:tokens[-1]["characterOffsetEnd"]].split())


def coref_reach(gold: list[GoldFact], documents: list[Document], kg_facts: list[Fact],
                docs: dict[str, Annotated]) -> tuple[int, int, int]:
    """Of the gold facts kg misses (roles aside): how many have a sentence where CoreNLP's coref
    names the gold subject through a pronoun or description, and how many of those kg said with
    the right predicate and object but another subject (a fix coref could make)."""
    missed = [g for g in score(gold, documents, kg_facts).missed if not g.is_role]
    by_doc: dict[str, list[Fact]] = {}
    for fact in kg_facts:
        by_doc.setdefault(fact.doc_id, []).append(fact)
    by_article = {g.article: d for g in gold for d in docs.values() if d.document.source.endswith("/" + g.article)}
    named = fixable = 0
    for g in missed:
        doc = by_article.get(g.article)
        if doc is None:
            continue
        start, names = " ".join(g.evidence.split())[:40], coref_names(doc)
        refs = [name for i in range(len(doc.sentences)) if start and start in _sentence(doc, i)
                for text, name in names.get(i, []) if name_matches(g.subject, [name]) and not name_matches(g.subject, [text])]
        if not refs:
            continue
        named += 1
        fixable += any(predicate_matches(g.relation, f) and g.object is not None
                       and name_matches(g.object, (f.object.name, *f.object.aliases), common=f.object.type == "CONCEPT")
                       for f in said_in(g, by_doc.get(doc.document.id, [])))
    return len(missed), named, fixable


def cached(document: Document, cache: Path, url: str | None) -> Annotated | None:
    """The document as CoreNLP read it, from the cache or (with ``url``) from the server."""
    path = Path(document.source)
    dest = cache / f"{path.parent.name}__{path.name}.json"
    document = dataclasses.replace(document, text=path.read_text(encoding="utf-8"))
    if not dest.exists():
        if url is None:
            return None
        began = time.perf_counter()
        dest.write_text(json.dumps(annotate(url, document.text)), encoding="utf-8")
        print(f"annotated {document.source} in {time.perf_counter() - began:.1f}s", file=sys.stderr)
    return Annotated(document, json.loads(dest.read_text(encoding="utf-8")))


def read_graph(graph: str) -> tuple[list[Document], list[Fact]]:
    from kg.export.sources import read_store

    documents: list[Document] = []
    facts: list[Fact] = []
    for item in read_store(graph):
        if isinstance(item, Document):
            documents.append(item)
        else:
            facts.append(item)
    return documents, facts


ROW = ("precision", "recall", "fact_recall", "role_recall", "role_org_recall", "attribution", "n_judged")


def runs(kg_facts: list[Fact], docs: dict[str, Annotated]) -> dict[str, list[Fact]]:
    """The fact sets to score: kg alone, CoreNLP alone, and kg with each CoreNLP source."""
    titles = [f for d in docs.values() for f in title_facts(d)]
    quotes = [f for d in docs.values() for f in quote_facts(d)]
    other = [f for d in docs.values() for f in other_kbp_facts(d)]
    described = [f for d in docs.values() for f in coref_role_facts(d)]
    by_doc: dict[str, list[Fact]] = {}
    for fact in kg_facts:
        by_doc.setdefault(fact.doc_id, []).append(fact)
    attributed = [f for d, fs in by_doc.items() for f in (attribute(fs, docs[d]) if d in docs else fs)]
    return {"kg": kg_facts, "corenlp (titles + quotes)": titles + quotes, "corenlp other kbp": other,
            "kg + titles": kg_facts + titles, "kg + quotes": kg_facts + quotes, "kg attributed": attributed,
            "kg + other kbp": kg_facts + other, "kg + coref titles": kg_facts + described,
            "kg + corenlp (--corenlp)": kg_facts + titles + quotes,
            "kg attributed + titles + quotes": attributed + titles + quotes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--graph", required=True, help="kg's graph of the gold articles")
    parser.add_argument("--url", help="CoreNLP server (KG_CORENLP_URL); only for articles not cached")
    parser.add_argument("--cache", required=True, type=Path)
    parser.add_argument("--by-rule", action="store_true", help="judged and wrong facts of each CoreNLP rule")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    gold = load_gold(args.gold)
    documents, kg_facts = read_graph(args.graph)
    docs = {d.id: a for d in documents if (a := cached(d, args.cache, args.url)) is not None}
    print(f"{len(docs)} of {len(documents)} documents annotated", file=sys.stderr)
    print(f"{'run':32}" + "".join(f"{c[:11]:>12}" for c in ROW))
    for name, facts in runs(kg_facts, docs).items():
        result = score(gold, documents, facts)
        print(f"{name:32}" + "".join(f"{v:>12.4f}" if isinstance(v := getattr(result, c), float) else f"{v:>12}"
                                     for c in ROW))
        if args.by_rule and name.startswith("corenlp"):
            wrong = Counter(f.rule for f in result.wrong)
            judged = Counter(f.rule for f in facts if f.subject.type != "CONCEPT" and f.object.type != "CONCEPT")
            print("    right/judged by rule: " + ", ".join(f"{r} {judged[r] - wrong[r]}/{judged[r]}" for r in judged))
    n_missed, named, fixable = coref_reach(gold, documents, kg_facts, docs)
    print(f"coref: of {n_missed} gold facts (roles aside) kg misses, {named} have a sentence where CoreNLP's "
          f"coref names the gold subject through a pronoun or description; kg said {fixable} of those "
          "with another subject")
    return 0


if __name__ == "__main__":
    sys.exit(main())
