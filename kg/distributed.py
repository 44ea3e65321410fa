"""Scale-out on Dask distributed (the ``kg[dask]`` extra): extraction mapped over document partitions.

    kg extract corpus/ -o facts.jsonl --executor dask --scheduler local        # a LocalCluster
    kg build corpus/ --graph g.lbug --executor dask --scheduler tcp://head:8786

The client reads and checks the inputs (as the one-process path does, so bad input fails before
anything is written), cuts the documents into partitions of ``partition_size``, and submits one
task per partition. A worker parses its partition with the model loaded once per worker process,
runs the same rules and resolution as ``kg.pipeline.extract``, and returns the partition's facts
as JSONL text — or, with ``shard_dir`` on storage every worker and the client can see, writes the
shard there itself and returns its path. Shards come back in document order, so the facts are the
same, line for line, as the one-process run. ``kg build`` then loads the shards with the same
batched loader (:meth:`kg.graph.Graph.load`): the graph store has one writer.

At most ``2 x workers`` partitions are in flight, so client memory is bounded whatever the corpus
size. Scheduling, retries and worker loss are Dask's; kg does not schedule anything itself.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.model import Document, Failure, isolate

DEFAULT_PARTITION_SIZE = 16
INSTALL_HINT = "pip install 'kg[dask]'"


class ExecutorError(KgError):
    code = "E-KG"
    exit_code = 1


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ExecutorError(f"--executor dask needs Dask distributed: {INSTALL_HINT}") from None
    return distributed


@contextmanager
def dask_client(scheduler: str = "local", *, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: ``local`` starts a LocalCluster (one single-threaded worker process per core,
    or ``workers``), anything else is the address of a running scheduler (``tcp://host:8786``)."""
    distributed = _import_distributed()
    if scheduler == "local":
        n = workers or os.cpu_count() or 1
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except OSError as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


def extract_partition(documents: list[Document], model: str | None = None,
                      shard: str | None = None) -> tuple[str, int, int, list[Failure]]:
    """Run on a worker: one partition's facts as JSONL (text, or the path of the shard written).

    Returns (jsonl text or shard path, documents, facts, failures): a document whose extraction
    failed is left out of the shard and reported back. The spaCy model is cached per worker
    process by :func:`kg.extract.nlp.load_model`; ``threads_per_worker=1`` keeps one parse per
    process at a time.
    """
    from kg.extract import extract_documents
    from kg.io import write_jsonl

    failures: list[Failure] = []
    extractions = isolate(extract_documents(documents, processes=1, model=model), failures.append)
    if shard is None:
        out = io.StringIO()
        summary = write_jsonl(extractions, out)
        return out.getvalue(), summary.documents, summary.facts, failures
    from kg.io import atomic_output

    with atomic_output(shard) as handle:
        summary = write_jsonl(extractions, handle)
    return shard, summary.documents, summary.facts, failures


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while part := list(islice(it, size)):
        yield part


def extract_shards(documents: Iterable[Document], client: Any, shard_dir: str, *,
                   model: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
                   shared: bool = False, progress: Callable[[int, int], None] | None = None,
                   on_failure: Callable[[Failure], None] | None = None) -> Iterator[str]:
    """Map extraction over partitions of ``documents`` on the cluster; yield shard paths in order.

    With ``shared``, workers write the shards into ``shard_dir`` (which they must see); otherwise
    they return the JSONL text and the client writes it there.
    """
    from kg.io import atomic_output

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = 2 * workers
    pending: dict[int, Any] = {}
    parts = enumerate(_partitions(documents, partition_size))
    next_out = 0
    done_docs = done_facts = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            item = next(parts, None)
            if item is None:
                exhausted = True
                break
            index, part = item
            target = str(Path(shard_dir) / f"part-{index:06d}.jsonl")
            pending[index] = client.submit(extract_partition, part, model, target if shared else None,
                                           pure=False, key=f"kg-extract-{os.getpid()}-{id(pending)}-{index}")
        if next_out not in pending:
            return
        value, docs, facts, failures = pending.pop(next_out).result()
        for failure in failures:
            if on_failure is not None:
                on_failure(failure)
        path = str(Path(shard_dir) / f"part-{next_out:06d}.jsonl")
        if not shared:
            with atomic_output(path) as out:
                out.write(value)
        done_docs += docs
        done_facts += facts
        if progress is not None:
            progress(done_docs, done_facts)
        next_out += 1
        yield path


@contextmanager
def shard_folder(shard_dir: str | None) -> Iterator[str]:
    """The folder for shards: the one given (kept), or a temporary one (removed afterwards)."""
    if shard_dir:
        Path(shard_dir).mkdir(parents=True, exist_ok=True)
        yield shard_dir
        return
    with tempfile.TemporaryDirectory(prefix="kg-shards-") as tmp:
        yield tmp
