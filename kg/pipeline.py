"""The Python API: the stages joined up. The CLI is a thin layer over these functions.

    from kg import build
    graph = build(["seeds/"], graph="g.lbug")
    rows = graph.query("MATCH (e:Entity) RETURN count(e) AS n").records()

Nothing here prints or exits; errors are :class:`kg.errors.KgError`.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.errors import ExtractionError, InputError
from kg.graph import Graph, open_graph
from kg.io import BadLines, read_jsonl
from kg.model import Document, Extraction, Failure, LoadSummary, OnFailure, isolate

# Called with the documents done so far and the facts they gave.
Progress = Callable[[int, int], None]
OnUnreadable = Callable[[InputError], None]


def documents(inputs: Iterable[str], *, on_unreadable: OnUnreadable | None = None) -> Iterator[Document]:
    """The documents the inputs name, streaming, once every input has been checked.

    Every input is checked (exists, is UTF-8 text, is not empty) before the first document is
    yielded, so a bad file fails the run before anything is written anywhere: all or nothing.
    With ``on_unreadable`` (``--keep-going``), a file that cannot be read (binary, not UTF-8,
    empty, no permission) is passed to it and left out instead, and the rest is read.
    """
    from kg.ingest import expand_inputs, read_source

    sources = list(expand_inputs(inputs))
    if not sources:
        raise InputError("no input given")
    piped: list[Document] = []
    readable: list[str] = []
    for source in sources:
        try:
            if source == "-":  # stdin can be read once only: it is read here, with the checks, and kept
                piped = list(read_source(source))
            else:
                for _ in read_source(source):
                    pass
        except InputError as exc:
            if on_unreadable is None:
                raise
            on_unreadable(exc)
            continue
        readable.append(source)
    if not readable:
        raise InputError("no readable input: every file was skipped")

    def stream() -> Iterator[Document]:
        for source in readable:
            yield from piped if source == "-" else read_source(source)

    return stream()


def extract(inputs: Iterable[str], *, processes: int | None = None, model: str | None = None,
            progress: Progress | None = None, executor: str = "local", scheduler: str = "local",
            partition_size: int | None = None, shard_dir: str | None = None, strict: bool = False,
            on_failure: OnFailure | None = None, on_unreadable: OnUnreadable | None = None,
            corenlp: str | None = None) -> Iterator[Extraction]:
    """Facts of every document the inputs name, one Extraction per document, streaming.

    ``corenlp``: the URL of a Stanford CoreNLP server whose facts join kg's, and whose coref
    chains resolve the references kg's own rules leave unresolved (:mod:`kg.extract.corenlp`);
    it is asked before the first document is read.

    Every input is checked (exists, is UTF-8 text, is not empty) before the first is parsed, so a
    bad file fails the run before anything is written anywhere; with ``on_unreadable``, it is
    reported there and skipped instead (see :func:`documents`).

    A document whose extraction fails inside kg (a bug, not bad input) is left out and passed to
    ``on_failure``; the rest of the run goes on. With ``strict`` it raises
    :class:`~kg.errors.ExtractionError` instead.

    ``executor="dask"`` maps extraction over document partitions on a Dask cluster
    (``scheduler``: ``local`` for a LocalCluster of ``processes`` workers, or a scheduler address);
    the workers write JSONL shards (into ``shard_dir`` when given: it must be visible to them and
    to us), which are read back here in document order. The facts are the same as the local run's.
    """
    from kg.config import settings

    conf = settings()
    docs = documents(inputs, on_unreadable=on_unreadable)
    engine = None
    if corenlp:
        from kg.extract.corenlp import CoreNLPEngine, check_server

        check_server(corenlp)
        engine = CoreNLPEngine(corenlp)
        docs = engine.read(docs)
    if executor == "dask":
        extractions = _extract_dask(docs, processes=processes, model=model or conf.model, progress=progress,
                                    scheduler=scheduler, partition_size=partition_size, shard_dir=shard_dir,
                                    on_failure=_failure_policy(strict, on_failure))
    elif executor == "local":
        extractions = _extract_local(docs, processes=processes or conf.processes, model=model or conf.model,
                                     progress=progress)
    else:
        raise InputError(f"unknown executor {executor!r} (known: local, dask)")
    if engine is not None:
        extractions = engine.add(extractions)
    return isolate(extractions, _failure_policy(strict, on_failure))


def _failure_policy(strict: bool, on_failure: OnFailure | None) -> OnFailure:
    def fail(failure: Failure) -> None:
        raise ExtractionError(f"{failure.message()} (without --strict the document is skipped)")

    return fail if strict else (on_failure or (lambda failure: None))


def _extract_local(docs: Iterable[Document], *, processes: int, model: str | None,
                   progress: Progress | None) -> Iterator[Extraction]:
    from kg.extract import extract_documents

    facts = 0
    for n, extraction in enumerate(extract_documents(docs, processes=processes, model=model), 1):
        facts += len(extraction.facts)
        if progress is not None:
            progress(n, facts)
        yield extraction


def _extract_dask(docs: Iterable[Document], *, processes: int | None, model: str | None,
                  progress: Progress | None, scheduler: str, partition_size: int | None,
                  shard_dir: str | None, on_failure: OnFailure) -> Iterator[Extraction]:
    from kg.distributed import DEFAULT_PARTITION_SIZE, dask_client, extract_shards, shard_folder

    with shard_folder(shard_dir) as folder, dask_client(scheduler, workers=processes) as client:
        for shard in extract_shards(docs, client, folder, model=model,
                                    partition_size=partition_size or DEFAULT_PARTITION_SIZE,
                                    shared=bool(shard_dir), progress=progress, on_failure=on_failure):
            yield from read_jsonl(shard)


def load(source: str | Iterable[Extraction], graph: str | None = None, *,
         progress: Progress | None = None, skip_bad: bool = False, bad: BadLines | None = None,
         **options: Any) -> LoadSummary:
    """Load a facts file (or extractions) into a graph; loading the same facts twice changes nothing.

    A facts file is read and checked whole before anything is written, then read again as it is
    written: two passes, and memory that does not grow with the file (``-``, standard input, is
    spooled to a temporary file on the first pass). A malformed line (see
    :func:`kg.io.read_facts_file`; a lone surrogate counts, as no store can hold one) fails the
    load with nothing written, or, with ``skip_bad``, is counted in ``bad`` and left out.
    """
    if not isinstance(source, str):
        with open_graph(graph, create=True, **options) as g:
            return g.load(source, progress)
    with _rereadable(source) as path:
        for _ in read_jsonl(path, skip_bad=skip_bad, bad=bad, skippable=True, unicode_only=True):
            pass
        with open_graph(graph, create=True, **options) as g:  # the same lines skipped, not counted again
            return g.load(read_jsonl(path, skip_bad=skip_bad, skippable=True, unicode_only=True), progress)


@contextlib.contextmanager
def _rereadable(source: str) -> Iterator[str]:
    """A path that can be read twice: the file itself, or standard input copied to a temporary file."""
    if source != "-":
        yield source
        return
    import shutil
    import sys
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="kg-stdin-", suffix=".jsonl") as spool:
        shutil.copyfileobj(sys.stdin.buffer, spool)
        spool.flush()
        yield spool.name


def build(inputs: Iterable[str], graph: str | None = None, *, processes: int | None = None,
          progress: Progress | None = None, executor: str = "local", scheduler: str = "local",
          partition_size: int | None = None, shard_dir: str | None = None, strict: bool = False,
          on_failure: OnFailure | None = None, on_unreadable: OnUnreadable | None = None,
          corenlp: str | None = None, **options: Any) -> Graph:
    """Extract the inputs and load them into ``graph``; returns the open graph to query.

    ``executor="dask"``, ``strict``, ``on_failure``: see :func:`extract`; the shards are loaded
    with the same batched loader.
    """
    extractions = extract(list(inputs), processes=processes, progress=progress, executor=executor,
                          scheduler=scheduler, partition_size=partition_size, shard_dir=shard_dir,
                          strict=strict, on_failure=on_failure, on_unreadable=on_unreadable, corenlp=corenlp)
    first = next(extractions, None)  # inputs are validated and the model loaded before the store opens
    g = open_graph(graph, create=True, **options)
    try:
        # One load: entities resolve across every document (kg.resolve.corpus).
        g.load(itertools.chain([first] if first is not None else [], extractions))
    except BaseException:
        g.close()
        raise
    return g
