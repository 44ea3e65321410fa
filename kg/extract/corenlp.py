"""Stanford CoreNLP as an optional second engine beside spaCy (``kg build --corenlp URL``).

A CoreNLP server (``docker/corenlp-local.sh start`` runs one) reads each document with
``tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,quote``. Two of its outputs add to kg's own
facts, each measured on the real-news dev gold and read on unseen news (README, "Round 14: a
second engine, Stanford CoreNLP"; ``bench/corenlp_gain.py``):

- **KBP titles** (``per:title``, with the organisations ``per:employee_or_member_of`` and
  ``org:top_members_employees`` name for the person in the same sentence): a role fact shaped
  as kg's own (typed by the title noun, or ROLE; IS_A the title when no organisation is named).
  The other KBP slots are left out: on dev, 0.14 of their facts were right (``per:origin`` 7
  of 118, ``per:spouse`` 1 of 94; headquarters about half).
- **Quote speakers** (the ``quote`` annotator with attribution): a SAY fact from the speaker to
  the quoted words, where the text names the speaker.

A third output changes kg's own facts: **coref chains** (:func:`coref_chains`) ride on each
document into kg's extraction, and a fact's subject or object that kg's own references left
unresolved ("he", "they", "the bank") takes the name of its chain (rule ``corenlp-coref``,
:mod:`kg.resolve.coreference`). So CoreNLP reads a document before kg parses it
(:class:`CoreNLPEngine`).

CoreNLP is GPL-3.0 Java; kg only talks to a server over HTTP (standard library, no client
package), so nothing of it is imported or bundled.
"""

from __future__ import annotations

import dataclasses
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from kg.errors import InputError
from kg.model import Chain, Document, Entity, Extraction, Fact
from kg.resolve.predicates import is_listed, relation_type

__all__ = ["ANNOTATORS", "Annotated", "CoreNLPEngine", "annotate", "check_server", "coref_chains",
           "corenlp_facts", "quote_facts", "settled", "speaker", "title_facts"]

ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,quote"
# A blank line ends a sentence: a headline has no full stop, and CoreNLP's splitter otherwise
# runs it into the first sentence ("Nordbank names successor to Reed\n\nNordbank has named ..."
# gave the firm "Reed Nordbank").
PROPERTIES = {"annotators": ANNOTATORS, "outputFormat": "json", "coref.algorithm": "statistical",
              "quote.attributeQuotes": "true", "ssplit.newlineIsSentenceBreak": "two", "timeout": "600000"}
EXTRACTOR = "corenlp-4.5.7"
# CoreNLP's NER classes as kg's entity types.
NER_TYPES = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "CITY": "GPE", "COUNTRY": "GPE",
             "STATE_OR_PROVINCE": "GPE", "LOCATION": "LOC", "NATIONALITY": "NORP",
             "RELIGION": "NORP", "IDEOLOGY": "NORP", "TITLE": "CONCEPT", "MISC": "OTHER"}
# Words CoreNLP gives as a speaker or a KBP subject that name nobody.
NO_NAMES = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we",
                      "you", "unknown"})
# "triple-play", "cell blocks": words a sentence puts in quotes without anyone saying them.
MIN_QUOTE_WORDS = 4
CONFIDENCE = 0.8
# Documents at the server at once: docker/corenlp-local.sh starts it with two worker threads.
WORKERS = 2


