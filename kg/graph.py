"""A handle on a graph store: query it, count it, load into it, change it.

:func:`open_graph` opens the store a graph string names (see :mod:`kg.stores`); :class:`Graph`
makes the checks every store shares (a write without ``write=True``, a missing parameter) once,
before the store sees a query, and loads in bounded transactions.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.model import Extraction, LoadSummary, extraction_digest
from kg.stores import GraphStore, QueryResult, check_query

# One store transaction holds up to DOCS_PER_WRITE documents, and is closed early once it holds
# FACTS_PER_WRITE facts: a failure rolls back at most that much, and memory stays bounded whatever
# the corpus size. Fewer, larger transactions load much faster (each commit has a fixed cost).
DOCS_PER_WRITE = 1000
FACTS_PER_WRITE = 20_000


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector. A load makes millions of small dicts, lists and tuples
    and keeps many alive: each full collection walks all of them, which was 60% of the time spent
    building a batch's rows (kg's rows hold no reference cycles; plain reference counting frees
    them). The collector runs again, as it was, when the load ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _batches(extractions: Iterable[Extraction], facts_per_batch: float = float("inf")) -> Iterator[list[Extraction]]:
    """Up to DOCS_PER_WRITE documents a batch, closed early once it holds ``facts_per_batch`` facts."""
    batch: list[Extraction] = []
    facts = 0
    for extraction in extractions:
        batch.append(extraction)
        facts += len(extraction.facts)
        del extraction  # held by the batch alone, which a load hands over (_handed_over)
        if len(batch) >= DOCS_PER_WRITE or facts >= facts_per_batch:
            yield batch
            batch, facts = [], 0
    if batch:
        yield batch


def _handed_over(batch: list[Extraction]) -> Iterator[Extraction]:
    """The batch's extractions, in order, each let go of as the store takes it: a store keeps a
    batch as its rows, so the extractions themselves (~33 MiB a full write of 20,000 facts) are not
    held through the write and the checkpoint after it, where a load peaks."""
    batch.reverse()
    while batch:
        yield batch.pop()


class Graph:
    """A handle on a graph store: query it, count it, change it."""

    def __init__(self, store: GraphStore, graph: str) -> None:
        self.store = store
        self.graph = graph

    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher statement; refused before the store sees it when it writes without
        ``write`` or names a parameter it is not given."""
        check_query(cypher, parameters, write)
        return self.store.query(cypher, parameters, write=write)

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    def load(self, extractions: Iterable[Extraction],
             progress: Callable[[int, int], None] | None = None) -> LoadSummary:
        """Resolve entities across the extractions and the graph (kg.resolve.corpus), then write
        them in batches; ``progress`` hears documents and facts written so far.

        A document the graph holds with the same extraction (the same digest) is skipped before
        resolution: it was resolved and written when it was loaded, and would change nothing. So
        loading documents again costs little, and loading a set that holds some already loaded is
        loading only the others."""
        from kg.resolve.corpus import resolve_corpus
        from kg.resolve.latemerge import on_store
        from kg.resolve.spellings import document_spellings

        summary = LoadSummary()
        digests: dict[str, str] = {}
        # The names each document wrote (kg.resolve.spellings), taken as the resolver hands the
        # document on and dropped once its batch is written: kept for the corpus they were ~650
        # bytes a document (~30 MiB at 1M synthetic facts) through the whole load.
        spellings: dict[str, str] = {}

        def remember(extraction: Extraction) -> None:
            spellings[extraction.document.id] = document_spellings(extraction)

        changed: Iterable[Extraction] = self._changed(extractions, digests, summary)
        if isinstance(extractions, Sequence):
            changed = list(changed)  # read twice by the resolver, not spooled
        resolved = resolve_corpus(changed, self.store.find_entities, on_store(self.store), before=remember)
        with _collector_paused(), self.store.bulk():
            for batch in _batches(resolved, FACTS_PER_WRITE):
                ids = [extraction.document.id for extraction in batch]
                written = self.store.write(_handed_over(batch), digests, spellings)
                for doc in ids:  # written: what was kept for it goes
                    spellings.pop(doc, None)
                    digests.pop(doc, None)
                summary.documents += written.documents
                summary.facts += written.facts
                summary.entities += written.entities
                if progress is not None:
                    progress(summary.documents, summary.facts)
        return summary

    def _changed(self, extractions: Iterable[Extraction], digests: dict[str, str],
                 summary: LoadSummary) -> Iterator[Extraction]:
        """The extractions whose document the graph lacks or holds with another digest; each
        one's digest goes to ``digests``, and the others are counted in ``summary.unchanged``."""
        for batch in _batches(extractions):
            mine = {ex.document.id: extraction_digest(ex) for ex in batch}
            stored = self.store.document_digests(sorted(mine))
            for extraction in batch:
                doc = extraction.document.id
                if stored.get(doc) == mine[doc]:
                    summary.unchanged += 1
                else:
                    digests[doc] = mine[doc]
                    yield extraction

    def remove(self, document: str) -> dict[str, int]:
        """Take out one document's contribution; ``document`` is its id or the path of its file.
        The names it touched are then settled as a build without it would resolve them."""
        from kg.ingest import read_source
        from kg.resolve.latemerge import concepts_of_document, names_of_document, settle_after_removal

        ids = [d.id for d in read_source(document)] if Path(document).is_file() else [document]
        total: dict[str, int] = {}
        for doc_id in ids:
            names = names_of_document(self.store, doc_id)
            concepts = concepts_of_document(self.store, doc_id)
            for key, value in self.store.remove_document(doc_id).items():
                total[key] = total.get(key, 0) + value
            # What the document's names resolve to without it (kg.resolve.latemerge): a full name
            # no document names any more gives its short forms back.
            settle_after_removal(self.store, names, concepts)
        return total

    def clear(self) -> None:
        self.store.clear()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_graph(graph: str | None = None, *, create: bool = False, read_only: bool = False,
               **options: Any) -> Graph:
    """Open a graph to query or change. An embedded graph must exist unless ``create``;
    ``read_only`` (for commands that only read) opens it so that nothing can change it."""
    from kg.config import settings
    from kg.stores import open_store

    target = graph or settings().graph
    if read_only:
        options["read_only"] = True
    return Graph(open_store(target, create=create, **options), target)
