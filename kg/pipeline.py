"""The Python API: the stages joined up. The CLI is a thin layer over these functions.

    from kg import build
    graph = build(["seeds/"], graph="g.lbug")
    rows = graph.query("MATCH (e:Entity) RETURN count(e) AS n").records()

Nothing here prints or exits; errors are :class:`kg.errors.KgError`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.io import BadLines, read_facts_file
from kg.model import Document, Extraction, Fact

# One store transaction holds up to DOCS_PER_WRITE documents, and is closed early once it holds
# FACTS_PER_WRITE facts: a failure rolls back at most that much, and memory stays bounded whatever
# the corpus size. Fewer, larger transactions load much faster (each commit has a fixed cost).
DOCS_PER_WRITE = 1000
FACTS_PER_WRITE = 20_000

Progress = Callable[[int], None]


@dataclass(slots=True)
class LoadSummary:
    documents: int = 0
    facts: int = 0
    entities: int = 0


def documents(inputs: Iterable[str]) -> Iterator[Document]:
    """The documents the inputs name, streaming, once every input has been checked.

    Every input is checked (exists, is UTF-8 text, is not empty) before the first document is
    yielded, so a bad file fails the run before anything is written anywhere.
    """
    from kg.ingest import expand_inputs, read_source

    sources = list(expand_inputs(inputs))
    if not sources:
        raise InputError("no input given")
    # stdin can be read once only: it is read here, with the checks, and kept.
    piped = [doc for s in sources if s == "-" for doc in read_source(s)]
    for source in sources:
        if source != "-":
            for _ in read_source(source):
                pass

    def stream() -> Iterator[Document]:
        for source in sources:
            yield from piped if source == "-" else read_source(source)

    return stream()


def extract(inputs: Iterable[str], *, processes: int | None = None, model: str | None = None,
            progress: Progress | None = None, executor: str = "local", scheduler: str = "local",
            partition_size: int | None = None, shard_dir: str | None = None) -> Iterator[Extraction]:
    """Facts of every document the inputs name, one Extraction per document, streaming.

    Every input is checked (exists, is UTF-8 text, is not empty) before the first is parsed, so a
    bad file fails the run before anything is written anywhere.

    ``executor="dask"`` maps extraction over document partitions on a Dask cluster
    (``scheduler``: ``local`` for a LocalCluster of ``processes`` workers, or a scheduler address);
    the workers write JSONL shards (into ``shard_dir`` when given: it must be visible to them and
    to us), which are read back here in document order. The facts are the same as the local run's.
    """
    from kg.config import settings

    conf = settings()
    docs = documents(inputs)
    if executor == "dask":
        return _extract_dask(docs, processes=processes, model=model or conf.model, progress=progress,
                             scheduler=scheduler, partition_size=partition_size, shard_dir=shard_dir)
    if executor != "local":
        raise InputError(f"unknown executor {executor!r} (known: local, dask)")
    return _extract_local(docs, processes=processes or conf.processes, model=model or conf.model,
                          progress=progress)


def _extract_local(docs: Iterable[Document], *, processes: int, model: str | None,
                   progress: Progress | None) -> Iterator[Extraction]:
    from kg.extract import extract_documents

    for n, extraction in enumerate(extract_documents(docs, processes=processes, model=model), 1):
        if progress is not None:
            progress(n)
        yield extraction


def _extract_dask(docs: Iterable[Document], *, processes: int | None, model: str | None,
                  progress: Progress | None, scheduler: str, partition_size: int | None,
                  shard_dir: str | None) -> Iterator[Extraction]:
    from kg.distributed import DEFAULT_PARTITION_SIZE, dask_client, extract_shards, shard_folder

    with shard_folder(shard_dir) as folder, dask_client(scheduler, workers=processes) as client:
        for shard in extract_shards(docs, client, folder, model=model,
                                    partition_size=partition_size or DEFAULT_PARTITION_SIZE,
                                    shared=bool(shard_dir), progress=progress):
            yield from read_jsonl(shard)


# -- facts files (JSONL) ----------------------------------------------------------------------
def write_jsonl(extractions: Iterable[Extraction], out: IO[str]) -> LoadSummary:
    """Write a facts file: a document record, then its fact records, one JSON object a line."""
    summary = LoadSummary()
    for extraction in extractions:
        out.write(json.dumps(extraction.document.to_record(), ensure_ascii=False, sort_keys=True) + "\n")
        for fact in extraction.facts:
            out.write(json.dumps(fact.to_record(), ensure_ascii=False, sort_keys=True) + "\n")
        summary.documents += 1
        summary.facts += len(extraction.facts)
    return summary


def write_jsonl_file(extractions: Iterable[Extraction], path: str) -> LoadSummary:
    """Write a facts file atomically: to a temporary file beside it, renamed when complete."""
    from kg.io import atomic_output

    with atomic_output(path) as out:
        return write_jsonl(extractions, out)


def read_jsonl(path: str, *, skip_bad: bool = False, bad: BadLines | None = None,
               **checks: bool) -> Iterator[Extraction]:
    """Read a facts file written by ``kg extract``, streaming, one Extraction per document.

    Lines are checked by :func:`kg.io.read_facts_file`: a malformed one is an error naming it, or,
    with ``skip_bad``, counted in ``bad`` and left out.
    """
    current: Document | None = None
    facts: list[Fact] = []
    for item in read_facts_file(path, skip_bad=skip_bad, bad=bad, **checks):
        if isinstance(item, Document):
            if current is not None:
                yield Extraction(current, facts)
            current, facts = item, []
        else:
            facts.append(item)
    if current is not None:
        yield Extraction(current, facts)


def _write_batches(extractions: Iterable[Extraction]) -> Iterator[list[Extraction]]:
    batch: list[Extraction] = []
    facts = 0
    for extraction in extractions:
        batch.append(extraction)
        facts += len(extraction.facts)
        if len(batch) >= DOCS_PER_WRITE or facts >= FACTS_PER_WRITE:
            yield batch
            batch, facts = [], 0
    if batch:
        yield batch


# -- graphs -----------------------------------------------------------------------------------
class Graph:
    """A handle on a graph store: query it, count it, change it."""

    def __init__(self, store: Any, graph: str) -> None:
        self.store = store
        self.graph = graph

    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *, write: bool = False) -> Any:
        return self.store.query(cypher, parameters, write=write)

    def stats(self) -> dict[str, int]:
        return self.store.stats()  # type: ignore[no-any-return]

    def load(self, extractions: Iterable[Extraction]) -> LoadSummary:
        summary = LoadSummary()
        # A store may offer bulk(): a context for many writes in a row (LadybugDB defers checkpoints).
        bulk = getattr(self.store, "bulk", None)
        with bulk() if bulk is not None else contextlib.nullcontext():
            for batch in _write_batches(extractions):
                written = self.store.write(batch)
                summary.documents += written.documents
                summary.facts += written.facts
                summary.entities += written.entities
        return summary

    def remove(self, document: str) -> dict[str, int]:
        """Take out one document's contribution; ``document`` is its id or the path of its file."""
        from kg.ingest import read_source

        ids = [d.id for d in read_source(document)] if Path(document).is_file() else [document]
        total: dict[str, int] = {}
        for doc_id in ids:
            for key, value in self.store.remove_document(doc_id).items():
                total[key] = total.get(key, 0) + value
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


