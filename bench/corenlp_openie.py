"""CoreNLP's OpenIE triples as a third source of facts under ``--corenlp`` (a measurement).

CoreNLP 4.5.7's ``openie`` annotator (it needs ``natlog``; both models are in the default models
jar the engine already fetches) splits each sentence into clauses, shortens each clause in every
way natural logic allows, and gives each shortened clause as a (subject; relation; object) triple.
Here the CoreNLP server (``docker/corenlp-local.sh start``) reads each article with
``tokenize,ssplit,pos,lemma,ner,depparse,natlog,openie`` (``LIGHT_PROPERTIES``: the same tokens,
sentences and entity mentions as kg's own request, without its slow coref and KBP); the triples
are mapped to kg facts (:func:`openie_facts`: a subject headed by a named mention, the relation's
verb lemmatised and typed through kg's predicate table, one fact per subject, predicate and object
head) and kept only where the subject (and, in a variant, the object) settles on one of kg's own
named entities of the document (:func:`kept`, :func:`kg.extract.corenlp.settled`); then they are
scored with kg's matcher (:func:`kg.eval.facts.score`) alone and beside the facts of a graph
built with ``--corenlp``.

    docker/corenlp-local.sh start          # prints KG_CORENLP_URL=...
    kg build ARTICLES --graph /tmp/dev.lbug --corenlp $KG_CORENLP_URL
    python bench/corenlp_openie.py --url $KG_CORENLP_URL --cache /tmp/openie-cache --fill ARTICLES
    python bench/corenlp_openie.py tests/data/realnews/dev/facts.jsonl --graph /tmp/dev.lbug \
        --cache /tmp/openie-cache [--wrong]

``--fill`` also asks kg's own request without and with ``natlog,openie`` for every ``--every``-th
article and keeps the seconds and whether the two answers hold the same for kg (in kg's request,
``natlog,openie`` go between ``coref`` and ``kbp``: at the end, or with ``natlog`` before
``coref``, the server refused the request, ``quote`` missing an annotation). ``--time ARTICLES`` times the two requests and the
parse alone, without and with OpenIE, in turn. ``--show`` (with ``--graph`` of other articles and
their cache) prints the kept facts kg did not say, to read them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corenlp_gain import read_graph

from kg.eval.facts import load_gold, score
from kg.extract.corenlp import (
    NER_TYPES,
    NO_NAMES,
    PROPERTIES,
    Annotated,
    _role_type,
    settled,
)
from kg.model import Document, Entity, Fact
from kg.resolve.predicates import relation_type

OPENIE_PROPERTIES = {**PROPERTIES,
                     "annotators": "tokenize,ssplit,pos,lemma,ner,depparse,coref,natlog,openie,kbp,quote"}
# What the triples need (no coref, kbp, quote: the same tokens, sentences and entity mentions).
LIGHT_PROPERTIES = {**PROPERTIES, "annotators": "tokenize,ssplit,pos,lemma,ner,depparse,natlog,openie"}
AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should",
                         "must"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
TIMES = frozenset({"DATE", "TIME", "DURATION", "SET"})
LEADING = frozenset({"DT", "PRP$", "``", "''", ",", ":", "-LRB-"})


def request(url: str, text: str, properties: dict[str, str]) -> tuple[dict[str, Any], float]:
    query = urllib.parse.quote(json.dumps(properties))
    began = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(f"{url.rstrip('/')}/?properties={query}",
                                                       data=text.encode("utf-8"), method="POST"), timeout=900) as r:
        answer: dict[str, Any] = json.loads(r.read())
    return answer, time.perf_counter() - began


def cached(document: Document, cache: Path, url: str | None,
           timed: bool = False) -> tuple[Annotated, float, float, bool | None] | None:
    """The document as CoreNLP's OpenIE read it (``LIGHT_PROPERTIES``), and, when ``timed``, the
    seconds of kg's own request without and with OpenIE (and whether their answers differ only by
    the triples); -1 when not timed."""
    path = Path(document.source)
    dest = cache / f"{path.parent.name}__{path.name}.json"
    document = dataclasses.replace(document, text=path.read_text(encoding="utf-8"))
    if not dest.exists():
        if url is None:
            return None
        light, _ = request(url, document.text, LIGHT_PROPERTIES)
        t_plain, t_openie, same, kept_answers = -1.0, -1.0, None, {}
        if timed:
            plain, t_plain = request(url, document.text, PROPERTIES)
            both, t_openie = request(url, document.text, OPENIE_PROPERTIES)
            same = same_but_openie(plain, both)
            kept_answers = {"plain": plain, "both": both}
        dest.write_text(json.dumps({"openie": light, "seconds": [t_plain, t_openie], "same": same, **kept_answers}),
                        encoding="utf-8")
        print(f"{document.source}: {t_plain:.1f}s, with openie {t_openie:.1f}s", file=sys.stderr)
    data = json.loads(dest.read_text(encoding="utf-8"))
    if "plain" in data:
        data["same"] = same_but_openie(data["plain"], data["both"])
    return Annotated(document, data["openie"]), *data["seconds"], data["same"]


def same_but_openie(plain: dict[str, Any], both: dict[str, Any]) -> bool:
    """The answer with OpenIE holds what kg reads of the plain one: the tokens, entity mentions and
    KBP triples of each sentence (in any order), the quotes, and the coref chains (by their
    mentions' spans: the chains' ids, and so a token's ``speaker`` id, may differ). Not compared:
    the dependencies, where natlog relabels the ``advmod`` of "not" as ``neg``."""
    def read(answer: dict[str, Any]) -> Any:
        chains = sorted(sorted((m["sentNum"], m["startIndex"], m["endIndex"], m["type"]) for m in c)
                        for c in answer.get("corefs", {}).values())
        return ([([{k: v for k, v in t.items() if k != "speaker"} for t in s["tokens"]], s["entitymentions"],
                  sorted(json.dumps(k, sort_keys=True) for k in s.get("kbp", []))) for s in answer["sentences"]],
                answer.get("quotes"), chains)
    return bool(read(plain) == read(both))


def _named(doc: Annotated, sent: int, begin: int, end: int) -> Entity | None:
    """The named mention that ends the span and heads it ("chief executive Tom Reed", "Nordbank's
    Vexa"; not "exports to Bergen")."""
    sentence = doc.sentences[sent]
    for m in sentence["entitymentions"]:
        if m["tokenEnd"] == end and m["tokenBegin"] >= begin and m["ner"] in NER_TYPES and m["ner"] != "TITLE" \
                and not any(t["pos"] in ("IN", "TO") or t["pos"].startswith("VB")
                            for t in sentence["tokens"][begin:m["tokenBegin"]]):
            name = doc.span(sent, m["tokenBegin"], m["tokenEnd"])
            return None if name.lower() in NO_NAMES else Entity.make(name, NER_TYPES[m["ner"]])
    return None


def _concept(doc: Annotated, sent: int, begin: int, end: int) -> Entity | None:
    """A common noun phrase without its determiner and prepositional phrases ("interest",
    not "interest in the club": OpenIE gives both, and the phrase's PP is no part of the thing)."""
    tokens = doc.sentences[sent]["tokens"]
    while begin < end and tokens[begin]["pos"] in LEADING:
        begin += 1
    words = tokens[begin:end]
    if not any(t["pos"].startswith("NN") for t in words) or any(
            t["pos"].startswith("VB") or t["pos"] in ("IN", "TO") or t["ner"] in TIMES for t in words):
        return None  # a clause, a time, a phrase with its PP, or no noun
    return Entity.make(doc.span(sent, begin, end).lower(), "CONCEPT")


def predicate_of(tokens: list[dict[str, Any]]) -> tuple[str, str, bool, bool, bool] | None:
    """(relation type, predicate, negated, passive with "by", a title) of a triple's relation tokens, or None
    when the relation holds a name (an argument OpenIE ran into it: "named Tom Reed as")."""
    if not tokens or any(t["pos"].startswith("NNP") for t in tokens):
        return None
    negated = any(t["lemma"].lower() in NEGATIONS for t in tokens)
    verbs = [i for i, t in enumerate(tokens) if t["pos"].startswith("VB")]
    if not verbs:
        return None
    main = verbs[-1]
    lemma = tokens[main]["lemma"].lower()
    after = [t for t in tokens[main + 1:] if t["pos"].startswith("NN") or t["pos"] == "JJ"]
    if lemma == "be":
        if after and tokens[-1]["word"].lower() == "of":  # "is chief executive of": the title
            title = " ".join(t["word"].lower() for t in after)
            return _role_type(title), title, negated, False, True
        if after or tokens[main + 1:]:
            return None  # "is in", "is ardent": no predicate kg writes
        return "IS_A", "be", negated, False, False
    if after:
        return None  # "signed deal in": a modifier of the clause, not the verb's object
    by = tokens[-1]["word"].lower() == "by"
    passive = tokens[main]["pos"] == "VBN" and (by or not any(tokens[i]["lemma"] == "have" for i in verbs[:-1]))
    if passive and not by:
        return None  # "was nominated at", "was ordered to": the subject is the patient, no agent named
    if lemma in AUXILIARIES and not passive and len(verbs) == 1 and lemma != "have":
        return None
    particle = [t["word"].lower() for t in tokens[main + 1:main + 2] if t["pos"] == "RP"]
    predicate = " ".join([lemma, *particle])
    control = next((tokens[i]["lemma"].lower() for i in verbs[:-1] if tokens[i]["lemma"].lower() not in AUXILIARIES), None)
    if control is not None and any(t["pos"] == "TO" for t in tokens[:main]):
        predicate = f"{control} to {predicate}"  # "agreed to commentate": typed by the control verb
    return relation_type(predicate), predicate, negated, passive, False


def openie_facts(doc: Annotated, *, longest: bool = True) -> Iterator[Fact]:
    """One fact per clause and ends: of OpenIE's overlapping entailments of one subject, predicate
    and object head, the one with the longest (or shortest) object. The subject must be a name;
    the object is a name or a common noun phrase (CONCEPT)."""
    for sent, sentence in enumerate(doc.sentences):
        best: dict[tuple[Any, ...], tuple[int, Fact]] = {}
        tokens = sentence["tokens"]
        for t in sentence.get("openie", []):
            (s0, s1), (r0, r1), (o0, o1) = t["subjectSpan"], t["relationSpan"], t["objectSpan"]
            shape = predicate_of(tokens[r0:r1])
            subject = _named(doc, sent, s0, s1)
            if shape is None or subject is None:
                continue
            relation, predicate, negated, passive, title = shape
            obj = _named(doc, sent, o0, o1) or _concept(doc, sent, o0, o1)
            if obj is None or (title and obj.type == "CONCEPT"):
                continue  # a title of no organisation: the IS_A triple of the same clause says it
            if passive:
                if obj.type == "CONCEPT":
                    continue
                subject, obj = obj, subject
            fact = dataclasses.replace(doc.fact(sent, subject, relation, predicate, obj, "corenlp-openie"),
                                       negated=negated)
            key = (subject.name, predicate, o1 - 1 if not passive else s1 - 1, negated)
            size = (o1 - o0) if longest else -(o1 - o0)
            if key not in best or size > best[key][0]:
                best[key] = (size, fact)
        yield from (fact for _, fact in best.values())


def kept(facts: list[Fact], known: list[Entity], *, named_object: bool | None) -> list[Fact]:
    """The facts whose subject is one of kg's named entities, and whose object is one too
    (``named_object``), or a common noun phrase (``named_object`` False), or either (None)."""
    out = []
    named = [k for k in known if k.type != "CONCEPT"]
    for fact in facts:
        subject, obj = settled(fact.subject, named), settled(fact.object, named)
        if subject not in named or (named_object and obj not in named) or subject == obj \
                or (named_object is False and obj.type != "CONCEPT"):
            continue
        out.append(dataclasses.replace(fact, subject=subject, object=obj))
    return out


PARSE = {**PROPERTIES, "annotators": "tokenize,ssplit,pos,lemma,ner,depparse"}


def timing(paths: list[Path], url: str | None) -> int:
    """Seconds per article of kg's request without and with natlog,openie, and of the parse alone
    without and with them; the two of a pair are asked in turn, the first of them alternating."""
    if url is None:
        raise SystemExit("--time needs --url")
    pairs = {"kg's request": (PROPERTIES, OPENIE_PROPERTIES), "parse alone": (PARSE, LIGHT_PROPERTIES)}
    totals = {name: [0.0, 0.0] for name in pairs}
    for n, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        for name, (without, with_openie) in pairs.items():
            order = [(0, without), (1, with_openie)]
            for i, properties in order if n % 2 == 0 else order[::-1]:
                totals[name][i] += request(url, text, properties)[1]
    for name, (without_s, with_s) in totals.items():
        print(f"{name}: {without_s / len(paths):.2f} s per article without OpenIE, {with_s / len(paths):.2f} with "
              f"(+{(with_s - without_s) / len(paths):.2f}) over {len(paths)} articles")
    return 0


ROW = ("precision", "recall", "fact_recall", "role_recall", "role_org_recall", "attribution", "n_judged")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("gold", nargs="?")
    parser.add_argument("--graph", help="kg's graph of the articles, built with --corenlp")
    parser.add_argument("--fill", nargs="*", type=Path, help="only ask the server for these articles (to the cache)")
    parser.add_argument("--url", help="CoreNLP server (KG_CORENLP_URL); only for articles not cached")
    parser.add_argument("--cache", required=True, type=Path)
    parser.add_argument("--every", type=int, default=10,
                        help="of --fill, time kg's request without and with OpenIE for every n-th")
    parser.add_argument("--time", nargs="*", type=Path,
                        help="time these articles without and with OpenIE, in turn (kg's request, and the parse alone)")
    parser.add_argument("--wrong", action="store_true", help="print the wrong OpenIE facts (alone)")
    parser.add_argument("--show", action="store_true",
                        help="print the kept OpenIE facts kg did not say instead of scoring")
    args = parser.parse_args(argv)
    if args.every < 1:
        parser.error("--every must be 1 or more")
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.fill:
        for n, path in enumerate(args.fill):
            cached(Document(path.name, str(path), path.stem, ""), args.cache, args.url, timed=n % args.every == 0)
        return 0
    if args.time:
        return timing(args.time, args.url)
    if args.graph is None:
        parser.error("--graph is needed")
    if args.gold is None and not args.show:
        parser.error("the gold facts file is needed to score (or --show)")
    documents, kg_facts = read_graph(args.graph)
    known: dict[str, list[Entity]] = {}
    for fact in kg_facts:
        for entity in (fact.subject, fact.object):
            if entity not in known.setdefault(fact.doc_id, []):
                known[fact.doc_id].append(entity)
    read = {d.id: a for d in documents if (a := cached(d, args.cache, args.url)) is not None}
    print(f"{len(read)} of {len(documents)} documents annotated", file=sys.stderr)
    pairs = [r for r in read.values() if r[1] >= 0]
    plain_s, openie_s = sum(r[1] for r in pairs), sum(r[2] for r in pairs)
    n = max(len(pairs), 1)
    print(f"seconds per document (the {len(pairs)} asked both ways): {plain_s / n:.2f} plain, {openie_s / n:.2f} "
          f"with openie (+{(openie_s - plain_s) / n:.2f}); {sum(bool(r[3]) for r in pairs)} of "
          f"{sum(r[3] is not None for r in pairs)} compared hold the same for kg")
    triples = sum(len(s.get("openie", [])) for r in read.values() for s in r[0].sentences)
    variants: dict[str, list[Fact]] = {}
    for name, longest, named_object in (("longest, any object", True, None), ("shortest, any object", False, None),
                                        ("longest, named object", True, True), ("longest, common object", True, False)):
        variants[name] = [f for d, r in read.items()
                          for f in kept(list(openie_facts(r[0], longest=longest)), known.get(d, []),
                                        named_object=named_object)]
    mapped = sum(len(list(openie_facts(r[0]))) for r in read.values())
    said = {(f.doc_id, f.subject.id, f.relation, f.object.id) for f in kg_facts}
    new = {k: [f for f in v if (f.doc_id, f.subject.id, f.relation, f.object.id) not in said]
           for k, v in variants.items()}  # not said by kg already
    print(f"{triples} OpenIE triples; {mapped} facts of a named subject after dedupe; kept (not said by kg already): "
          + ", ".join(f"{k} {len(v)} ({len(new[k])})" for k, v in variants.items()))
    if args.show:
        for fact in new["longest, any object"]:
            doc = next(d for d in documents if d.id == fact.doc_id)
            print(f"{Path(doc.source).parent.name}/{Path(doc.source).name}\t({fact.subject.name})-[{fact.relation} "
                  f"{fact.predicate}{' NOT' if fact.negated else ''}]->({fact.object.name}:{fact.object.type})\t"
                  f"{' '.join(fact.evidence.split())[:200]}")
        return 0
    gold = load_gold(args.gold)
    print(f"{'run':48}" + "".join(f"{c[:11]:>12}" for c in ROW))
    runs = {"kg --corenlp": kg_facts, **{f"openie alone ({k})": v for k, v in variants.items()},
            **{f"kg --corenlp + openie ({k})": kg_facts + v for k, v in variants.items()}}
    for name, facts in runs.items():
        result = score(gold, documents, facts)
        if args.wrong and name.startswith("openie alone (longest, any"):
            for fact in result.wrong:
                print(f"  wrong: ({fact.subject.name})-[{fact.relation} {fact.predicate}]->({fact.object.name})  "
                      f"{' '.join(fact.evidence.split())[:160]}")
        cells = ["-" if c == "precision" and not result.n_judged else getattr(result, c) for c in ROW]
        print(f"{name:48}" + "".join(f"{v:>12.4f}" if isinstance(v, float) else f"{v:>12}" for v in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