def annotate(url: str, text: str, *, timeout: float = 900) -> dict[str, Any]:
    """The CoreNLP server's JSON for one text; an unreachable or failing server is an InputError."""
    query = urllib.parse.quote(json.dumps(PROPERTIES))
    request = urllib.request.Request(f"{url.rstrip('/')}/?properties={query}", data=text.encode("utf-8"),
                                     method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            result: dict[str, Any] = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        raise InputError(f"CoreNLP server at {url} failed: HTTP {exc.code} {exc.read()[:200]!r}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"CoreNLP server at {url} is not reachable ({reason}); "
                         "start one with docker/corenlp-local.sh start") from None
    except ValueError as exc:  # an answer that is not CoreNLP's JSON: another server at the URL
        raise InputError(f"the server at {url} did not answer as CoreNLP does ({exc})") from None
    return result


def check_server(url: str) -> None:
    """An InputError, in one line, unless a CoreNLP server answers at ``url``. A server whose
    workers are all busy answers ``/ready`` late: a timeout after connecting counts as there."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/ready", timeout=10) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        raise InputError(f"the CoreNLP server at {url} is not ready (HTTP {exc.code})") from None
    except TimeoutError:
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            return
        raise InputError(f"no CoreNLP server answers at {url} ({reason}); "
                         "start one with docker/corenlp-local.sh start") from None


class Annotated:
    """One document as CoreNLP read it: spans as the document's text, entities, quotes."""

    def __init__(self, document: Document, ann: dict[str, Any]) -> None:
        self.document, self.sentences = document, ann["sentences"]
        self.quotes: list[dict[str, Any]] = ann.get("quotes", [])
        self.coref: dict[str, list[dict[str, Any]]] = ann.get("corefs", {})
        # KBP names a slot by its tokens joined with spaces ("Jean - Paul Roux"), and may fill it
        # from a coreferent mention in another sentence: names are looked up among the mentions.
        self.mentions: dict[str, tuple[str, str]] = {}
        for i, sentence in enumerate(self.sentences):
            for m in sentence["entitymentions"]:
                words = " ".join(t["word"] for t in sentence["tokens"][m["tokenBegin"]:m["tokenEnd"]])
                self.mentions.setdefault(words, (self.span(i, m["tokenBegin"], m["tokenEnd"]), m["ner"]))
        self.persons = sorted({text for text, ner in self.mentions.values() if ner == "PERSON"}, key=len, reverse=True)

    def span(self, sent: int, begin: int, end: int) -> str:
        tokens = self.sentences[sent]["tokens"][begin:end]
        return self.document.text[tokens[0]["characterOffsetBegin"]:tokens[-1]["characterOffsetEnd"]]

    def slot(self, words: str) -> tuple[str, str]:
        """A KBP slot's words as the document writes them, and their NER class."""
        return self.mentions.get(words) or (words.replace(" - ", "-"), "O")

    def entity(self, words: str) -> Entity:
        name, ner = self.slot(words)
        return Entity.make(name, NER_TYPES.get(ner, "OTHER"))

    def person(self, name: str) -> str:
        """A person's fullest name in the document ("Reed" → "Tom Reed"); a name no PERSON
        mention of the document holds comes back as it is."""
        return next((full for full in self.persons if full == name or full.endswith(" " + name)), name)

    def fact(self, sent: int, subject: Entity, relation: str, predicate: str, obj: Entity, rule: str) -> Fact:
        tokens = self.sentences[sent]["tokens"]
        start, end = tokens[0]["characterOffsetBegin"], tokens[-1]["characterOffsetEnd"]
        fact = Fact(subject=subject, relation=relation, predicate=predicate, text=predicate, object=obj,
                    confidence=CONFIDENCE, doc_id=self.document.id, sentence=sent, char_start=start, char_end=end,
                    evidence=self.document.text[start:end], subject_text=subject.name, object_text=obj.name,
                    rule=rule, extractor=EXTRACTOR)
        return self.document.in_source(fact)


def employers(doc: Annotated, sentence: dict[str, Any]) -> dict[str, list[Entity]]:
    """Person's fullest name → the organisations KBP employs them at in this sentence (KBP's
    memberships from elsewhere in a document named the wrong employer on unseen news)."""
    orgs: dict[str, list[Entity]] = {}
    for t in sentence.get("kbp", []):
        if t["relation"] == "per:employee_or_member_of":
            person, org = t["subject"], t["object"]
        elif t["relation"] == "org:top_members_employees":
            person, org = t["object"], t["subject"]
        else:
            continue
        entity = doc.entity(org)
        held = orgs.setdefault(doc.person(doc.slot(person)[0]), [])
        if entity.type != "PERSON" and entity not in held:
            held.append(entity)
    return orgs


def _role_type(title: str) -> str:
    """kg's type of a role fact: the title's own ("chairman" → HEAD) or its last noun's, else ROLE."""
    head = title.split()[-1]
    for words in (title, head):
        if is_listed(words):
            return relation_type(words)
    return "ROLE"


def title_facts(doc: Annotated) -> Iterator[Fact]:
    """KBP ``per:title``: (person)-[title type]->(organisation), or IS_A the title when none is named."""
    for sent, sentence in enumerate(doc.sentences):
        orgs = employers(doc, sentence)
        for t in sentence.get("kbp", []):
            if t["relation"] != "per:title":
                continue
            name, ner = doc.slot(t["subject"])
            if name.lower() in NO_NAMES or ner != "PERSON":
                continue
            full = doc.person(name)
            person, title = Entity.make(full, "PERSON"), doc.slot(t["object"])[0].lower()
            for org in orgs.get(full, []):
                yield doc.fact(sent, person, _role_type(title), title, org, "corenlp-kbp-title")
            if not orgs.get(full):
                yield doc.fact(sent, person, "IS_A", title, Entity.make(title, "CONCEPT"), "corenlp-kbp-title")


# The pronouns a speaker mention may be ("..., he said."): CoreNLP names its referent.
SPEAKER_PRONOUNS = frozenset({"he", "she"})


def speaker(doc: Annotated, quote: dict[str, Any]) -> str | None:
    """The quote's speaker as a name, when the text names the speaker of this quote by a name or
    "he"/"she" ("said Reed", "Reed said:", "he added"). Without such a mention CoreNLP falls back to
    a person of the document, and a common noun ("one trader said") is nobody kg can name: on
    unseen news those were wrong more often than right."""
    mention = quote.get("mention") or ""
    if not mention or not (mention[0].isupper() or mention.lower() in SPEAKER_PRONOUNS):
        return None
    for name in (quote.get("speaker"), quote.get("canonicalSpeaker")):
        if name and name.lower() not in NO_NAMES and (full := doc.person(name)) in doc.persons:
            return full
    return None


def quote_facts(doc: Annotated) -> Iterator[Fact]:
    """(speaker)-[SAY]->(the quoted words), for quotes of at least MIN_QUOTE_WORDS words."""
    for quote in doc.quotes:
        name = speaker(doc, quote)
        words = quote["text"].strip("\"'“”‘’ ")
        if name is None or len(words.split()) < MIN_QUOTE_WORDS:
            continue
        yield doc.fact(quote["beginSentence"], Entity.make(name, "PERSON"), "SAY", "say",
                       Entity.make(words, "CONCEPT"), "corenlp-quote")


def corenlp_facts(doc: Annotated) -> list[Fact]:
    return [*title_facts(doc), *quote_facts(doc)]


def coref_chains(doc: Annotated) -> tuple[Chain, ...]:
    """CoreNLP's coref chains that hold a name, as kg's :class:`~kg.model.Chain`: each chain's
    proper mentions as the names CoreNLP's NER reads at their head ("Tom Reed", PERSON), and the
    head word of each of its pronouns and descriptions ("he", "the bank")."""
    chains: list[Chain] = []
    for mentions in doc.coref.values():
        names: list[tuple[str, str]] = []
        references: list[tuple[int, int]] = []
        for m in sorted(mentions, key=lambda m: not m["isRepresentativeMention"]):
            sentence = doc.sentences[m["sentNum"] - 1]
            head = m["headIndex"] - 1
            if m["type"] == "PROPER":
                named = next((e for e in sentence["entitymentions"] if e["tokenBegin"] <= head < e["tokenEnd"]), None)
                kind = NER_TYPES.get(named["ner"], "CONCEPT") if named is not None else "CONCEPT"
                if named is not None and kind != "CONCEPT":
                    names.append((doc.span(m["sentNum"] - 1, named["tokenBegin"], named["tokenEnd"]), kind))
            elif m["type"] in ("PRONOMINAL", "NOMINAL"):
                token = sentence["tokens"][head]
                references.append((token["characterOffsetBegin"], token["characterOffsetEnd"]))
        if names and references:
            chains.append(Chain(tuple(dict.fromkeys(names)), tuple(references)))
    return tuple(chains)


class CoreNLPEngine:
    """CoreNLP beside kg's own extraction (``--corenlp URL``), in two steps around it: :meth:`read`
    asks the server for each document before kg parses it, and hands the document on with
    CoreNLP's coref chains (kg's resolver falls back on them, :mod:`kg.resolve.coreference`);
    :meth:`add` adds CoreNLP's facts to the document's extraction, their names settled on the
    document's own entities (:func:`settled`). One request a document."""

    def __init__(self, url: str, workers: int | None = None) -> None:
        self.url = url
        self.workers = workers or WORKERS
        # CoreNLP's facts of the documents read and not yet extracted, by document id in reading
        # order (two documents of the same text have the same id and the same facts)
        self._facts: dict[str, deque[list[Fact]]] = defaultdict(deque)

    def read(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents in the order they come, each with CoreNLP's coref chains. Up to
        ``workers`` of them are at the server at once (its worker threads read them side by side)
        while kg parses the ones before; the answers are taken in document order, so all is as
        one document at a time."""
        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="kg-corenlp")
        pending: deque[tuple[Document, Future[dict[str, Any]]]] = deque()
        try:
            for document in documents:
                pending.append((document, pool.submit(annotate, self.url, document.text)))
                if len(pending) > self.workers:
                    yield self._answered(*pending.popleft())
            while pending:
                yield self._answered(*pending.popleft())
        finally:  # a reader that stops early does not wait for the documents still at the server
            pool.shutdown(wait=False, cancel_futures=True)

    def _answered(self, document: Document, asked: Future[dict[str, Any]]) -> Document:
        doc = Annotated(document, asked.result())
        self._facts[document.id].append(corenlp_facts(doc))
        return dataclasses.replace(document, chains=coref_chains(doc))

    def add(self, extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        for extraction in extractions:
            waiting = self._facts.get(extraction.document.id)
            found = waiting.popleft() if waiting else []
            if waiting is not None and not waiting:
                del self._facts[extraction.document.id]
            if extraction.failure is not None:
                yield extraction
                continue
            known = extraction.entities
            added = [dataclasses.replace(f, subject=settled(f.subject, known), object=settled(f.object, known))
                     for f in found]
            yield dataclasses.replace(extraction, facts=[*extraction.facts, *added])


def settled(entity: Entity, known: list[Entity]) -> Entity:
    """``entity`` as one of the document's own (``known``: kg's resolved entities) when one of them
    is named so (its name or an alias), or, for a person, is the one person whose full name ends
    in this name or in whose name this one ends ("Reed", "Tom Reed"); else ``entity`` as it is. Two
    engines name one person two ways, and the graph must hold one node for them."""
    if entity.type == "CONCEPT":
        return entity
    name = entity.name.lower()
    same = [k for k in known if k.type != "CONCEPT" and name in (k.name.lower(), *(a.lower() for a in k.aliases))]
    if same:
        return same[0]
    if entity.type == "PERSON":
        people = [k for k in known if k.type == "PERSON"
                  and (k.name.lower().endswith(" " + name) or name.endswith(" " + k.name.lower()))]
        if len(people) == 1:
            return people[0]
    return entity

