"""Graph stores behind one small protocol, picked by a registry and imported lazily.

``open_store("bolt://host:7687")`` gives the Neo4j store, any other string a LadybugDB database
at that path. Users add a store with an entry point in the ``kg.stores`` group::

    [project.entry-points."kg.stores"]
    mystore = "mypackage.store:MyStore"   # chosen by a graph string "mystore://..."
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Protocol, Self, runtime_checkable

from kg.errors import QueryError, StoreError
from kg.model import Extraction

DEFAULT_GRAPH = "kg.lbug"
BUILTIN = {
    "neo4j": "kg.stores.neo4j:Neo4jStore",
    "embedded": "kg.stores.embedded:EmbeddedStore",
}
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Clauses that change a graph. Checked on the query with strings and comments blanked out.
_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|COPY|ALTER|INSTALL|IMPORT|EXPORT|"
    r"FOREACH|GRANT|DENY|REVOKE|BEGIN|COMMIT|ROLLBACK|CHECKPOINT)\b",
    re.IGNORECASE,
)
# A `//` comment ends where the engines end it: Neo4j 5 at \n or \r, LadybugDB at \n (a \r
# there is a syntax error). \v, \f, U+0085, U+2028 and U+2029 stay inside the comment in both.
_LINE_ENDS = "\n\r"
_STRINGS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^" + _LINE_ENDS + r"]*|/\*.*?\*/", re.S)

@dataclass(slots=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


# What a store's transact() hands its work: run one statement, get its rows.
Runner = Callable[[str, dict[str, Any]], list[list[Any]]]


@dataclass(slots=True)
class WriteSummary:
    documents: int = 0
    entities: int = 0
    facts: int = 0
    counts: dict[str, int] = field(default_factory=dict)


@runtime_checkable
class GraphStore(Protocol):
    """What kg needs from a graph database: everything its callers use, and nothing else.

    A store class also has ``open(graph, *, create=True, **options)``, a classmethod that
    connects (or opens the file) and writes nothing; ``create=False``: the graph must exist.
    :func:`open_store` calls it.

    ``query`` runs one statement as it is: the checks every store shares (a write without
    ``write=True``, a missing parameter) are made once, by :meth:`kg.graph.Graph.query`, before a
    store sees the query; a store still runs reads in a read-only transaction.
    """

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def write(self, extractions: Iterable[Extraction], digests: Mapping[str, str] | None = None,
              spellings: Mapping[str, str] | None = None) -> WriteSummary:
        """Upsert one batch of resolved extractions in one transaction; ``digests`` (document id ->
        :func:`kg.model.extraction_digest` of what was read) and ``spellings`` (document id -> the
        names it wrote, :func:`kg.resolve.spellings.document_spellings`) are kept on each
        document's node. ``extractions`` may be a one-pass iterator that lets go of each extraction
        as it is taken (``Graph.load`` hands batches over so): read it once, keep rows, not it."""
        ...

    def bulk(self) -> AbstractContextManager[None]:
        """A context for many writes in a row (LadybugDB defers checkpoints inside it)."""
        ...

    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult: ...

    def stats(self) -> dict[str, int]: ...

    def schema(self) -> QueryResult:
        """The graph's shape: ``from_label, type, to_label, n``, fact relations and mentions."""
        ...

    def catalog(self) -> dict[str, list[str]]:
        """Labels, relationship types and property keys (``labels``, ``types``, ``properties``)."""
        ...

    def add_properties(self, label: str, columns: dict[str, str]) -> None:
        """Make room for new node properties (name -> ``DOUBLE``, ``INT64``, ``STRING``)."""
        ...

    def transact(self, work: Callable[[Runner], Any]) -> Any:
        """``work(run)`` in one write transaction: ``run(cypher, parameters)`` gives the rows of
        each statement; an error rolls all of it back. (Neo4j may run ``work`` again on a
        transient error: it must only read and write through ``run``.)"""
        ...

    def clear(self) -> None: ...

    def remove_document(self, doc_id: str) -> dict[str, int]:
        """Take one document's support out (:func:`kg.stores.removal.remove_document`)."""
        ...

    def absorb_entities(self, moves: list[dict[str, Any]]) -> None:
        """Move stored entities, or some documents' share of them, to other entities, in one
        write transaction: each move is ``{old_id, old_name, docs, into, rest}`` (see
        :mod:`kg.stores.merging`); ``into`` is the receiving entity's row, created if missing. A
        node no document mentions any more goes, and its id joins the receiving node's
        ``former_ids``. Late merging (:mod:`kg.resolve.latemerge`) calls it."""
        ...

    def document_digests(self, ids: list[str]) -> dict[str, str]:
        """The stored extraction digest of each of ``ids`` the graph holds (a document written
        before digests were kept has none)."""
        ...

    def find_entities(self, keys: list[str]) -> list[dict[str, Any]]:
        """Stored entities whose ``key`` (normalised name) or ``surname`` is one of ``keys``, and
        people (those with a ``surname``) whose first name is: ``{id, name, type, aliases, key,
        surname, merged_by, other_types}`` each. Corpus resolution asks before writing; a stored "Joel
        Schumacher" tells it that a lone "Joel" may be a first name, as a single build knows."""
        ...

    def find_by_alias(self, aliases: list[str]) -> list[dict[str, Any]]:
        """Stored entities one of whose ``aliases`` (names as written) is one of ``aliases``, as
        :meth:`find_entities` gives them. Corpus resolution asks it for the names of a batch: a
        stored "International Rugby Board" whose documents wrote "IRB" for it tells a later load
        what the short form stands for, as a single build learns it."""
        ...

    def close(self) -> None: ...


def blank_strings_and_comments(cypher: str) -> str:
    """The query with its string literals, quoted names and comments blanked out."""
    return _STRINGS_AND_COMMENTS.sub(" ", cypher)


def is_write_query(cypher: str) -> bool:
    """Whether a query has a clause that writes; used to refuse writes without ``--write``."""
    return bool(_WRITE_CLAUSE.search(blank_strings_and_comments(cypher)))


_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def check_query(cypher: str, parameters: dict[str, Any] | None, write: bool) -> None:
    """Refuse, before the store sees it, a query that writes without ``write`` or lacks a parameter.

    LadybugDB reads a missing parameter as NULL and silently answers nothing; we refuse instead,
    the same on every store.
    """
    if not write and is_write_query(cypher):
        raise QueryError("query would change the graph; pass --write (write=True) to allow it")
    wanted = set(_PARAMETER.findall(blank_strings_and_comments(cypher)))
    missing = sorted(wanted - set(parameters or {}))
    if missing:
        raise QueryError(f"missing query parameter(s): {', '.join('$' + m for m in missing)} (give -p name=value)")


def store_kind(graph: str) -> str:
    scheme = graph.split("://", 1)[0].lower() if "://" in graph else ""
    if scheme in NEO4J_SCHEMES:
        return "neo4j"
    if scheme:
        return scheme
    return "embedded"


def _load(target: str) -> Any:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def open_store(graph: str | None = None, **options: Any) -> GraphStore:
    """Open the store a graph string names. Opening connects; nothing is written."""
    from kg.config import settings

    graph = graph or settings().graph
    kind = store_kind(graph)
    if kind in BUILTIN:
        cls = _load(BUILTIN[kind])
    else:
        found = [ep for ep in entry_points(group="kg.stores") if ep.name == kind]
        if not found:
            raise StoreError(f"unknown graph store {kind!r} in {graph!r} (known: {', '.join(sorted(BUILTIN))})")
        cls = found[0].load()
    store: GraphStore = cls.open(graph, **options)
    return store
