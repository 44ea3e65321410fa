"""Push RDF into a running triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    from kg.export.push import push
    summary = push("facts.jsonl", url="http://127.0.0.1:3030/kg/data")

The RDF is kg's export (:mod:`kg.export.rdf`), graph by graph: entities, relations and documents
into the store's default graph (``?default``), each document's facts and provenance into that
document's named graph (``?graph=<{base}document/{id}>``). Each graph goes in requests of at most
``chunk_bytes`` of N-Triples, by ``POST``, which adds to a graph: RDF graphs are sets and kg mints
no blank nodes, so pushing the same facts again changes nothing. A request that fails for a
reason that may pass (no connection, a 5xx or 429 answer) is retried with a growing pause.

Credentials come from the URL (``http://user:password@host/...``) or from ``KG_SPARQL_USERNAME``
and ``KG_SPARQL_PASSWORD``, and are sent as HTTP basic auth; no message kg writes shows them.
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.errors import InputError, StoreConnectionError, StoreError
from kg.export import DEFAULT_BASE_IRI, sorted_items
from kg.export.ntriples import check_base_iri
from kg.export.sources import BadLines, Item, read_facts_file, read_store

CHUNK_BYTES = 4 << 20
RETRIES = 4
CONTENT_TYPE = "application/n-triples; charset=utf-8"


@dataclass(slots=True)
class PushSummary:
    documents: int = 0
    facts: int = 0
    triples: int = 0
    graphs: int = 0
    requests: int = 0
    retries: int = 0


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A Graph Store endpoint: the URL without credentials, and the basic-auth header, if any."""

    url: str
    authorization: str | None = None

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
        except ValueError:  # a port that is no number, a broken IPv6 literal
            raise InputError("the store URL is malformed (Fuseki: http://HOST:3030/DATASET/data)") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError("the store URL must be http:// or https:// with a host "
                             "(Fuseki: http://HOST:3030/DATASET/data)")
        user = urllib.parse.unquote(parts.username or "") or os.environ.get("KG_SPARQL_USERNAME", "")
        password = urllib.parse.unquote(parts.password or "") or os.environ.get("KG_SPARQL_PASSWORD", "")
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # IPv6 keeps brackets
        host += f":{port}" if port else ""
        bare = urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, ""))
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii") if user else None
        return cls(bare, f"Basic {token}" if token else None)

    def target(self, graph: bytes) -> str:
        """``?default`` for the default graph, else ``?graph=`` the IRI (``graph`` is ``<iri>``)."""
        join = "&" if "?" in self.url else "?"
        if not graph:
            return f"{self.url}{join}default"
        return f"{self.url}{join}graph={urllib.parse.quote(graph[1:-1].decode('utf-8'), safe='')}"


def push(source: str | None = None, *, graph: str | None = None, url: str,
         base_iri: str = DEFAULT_BASE_IRI, chunk_bytes: int = CHUNK_BYTES, retries: int = RETRIES,
         timeout: float = 60.0, skip_bad: bool = False, bad: BadLines | None = None) -> PushSummary:
    """Push a facts file (``source``) or a graph store (``graph``) into the store at ``url``.

    ``skip_bad``: malformed facts lines are counted in ``bad`` and left out, as ``kg export`` does."""
    if (source is None) == (graph is None):
        raise InputError("give a facts file or a graph (--graph) to push, not both" if source else
                         "give a facts file or a graph (--graph) to push")
    endpoint = Endpoint.parse(url)
    items = (read_facts_file(source, skip_bad=skip_bad, bad=bad) if source is not None
             else read_store(graph))  # type: ignore[arg-type]
    return push_items(items, endpoint, base=check_base_iri(base_iri), chunk_bytes=chunk_bytes,
                      retries=retries, timeout=timeout)


def push_items(items: Iterable[Item], endpoint: Endpoint, *, base: str = DEFAULT_BASE_IRI,
               chunk_bytes: int = CHUNK_BYTES, retries: int = RETRIES, timeout: float = 60.0) -> PushSummary:
    summary = PushSummary()
    with sorted_items(items, "graph-first", base) as (maker, merged, _):
        for graph, body in _chunks(merged, chunk_bytes, summary):
            _send(endpoint, graph, body, summary, retries, timeout)
        summary.documents, summary.facts = maker.documents, maker.facts
    return summary


def _chunks(items: Iterator[bytes], chunk_bytes: int, summary: PushSummary) -> Iterator[tuple[bytes, bytes]]:
    """(graph, N-Triples) pieces: items come grouped by graph (the default graph first)."""
    current: bytes | None = None
    batch: list[bytes] = []
    size = 0
    for item in items:
        tab = item.index(b"\t")
        graph, lines = item[:tab], item[tab + 1:].replace(b"\x00", b"\n")
        if graph:  # N-Quads lines of that graph: drop the graph term, keep the triple
            lines = lines.replace(b" " + graph + b" .\n", b" .\n")
        if graph != current or size >= chunk_bytes:
            if batch and current is not None:
                yield current, b"".join(batch)
            if graph != current:
                summary.graphs += 1
            current, batch, size = graph, [], 0
        batch.append(lines)
        size += len(lines)
        summary.triples += lines.count(b"\n")
    if batch and current is not None:
        yield current, b"".join(batch)


def _send(endpoint: Endpoint, graph: bytes, body: bytes, summary: PushSummary, retries: int,
          timeout: float) -> None:
    headers = {"Content-Type": CONTENT_TYPE}
    if endpoint.authorization:
        headers["Authorization"] = endpoint.authorization
    target = endpoint.target(graph)
    for attempt in range(retries + 1):
        request = urllib.request.Request(target, data=body, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                answer.read()
            summary.requests += 1
            return
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise StoreConnectionError(f"{endpoint.url}: the store refused our credentials "
                                           f"(HTTP {exc.code}); set KG_SPARQL_USERNAME and "
                                           "KG_SPARQL_PASSWORD") from None
            if exc.code < 500 and exc.code != 429:
                raise StoreError(f"{endpoint.url}: the store answered HTTP {exc.code} {exc.reason} "
                                 "(is this its Graph Store endpoint, such as .../DATASET/data?)") from None
            problem = f"HTTP {exc.code} {exc.reason}"
        except (urllib.error.URLError, OSError) as exc:
            problem = str(getattr(exc, "reason", exc))
        if attempt == retries:
            raise StoreConnectionError(f"{endpoint.url}: cannot push ({problem}) after "
                                       f"{retries + 1} tries") from None
        summary.retries += 1
        time.sleep(min(0.5 * 2**attempt, 8.0))
