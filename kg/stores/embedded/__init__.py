"""The embedded default: a LadybugDB database in one file, no server.

What LadybugDB 0.22 taught us (each point has a test):
- ``UNWIND ... MERGE (a) MERGE (b) MERGE (a)-[r]->(b)`` in one statement drops rows whose node it
  has just created, so nodes are upserted in their own statement, rows are de-duplicated in
  Python, and relationships are written with two separate MATCH clauses (a comma MATCH is ~20x
  slower);
- a failed statement inside a transaction rolls it back silently, so a write stops at the first
  error and rolls back explicitly;
- a second read-write process fails to lock the file: that becomes :class:`StoreLockedError`;
- read-only queries run in ``BEGIN TRANSACTION READ ONLY``, which the engine enforces;
- row sets go in as Arrow tables (``LOAD FROM $t``): a list-of-maps parameter is ~3x slower to
  convert; nodes and relationships are created with ``LOAD FROM ... CREATE``, never ``COPY``: a
  node ``COPY`` that is rolled back leaves its primary keys behind, and a relationship ``COPY``
  is not in the write-ahead log, so a crash before the next checkpoint lost committed facts;
- after a large commit the engine checkpoints, at a cost that grows with the tables: a load
  defers checkpoints (:meth:`EmbeddedStore.bulk`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.model import Extraction
from kg.stores import QueryResult, WriteSummary
from kg.stores.cypher import READ_DOCUMENT_DIGESTS, READ_GRAPH_MODEL, SCHEMA, WRITE_GRAPH_MODEL
from kg.stores.embedded.connection import connect, message, pool_full, release, shared_lock, to_plain
from kg.stores.embedded.reading import entities_by_alias, entities_by_key
from kg.stores.embedded.statements import ADDED_COLUMNS, NODE_TABLES, OWN_TABLES
from kg.stores.embedded.writing import write_relations, write_rows
from kg.stores.rows import GRAPH_MODEL, Rows, build_rows

__all__ = ["CHECKPOINT_FACTS", "EmbeddedStore", "to_plain"]

# Until a checkpoint the engine holds what a load wrote in memory (about 4 KiB a fact, whatever
# the buffer pool), so the cadence bounds a load's peak: 300,000 facts of graph model 3 peaked at
# 2,074 MiB checkpointing every 250,000 facts and at 1,764 MiB every 100,000, in the same time
# (129 and 121 s; bench/RESULTS.md, 2026-12-05). Graph model 5, 1M facts, 768 MiB pool, side by
# side on an idle machine: every 100,000 facts 325.6 s and 2,191 MiB, every 25,000 383.4 s (1.18x)
# and 1,865 MiB (0.85x); every 20,000 in a 512 MiB pool, 1,522 MiB. So a load checkpoints once it
# has been given CHECKPOINT_FACTS facts since the last checkpoint, as many as a full write holds
# (kg.graph.FACTS_PER_WRITE): a big load after every write. Facts given, not relationships made:
# a full write's restatements share relationships (20,000 facts, ~19,900), and counting those
# checkpointed after every second write. Smaller writes (a small corpus) wait for more: each
# checkpoint of a small graph leaves pages behind (the real folder, 25,484 facts in two writes:
# 25.2 MB on disk after one checkpoint, 34.8 MB after two).
CHECKPOINT_FACTS = 20_000


class EmbeddedStore:

    def __init__(self, db: Any, conn: Any, path: str, batch_size: int, reader_lock: int | None = None) -> None:
        self._db = db
        self._conn = conn
        self._reader_lock = reader_lock
        self.path = path
        self.batch_size = batch_size
        self._ready = False
        self._unchecked: int | None = None  # facts written since the last checkpoint, in bulk()
        self._pool_mb = 0  # the page cache it was opened with (0: the engine's default)
        self._pool_grows = False  # kg's own cache: grown when a write or a checkpoint needs more

    @classmethod
    def open(cls, path: str, *, batch_size: int | None = None, create: bool = True,
             read_only: bool = False, **_: Any) -> EmbeddedStore:
        """Open (or, with ``create``, make) the database. ``read_only`` is for commands that only
        read: the file is opened read-only, so it may be read-only on disk and its bytes never
        change, and a shared lock keeps writers out while it is open (LadybugDB itself locks only
        read-write opens, and a read-only one would read a half-written file)."""
        from kg import config
        from kg.config import settings

        target = Path(path)
        if target.is_dir():
            raise StoreError(f"{path}: is a folder; give the path of a database file such as graph.lbug")
        if not target.parent.is_dir():
            raise StoreError(f"{path}: folder {target.parent} does not exist")
        if (read_only or not create) and not target.exists():
            raise StoreError(f"{path}: no graph there (make one with: kg build INPUT --graph {path})")
        lock = shared_lock(target) if read_only else None
        chosen = settings().buffer_pool_mb
        pool_mb = config.DEFAULT_BUFFER_POOL_MB if chosen is None else chosen
        try:
            db, conn = connect(target, pool_mb, read_only)
        except RuntimeError as exc:
            release(lock)
            text = str(exc)
            if "lock" in text.lower():
                raise StoreLockedError(f"{path}: the database is in use by another process; "
                                       "wait for it to finish (one writer at a time)") from None
            if "not a valid" in text:
                raise StoreError(f"{path}: not a LadybugDB database") from None
            raise StoreError(f"{path}: cannot open the database: {message(exc)}") from None
        store = cls(db, conn, str(target), batch_size or settings().batch_size, lock)
        store._pool_mb, store._pool_grows = pool_mb, chosen is None and not read_only
        return store

    def close(self) -> None:
        self._conn.close()
        self._db.close()
        release(self._reader_lock)
        self._reader_lock = None

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reconnect(self) -> None:
        """A new connection after each written batch: a LadybugDB connection keeps every Arrow
        table given to it as a parameter alive until it is closed, so one connection held every
        row a load had written (RSS grew ~7 KiB a fact on top of the buffer pool). Settings such
        as ``auto_checkpoint`` belong to the database and carry over."""
        import ladybug

        self._conn.close()
        self._conn = ladybug.Connection(self._db)

    def _run(self, cypher: str, parameters: dict[str, Any] | None = None) -> Any:
        return self._conn.execute(cypher, parameters or {})

    def _rows(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        return [list(row) for row in self._run(cypher, parameters)]

    def _transaction(self, work: Any, *args: Any, read_only: bool = False) -> Any:
        self._run("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
        try:
            result = work(*args)
            self._run("COMMIT")
        except BaseException:
            with contextlib.suppress(RuntimeError):  # the engine may have rolled back already
                self._run("ROLLBACK")
            raise
        return result

    def _tables(self) -> dict[str, str]:
        """Table name -> NODE or REL."""
        return {row[0]: row[1] for row in self._rows("CALL show_tables() RETURN name, type")}

    def _ensure_schema(self) -> None:
        """Create the tables of the graph model, or refuse a graph another model wrote: mixing the
        two would split every relation between two layouts."""
        if self._ready:
            return
        tables = self._tables()
        if "Entity" in tables:
            version = (self._rows(READ_GRAPH_MODEL)
                       if "KgMeta" in tables else [])
            if not version or version[0][0] != GRAPH_MODEL:
                found = version[0][0] if version else 1
                raise StoreError(f"{self.path}: graph model {found}, written by an older kg; this kg writes model "
                                 f"{GRAPH_MODEL}. Rebuild it: kg clear --graph {self.path} --yes, then kg build")
        def create() -> None:  # all of the schema, or (after a crash) none of it
            for statement in (*NODE_TABLES, *ADDED_COLUMNS):
                self._run(statement)
            self._run(WRITE_GRAPH_MODEL, {"version": GRAPH_MODEL})

        self._transaction(create)
        self._ready = True

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Many writes in a row. LadybugDB checkpoints after any commit that leaves a large
        write-ahead log, and a checkpoint costs more the larger the tables: after every batch of a
        big load that was two thirds of the time. Here it checkpoints every CHECKPOINT_FACTS facts
        (after every full write) and once at the end instead (commits stay durable: the log is
        replayed after a crash)."""
        self._run("CALL auto_checkpoint=false")
        self._unchecked = 0
        try:
            yield
        finally:
            self._unchecked = None
            with contextlib.suppress(RuntimeError):
                self._run("CALL auto_checkpoint=true")
            # A checkpoint that cannot run leaves the committed writes in the log, replayed at
            # the next open.
            with contextlib.suppress(StoreError):
                self._checkpoint()

    def write(self, extractions: Iterable[Extraction], digests: Mapping[str, str] | None = None,
              spellings: Mapping[str, str] | None = None) -> WriteSummary:
        rows = build_rows(extractions, digests, spellings)
        summary = WriteSummary(len(rows.documents), len(rows.entities), rows.fact_count)
        given = rows.given
        self._commit(rows)
        # The checkpoint is where a load peaks (at 300k facts ~95 MiB above any statement of the
        # write): the batch's rows (~36 MiB a full write) are given back before it.
        del rows
        self._reconnect()
        self._checkpoint_when_due(given)
        return summary

    def _commit(self, rows: Rows) -> None:
        while True:
            try:
                self._ensure_schema()
                self._transaction(self._write_rows, rows)
                return
            except RuntimeError as exc:
                if not self._may_grow(exc):
                    raise StoreError(f"{self.path}: write failed and was rolled back: {message(exc)}") from None
            self._grow_pool()  # the write was rolled back: written again, whole

    def _checkpoint_when_due(self, given: int) -> None:
        """Inside bulk(), a checkpoint once CHECKPOINT_FACTS facts were given since the last one."""
        if self._unchecked is None:
            return
        self._unchecked += given
        if self._unchecked >= CHECKPOINT_FACTS:
            self._checkpoint()
            self._unchecked = 0

    def _checkpoint(self) -> None:
        """A checkpoint, and like a write, once more in a larger page cache when it fills kg's
        own (at 1M facts a checkpoint, not a write, was what first filled 256 MiB)."""
        while True:
            try:
                self._run("CHECKPOINT")
                return
            except RuntimeError as exc:  # the batch is committed: the log still holds it
                if not self._may_grow(exc):
                    raise StoreError(f"{self.path}: checkpoint failed: {message(exc)}") from None
            self._grow_pool()  # reopening replays the log; the checkpoint runs again

    def _may_grow(self, exc: BaseException) -> bool:
        from kg.config import MAX_GROWN_BUFFER_POOL_MB

        return self._pool_grows and pool_full(exc) and 0 < self._pool_mb < MAX_GROWN_BUFFER_POOL_MB

    def _grow_pool(self) -> None:
        """Reopen the database with a larger page cache (the engine cannot resize it open)."""
        from kg.config import grown_buffer_pool_mb

        self._conn.close()
        self._db.close()
        self._pool_mb = grown_buffer_pool_mb(self._pool_mb)
        try:
            self._db, self._conn = connect(Path(self.path), self._pool_mb, read_only=False)
            if self._unchecked is not None:  # inside bulk(): a database setting, reopened without it
                self._run("CALL auto_checkpoint=false")
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: cannot open the database again: {message(exc)}") from None

    def _write_rows(self, rows: Rows) -> None:
        write_rows(self, rows)

    def _write_relations(self, batch: list[dict[str, Any]], new_entities: set[str]) -> None:
        write_relations(self, batch, new_entities)

    # -- reading ---------------------------------------------------------------------------
    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        def work() -> QueryResult:
            result = self._run(cypher, parameters)
            if isinstance(result, list):
                raise QueryError("one statement at a time, please")
            columns = list(result.get_column_names())
            return QueryResult(columns, [[to_plain(v) for v in row] for row in result])

        try:
            return self._transaction(work, read_only=not write)  # type: ignore[no-any-return]
        except (ValueError, TypeError) as exc:  # a parameter LadybugDB cannot convert
            raise QueryError(f"LadybugDB cannot take a query parameter: {message(exc)}") from None
        except RuntimeError as exc:
            text = message(exc)
            if "read-only" in text or "read only" in text:
                raise QueryError("query would change the graph; pass --write (write=True) to allow it") from None
            raise QueryError(f"LadybugDB rejected the query: {text}") from None

    def stats(self) -> dict[str, int]:
        if not self._rows("CALL show_tables() WHERE name = 'Entity' RETURN name"):
            return {"entities": 0, "documents": 0, "facts": 0, "relation_types": 0, "mentions": 0}
        one = lambda q: int(self._rows(q)[0][0])  # noqa: E731
        return {
            "entities": one("MATCH (e:Entity) RETURN count(e)"),
            "documents": one("MATCH (d:Document) RETURN count(d)"),
            "facts": one("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"),
            "relation_types": one("MATCH (:Entity)-[r:FACT]->(:Entity) RETURN count(DISTINCT r.relation)"),
            "mentions": one("MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m)"),
        }

    def schema(self) -> QueryResult:
        if "FACT" not in self._tables():
            return QueryResult(["from_label", "type", "to_label", "n"], [])
        return self.query(SCHEMA)

    def catalog(self) -> dict[str, list[str]]:
        labels: set[str] = set()
        types: set[str] = set()
        properties: set[str] = set()
        for name, kind in self._tables().items():
            (labels if kind == "NODE" else types).add(name)
            properties.update(str(row[0]) for row in self._rows(f"CALL table_info('{name}') RETURN name"))
        if "FACT" in types:  # a database kg did not write may have no FACT table
            types.update(row[0] for row in self._rows("MATCH ()-[r:FACT]->() RETURN DISTINCT r.relation"))
        return {"labels": sorted(labels), "types": sorted(types - {"FACT"}), "properties": sorted(properties)}

    def add_properties(self, label: str, columns: dict[str, str]) -> None:
        for column, kind in columns.items():
            self.query(f"ALTER TABLE `{label}` ADD IF NOT EXISTS `{column}` {kind}", write=True)

    def clear(self) -> None:
        """Drop every table kg made (relationship tables first), of any graph model."""
        def work() -> None:
            tables = self._tables()
            for kind in ("REL", "NODE"):
                for table in sorted(t for t, k in tables.items() if k == kind):
                    if table in OWN_TABLES or kind == "REL":
                        self._run(f"DROP TABLE IF EXISTS `{table}`")

        try:
            self._transaction(work)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: clear failed: {message(exc)}") from None
        finally:
            self._ready = False

    def find_entities(self, keys: list[str]) -> list[dict[str, Any]]:
        """Stored entities whose normalised name or surname is one of ``keys``."""
        return self._read_entities(self._find_entities, keys)

    def find_by_alias(self, aliases: list[str]) -> list[dict[str, Any]]:
        """Stored entities one of whose aliases is one of ``aliases`` (the rows of find_entities)."""
        return self._read_entities(self._find_by_alias, aliases)

    def _read_entities(self, reader: Callable[..., Any], values: list[str]) -> list[dict[str, Any]]:
        if not values or "Entity" not in self._tables():
            return []
        self._ensure_schema()
        columns = ("id", "name", "type", "aliases", "key", "surname", "merged_by", "other_types")
        try:
            found = self._transaction(reader, set(values), read_only=True)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: reading entities failed: {message(exc)}") from None
        return [dict(zip(columns, row, strict=True)) for row in found]

    def _find_by_alias(self, aliases: set[str]) -> list[list[Any]]:
        return entities_by_alias(self._run, self._rows, self.batch_size, aliases)

    def _find_entities(self, keys: set[str]) -> list[list[Any]]:
        return entities_by_key(self._run, self._rows, self.batch_size, keys)

    def document_digests(self, ids: list[str]) -> dict[str, str]:
        if not ids or "Document" not in self._tables():
            return {}
        self._ensure_schema()
        try:
            found = self._transaction(self._rows, READ_DOCUMENT_DIGESTS, {"ids": ids}, read_only=True)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: reading documents failed: {message(exc)}") from None
        return {id_: digest for id_, digest in found if digest is not None}

    def transact(self, work: Any) -> Any:
        try:
            return self._transaction(work, self._rows)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: write failed and was rolled back: {message(exc)}") from None

    def absorb_entities(self, moves: list[dict[str, Any]]) -> None:
        """Move stored entities, or documents' share of them, in one transaction (:mod:`kg.stores.merging`)."""
        from kg.stores.merging import absorb

        def work() -> None:
            absorb(self._rows, self._write_rows, moves)

        self._ensure_schema()
        try:
            self._transaction(work)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: merging entities failed and was rolled back: {message(exc)}") from None
        self._reconnect()

    def remove_document(self, doc_id: str) -> dict[str, int]:
        from kg.stores.removal import NOTHING, remove_document

        if "Document" not in self._tables():
            return dict(NOTHING)
        self._ensure_schema()
        return remove_document(self, doc_id)
