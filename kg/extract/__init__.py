"""Sentences in, facts out: the rule-based extractor over spaCy's parse.

``extract_documents`` streams: it parses the segments of many documents in one ``nlp.pipe`` call
(batched) and yields one :class:`~kg.model.Extraction` per document as soon as its last segment is
parsed. With ``processes > 1`` whole chunks of documents go to worker processes, which parse *and*
extract and send back only the facts (spaCy's own ``n_process`` ships every parsed ``Doc`` back and
leaves the rules to the parent, which then limits the speed-up).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

from kg import __version__
from kg.extract.base import Proposition
from kg.extract.name_repairs import join_place_nationalities
from kg.extract.nlp import load_model
from kg.model import Document, Entity, Extraction, Fact, Failure, Segment

EXTRACTOR_NAME = "kg-rules"
# Captions are text, but what a caption says is less certain than what the article says.
CAPTION_WEIGHT = 0.7


# A document is read in parts of about this many characters: entities are resolved within a part,
# and only one part's parses are held at once, so a document of any size (a 50 MB single line)
# is read in memory that does not grow with it and in time linear in it. A news article is one part.
PART_CHARS = 100_000


def _segment_texts(documents: Iterable[Document]) -> Iterator[tuple[str, tuple[int, int, Document]]]:
    for n, doc in enumerate(documents):
        part = size = 0
        for seg in doc.segments:
            if size >= PART_CHARS:
                part, size = part + 1, 0
            size += seg.end - seg.start
            yield doc.text[seg.start:seg.end], (n, part, doc)


# Work for one worker task: documents are grouped until they hold this many characters.
CHUNK_CHARS = 20_000


def extract_documents(
    documents: Iterable[Document],
    *,
    processes: int = 1,
    batch_size: int = 128,
    model: str | None = None,
    concept_facts: bool = False,
) -> Iterator[Extraction]:
    """Extract facts from every document, in order, streaming.

    ``concept_facts=True`` keeps facts between two common-noun CONCEPTs, which the graph leaves
    out by default (see :meth:`kg.resolve.FactBuilder.graph_facts`).
    """
    if processes > 1:
        yield from _extract_parallel(documents, processes, batch_size, model, concept_facts)
        return
    nlp = load_model(model)
    parsed = nlp.pipe(_segment_texts(documents), as_tuples=True, batch_size=batch_size)
    for _, group in groupby(parsed, key=lambda item: item[1][0]):
        yield _document_facts(group, concept_facts)


def _chunks(documents: Iterable[Document]) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    size = 0
    for doc in documents:
        chunk.append(doc)
        size += len(doc.text)
        if size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _extract_chunk(chunk: list[Document], batch_size: int, model: str | None,
                   concept_facts: bool = False) -> list[Extraction]:
    return list(extract_documents(chunk, processes=1, batch_size=batch_size, model=model,
                                  concept_facts=concept_facts))


def _extract_parallel(documents: Iterable[Document], processes: int, batch_size: int,
                      model: str | None, concept_facts: bool = False) -> Iterator[Extraction]:
    """Chunks of documents over a pool of worker processes, results in input order. At most two
    chunks a worker are in flight, so a corpus of any size is never read into memory at once."""
    load_model(model)  # fail here, in one clear error, if the model is missing
    # Where it exists, "fork" (as spaCy's n_process does): the workers share the loaded model and
    # a caller's script needs no `if __name__ == "__main__"` guard. Elsewhere each spawned worker
    # loads the model once (about a second).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(processes, initializer=load_model, initargs=(model,)) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(documents):
            pending.append(pool.apply_async(_extract_chunk, (chunk, batch_size, model, concept_facts)))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


class _Failed(Exception):
    """An internal error in one part of a document, at ``sentence`` (from 1; None: before any)."""

    def __init__(self, sentence: int | None, error: str) -> None:
        super().__init__(error)
        self.sentence = sentence
        self.error = error


def _document_facts(group: Iterable[Any], concept_facts: bool = False) -> Extraction:
    """One document's facts, from its parsed segments (``(doc, (n, part, document))``), part by
    part. An internal error (a bug: a rule meeting a parse it did not expect) costs this document
    only: it comes back as a :class:`~kg.model.Failure` naming the sentence."""
    document: Document | None = None
    facts: list[Fact] = []
    mentions: dict[str, Entity] = {}
    failure: Failure | None = None
    sentences = segments = 0
    group = list(group)
    # a club's name read in one paragraph is the same words in the others (kg.extract.name_repairs)
    try:
        join_place_nationalities([spacy_doc for spacy_doc, _ in group])
    except Exception as exc:  # a bug costs this document only, as one in a part's rules does
        first = group[0][1][2]
        return Extraction(first, [], Failure(first.source, None, " ".join(f"{type(exc).__name__}: {exc}".split())))
    for _, part in groupby(group, key=lambda item: item[1][1]):
        items = list(part)
        document = items[0][1][2]
        if failure is None:
            try:
                found, sentences, named = _part_facts(
                    document, document.segments[segments:segments + len(items)],
                    [spacy_doc for spacy_doc, _ in items], sentences, concept_facts)
                facts.extend(found)
                for entity in named:  # a name in two parts of a long document: one entity
                    mentions.setdefault(entity.id, entity)
            except _Failed as failed:
                failure = Failure(document.source, failed.sentence, failed.error)
        segments += len(items)
    assert document is not None
    if failure is not None:
        return Extraction(document, [], failure)
    return Extraction(document, [document.in_source(fact) for fact in facts], mentions=tuple(mentions.values()))


def _part_facts(document: Document, segments: tuple[Segment, ...], parsed: list,  # type: ignore[type-arg]
                first_sentence: int, concept_facts: bool = False) -> tuple[list[Fact], int, list[Entity]]:
    """The facts of one part of a document (its ``segments``, parsed), the number of the
    sentence after it (sentences are numbered from ``first_sentence`` on) and the named entities
    the part mentions."""
    # (imported here, not at the top: kg.resolve's modules import kg.extract's rules, and importing
    # any kg.extract module runs this package first; the rules and the resolver imported at its top
    # made a circle whenever a kg.resolve module was imported on its own, e.g. kg.resolve.speakers
    # -> kg.extract -> kg.resolve.facts -> kg.resolve.entities -> kg.resolve.speakers)
    from kg.extract.repair import repair_parse
    from kg.extract.rules import sentence_propositions
    from kg.extract.speech import QuotedSpeakers
    from kg.resolve.entities import DocumentResolver
    from kg.resolve.facts import FactBuilder

    sentence: int | None = None
    try:
        resolver = DocumentResolver()
        builder = FactBuilder(resolver, document.id, EXTRACTOR_NAME, __version__,
                              concept_facts=concept_facts, chains=document.chains)
        pending: list[tuple[Proposition, int, int, float]] = []
        speakers = QuotedSpeakers()  # a quotation that runs on is its speaker's (kg.extract.speech)
        for seg, spacy_doc in zip(segments, parsed, strict=True):
            repair_parse(spacy_doc)  # before the resolver reads the names (kg.extract.repair)
            first = first_sentence + resolver.add_segment(spacy_doc)
            weight = CAPTION_WEIGHT if seg.kind == "caption" else 1.0
            for n, sent in enumerate(spacy_doc.sents):
                sentence = first + n
                props = sentence_propositions(sent, graph_only=True)
                for prop in [*props, *speakers.propositions(sent, props)]:
                    builder.observe(prop)
                    pending.append((prop, seg.start, sentence, weight))
        facts: dict[tuple[object, ...], Fact] = {}
        for prop, offset, sentence, weight in pending:
            for fact in builder.facts(prop, offset, sentence, weight):
                # One sentence can state a fact twice (two rules agree): keep the surest reading.
                # A ROLE's title is part of what it states: "stepped down as director and chairman
                # of Vexa" gives two ROLE facts on one edge, "former director" and "former
                # chairman", and both are kept (the graph holds each as a record of the edge):
                # posts held at a named organisation, not a common noun ("author of a report").
                titled = fact.relation == "ROLE" and fact.object.type != "CONCEPT"
                key = (*fact.key, fact.provenance_key, fact.predicate if titled else None)
                if key not in facts or facts[key].confidence < fact.confidence:
                    facts[key] = fact
        kept = builder.graph_facts(list(facts.values()))
        named = resolver.named_entities()
    except Exception as exc:
        raise _Failed(None if sentence is None else sentence + 1,
                      " ".join(f"{type(exc).__name__}: {exc}".split())) from None
    return kept, first_sentence + resolver.sentence_count(), named


def facts_of_parsed(document: Document, parsed: list) -> Extraction:  # type: ignore[type-arg]
    """Facts of a document whose segments someone else parsed (one spaCy Doc a segment, in order),
    such as a spaCy user's own pipeline running the ``kg_facts`` component."""
    try:
        facts, _, named = _part_facts(document, document.segments, parsed, 0)
        return Extraction(document, [document.in_source(fact) for fact in facts], mentions=tuple(named))
    except _Failed as failed:
        return Extraction(document, [], Failure(document.source, failed.sentence, failed.error))


def extract_text(text: str, source: str = "<text>", *, concept_facts: bool = False) -> Extraction:
    """Facts from one text in memory: the quickest way to try kg in a notebook."""
    from kg.ingest import make_document

    return next(extract_documents([make_document(text, source)], concept_facts=concept_facts))