def load(source: str | Iterable[Extraction], graph: str | None = None, *, skip_bad: bool = False,
         bad: BadLines | None = None, **options: Any) -> LoadSummary:
    """Load a facts file (or extractions) into a graph; loading the same facts twice changes nothing.

    A facts file is read and checked whole before the graph is opened: a malformed line (see
    :func:`kg.io.read_facts_file`; a lone surrogate counts, as no store can hold one) fails the
    load with nothing written, or, with ``skip_bad``, is counted in ``bad`` and left out."""
    extractions = (list(read_jsonl(source, skip_bad=skip_bad, bad=bad, skippable=True, unicode_only=True))
                   if isinstance(source, str) else source)
    with open_graph(graph, create=True, **options) as g:
        return g.load(extractions)


def build(inputs: Iterable[str], graph: str | None = None, *, processes: int | None = None,
          progress: Progress | None = None, executor: str = "local", scheduler: str = "local",
          partition_size: int | None = None, shard_dir: str | None = None, **options: Any) -> Graph:
    """Extract the inputs and load them into ``graph``; returns the open graph to query.

    ``executor="dask"``: see :func:`extract`; the shards are loaded with the same batched loader.
    """
    extractions = extract(list(inputs), processes=processes, progress=progress, executor=executor,
                          scheduler=scheduler, partition_size=partition_size, shard_dir=shard_dir)
    first = next(extractions)  # inputs are validated and the model loaded before the store opens
    g = open_graph(graph, create=True, **options)
    try:
        g.load([first])
        g.load(extractions)
    except BaseException:
        g.close()
        raise
    return g
