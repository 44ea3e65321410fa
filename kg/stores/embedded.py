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
import decimal
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.model import Extraction, Provenance
from kg.stores import QueryResult, WriteSummary
from kg.stores.cypher import (
    READ_DOCUMENT_DIGESTS,
    READ_GRAPH_MODEL,
    SCHEMA,
    UPSERT_DOCUMENTS,
    WRITE_GRAPH_MODEL,
)
from kg.stores.rows import (
    ENTITY_SETS,
    FACT_PROPERTIES,
    GRAPH_MODEL,
    SUPPORT_PROPERTIES,
    Rows,
    build_rows,
    chunks,
    key_of,
    merge_entity,
    merge_relation,
    relation_row,
    split_lines,
    support_properties,
)

NODE_TABLES = (
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, name STRING, type STRING, aliases STRING[], "
    "key STRING, surname STRING, merged_by STRING[], other_types STRING[])",
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, source STRING, title STRING, digest STRING, "
    "spellings STRING)",
    "CREATE NODE TABLE IF NOT EXISTS KgMeta(id STRING PRIMARY KEY, version INT64)",
    "CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Entity TO Document)",
    # Every fact, whatever its relation: the number of tables does not grow with the corpus.
    # The relationship holds what no restatement changes; what grows is on the fact's Support
    # node (graph model 5: kg.stores.rows). No list-typed property.
    "CREATE REL TABLE IF NOT EXISTS FACT(FROM Entity TO Entity, key INT64, relation STRING, predicate STRING, "
    "negated BOOLEAN)",
    "CREATE NODE TABLE IF NOT EXISTS Support(id INT64 PRIMARY KEY, lemmas STRING, attribution STRING, "
    "sources STRING, confidence DOUBLE, modality STRING, evidence STRING, provenance STRING)",
)
# Graphs written before corpus resolution lacked these entity columns, and those written before
# extraction digests the document's: added on first use.
ADDED_COLUMNS = ("ALTER TABLE Document ADD IF NOT EXISTS digest STRING",
                 "ALTER TABLE Document ADD IF NOT EXISTS spellings STRING",
                 "ALTER TABLE Entity ADD IF NOT EXISTS key STRING",
                 "ALTER TABLE Entity ADD IF NOT EXISTS surname STRING",
                 "ALTER TABLE Entity ADD IF NOT EXISTS merged_by STRING[]",
                 "ALTER TABLE Entity ADD IF NOT EXISTS other_types STRING[]",
                 "ALTER TABLE Entity ADD IF NOT EXISTS former_ids STRING[]")
READ_ENTITIES = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id, e.aliases, e.merged_by, e.other_types"
UPSERT_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
ON MATCH SET e.aliases = row.aliases, e.merged_by = row.merged_by, e.other_types = row.other_types,
    e.key = row.key, e.surname = row.surname
"""
# ``WHERE e.key IN $keys`` compares every row with every key (48 s for 5,000 keys and 300,000
# entities): the two key columns are scanned once and matched in Python, then the rows fetched by
# primary key (3 s on the same data).
SCAN_ENTITY_KEYS = "MATCH (e:Entity) RETURN e.id, e.key, e.surname"
READ_FOUND_ENTITIES = ("UNWIND $ids AS id MATCH (e:Entity {id: id}) "
                       "RETURN e.id, e.name, e.type, e.aliases, e.key, e.surname, e.merged_by, e.other_types")
# Entities by alias (find_by_alias): the alias lists scanned once and matched in Python, as the keys.
SCAN_ENTITY_ALIASES = "MATCH (e:Entity) WHERE size(e.aliases) > 0 RETURN e.id, e.aliases"
READ_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id"
CREATE_DOCUMENTS = ("LOAD FROM $t CREATE (:Document {id: id, source: source, title: title, digest: digest, "
                    "spellings: spellings})")
CREATE_ENTITIES = ("LOAD FROM $t CREATE (:Entity {id: id, name: name, type: type, aliases: aliases, key: key, "
                   "surname: surname, merged_by: merged_by, other_types: other_types})")
READ_MENTIONS = "UNWIND $ids AS id MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document {id: id}) RETURN e.id, d.id"
# Stored facts are read by subject: a primary-key lookup, then the subject's own relationships.
# Matching both ends and the key columns against a row set instead (``LOAD FROM $t MATCH
# (a {id: s})-[r:FACT]->(b {id: o}) WHERE ...``) is planned as a join over the whole FACT table:
# its memory grew with the graph until a 256 MB buffer pool failed at 20,000 facts.
_MATCH_SUBJECTS = "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:FACT]->(b:Entity) "
READ_FACT_KEYS = _MATCH_SUBJECTS + "RETURN a.id, r.relation, b.id, r.negated"
# A fact's sentences and records, by the primary key of its Support node (kg.stores.rows).
READ_SUPPORT = "UNWIND $ids AS id MATCH (s:Support {id: id}) RETURN s.id, s.evidence, s.provenance"
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
# New relationships are created from the Arrow table, not COPY'd: a relationship COPY bypasses the
# write-ahead log, so after a crash between checkpoints a committed batch came back with its
# nodes and without its facts and mentions (tested by killing a real `kg load`). As fast here.
CREATE_RELATIONS = (
    "LOAD FROM $t MATCH (a:Entity {id: `from`}) MATCH (b:Entity {id: `to`}) CREATE (a)-[:FACT {"
    + ", ".join(f"{c}: {c}" for c in FACT_PROPERTIES) + "}]->(b)"
)
CREATE_SUPPORT = ("LOAD FROM $t CREATE (:Support {id: id, "
                  + ", ".join(f"{c}: {c}" for c in SUPPORT_PROPERTIES) + "})")
# A stored fact that a batch brings more support for keeps its relationship as it is (graph model
# 5): only its Support node is updated, in place. Deleting the relationship and creating it again
# (model 4) held the buffer pool until the next checkpoint and exhausted 768 MiB near 775,000
# facts; a SET on the relationship was worse; a node table's SET costs nothing measurable
# (bench/RESULTS.md, "What fills the buffer pool").
UPDATE_SUPPORT = ("LOAD FROM $t MATCH (s:Support {id: id}) SET "
                  + ", ".join(f"s.{c} = {c}" for c in SUPPORT_PROPERTIES))
CREATE_MENTIONS = ("LOAD FROM $t MATCH (e:Entity {id: `from`}) MATCH (d:Document {id: `to`}) "
                   "CREATE (e)-[:MENTIONED_IN]->(d)")


def to_plain(value: Any) -> Any:
    """LadybugDB values as plain Python: internal ids dropped, labels kept, decimals as numbers."""
    if isinstance(value, dict):
        if "_NODES" in value:
            return {"nodes": [to_plain(n) for n in value["_NODES"]],
                    "relationships": [to_plain(r) for r in value["_RELS"]]}
        # Nodes and relationships carry every column of the table (NULL where unset); Neo4j
        # returns only the properties that are set, and so do we.
        internal = ("_ID", "_SRC", "_DST", "_LABEL")
        labelled = "_LABEL" in value
        out = {k: to_plain(v) for k, v in value.items()
               if k not in internal and not (labelled and v is None)}
        if labelled:
            key = "_type" if "_SRC" in value else "_labels"
            out = {key: value["_LABEL"] if key == "_type" else [value["_LABEL"]], **out}
        return out
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _shared_lock(target: Path) -> int:
    """A shared (read) lock on the whole database file, held through the returned descriptor.

    LadybugDB's read-write open takes a POSIX write lock on the file; this conflicts with it both
    ways. Open file description locks (Linux) stay held whatever other descriptors of the file the
    engine opens and closes; elsewhere, classic POSIX locks."""
    import fcntl
    import os
    import struct

    try:
        fd = os.open(target, os.O_RDONLY)
    except PermissionError:
        raise StoreError(f"{target}: permission denied (cannot read the database file)") from None
    command = getattr(fcntl, "F_OFD_SETLK", None)
    try:
        if command is not None:
            # struct flock: l_type, l_whence, l_start, l_len (0: to the end), l_pid (0 for OFD locks)
            fcntl.fcntl(fd, command, struct.pack("hhqqi", fcntl.F_RDLCK, 0, 0, 0, 0))
        else:  # pragma: no cover - not Linux
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreLockedError(f"{target}: the database is in use by another process; "
                               "wait for it to finish (one writer at a time)") from None
    return fd


def _release(lock: int | None) -> None:
    import os

    if lock is not None:
        os.close(lock)  # closing the descriptor drops its lock


def _pool_full(exc: BaseException) -> bool:
    return "buffer pool is full" in str(exc).lower()


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    if _pool_full(exc):
        # The cache was set by the user, or has grown as far as kg grows it: say which knob lifts it.
        text += (" Set KG_BUFFER_POOL_MB (MiB) above the LadybugDB page cache this graph was opened with, "
                 "or 0 to let the engine take most of the machine's memory")
    return re.sub(r"\s+", " ", text)


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
        lock = _shared_lock(target) if read_only else None
        chosen = settings().buffer_pool_mb
        pool_mb = config.DEFAULT_BUFFER_POOL_MB if chosen is None else chosen
        try:
            db, conn = _connect(target, pool_mb, read_only)
        except RuntimeError as exc:
            _release(lock)
            text = str(exc)
            if "lock" in text.lower():
                raise StoreLockedError(f"{path}: the database is in use by another process; "
                                       "wait for it to finish (one writer at a time)") from None
            if "not a valid" in text:
                raise StoreError(f"{path}: not a LadybugDB database") from None
            raise StoreError(f"{path}: cannot open the database: {_message(exc)}") from None
        store = cls(db, conn, str(target), batch_size or settings().batch_size, lock)
        store._pool_mb, store._pool_grows = pool_mb, chosen is None and not read_only
        return store

    def close(self) -> None:
        self._conn.close()
        self._db.close()
        _release(self._reader_lock)
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
                    raise StoreError(f"{self.path}: write failed and was rolled back: {_message(exc)}") from None
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
                    raise StoreError(f"{self.path}: checkpoint failed: {_message(exc)}") from None
            self._grow_pool()  # reopening replays the log; the checkpoint runs again

    def _may_grow(self, exc: BaseException) -> bool:
        from kg.config import MAX_GROWN_BUFFER_POOL_MB

        return self._pool_grows and _pool_full(exc) and 0 < self._pool_mb < MAX_GROWN_BUFFER_POOL_MB

    def _grow_pool(self) -> None:
        """Reopen the database with a larger page cache (the engine cannot resize it open)."""
        from kg.config import grown_buffer_pool_mb

        self._conn.close()
        self._db.close()
        self._pool_mb = grown_buffer_pool_mb(self._pool_mb)
        try:
            self._db, self._conn = _connect(Path(self.path), self._pool_mb, read_only=False)
            if self._unchecked is not None:  # inside bulk(): a database setting, reopened without it
                self._run("CALL auto_checkpoint=false")
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: cannot open the database again: {_message(exc)}") from None

    def _write_rows(self, rows: Rows) -> None:
        """Upsert one batch. What is already stored decides the path: anything new is created from
        an Arrow table (``LOAD FROM ... CREATE``, logged and rolled back cleanly); what exists
        is read, merged in Python and written back only when the merge changed it."""
        size = self.batch_size
        new_docs: set[str] = set()
        for batch in chunks(rows.documents, size):
            stored = {row[0] for row in self._rows(READ_DOCUMENTS, {"ids": [r["id"] for r in batch]})}
            fresh = [r for r in batch if r["id"] not in stored]
            new_docs.update(r["id"] for r in fresh)
            if fresh:
                self._run(CREATE_DOCUMENTS, {"t": arrow_table(fresh, DOCUMENT_SCHEMA)})
            if len(fresh) < len(batch):
                self._run(UPSERT_DOCUMENTS, {"rows": [r for r in batch if r["id"] in stored]})
        new_entities: set[str] = set()
        for batch in chunks(list(rows.entities.values()), size):
            known = {row[0]: dict(zip(ENTITY_SETS, row[1:], strict=True))
                     for row in self._rows(READ_ENTITIES, {"ids": [r["id"] for r in batch]})}
            fresh = [r for r in batch if r["id"] not in known]
            new_entities.update(r["id"] for r in fresh)
            if fresh:
                self._run(CREATE_ENTITIES, {"t": arrow_table(fresh, ENTITY_SCHEMA)})
            grown = [m for r in batch if r["id"] in known
                     for m in [merge_entity(known[r["id"]], r)] if m is not None]
            if grown:
                self._run(UPSERT_ENTITIES, {"rows": grown})
        # Mentions of a new document are new; for a known one, only the missing ones are written.
        mentions = sorted(rows.mentions)
        old_docs = sorted({d for _, d in mentions if d not in new_docs})
        stored_mentions: set[tuple[str, str]] = set()
        for batch in chunks(old_docs, size):
            stored_mentions.update((e, d) for e, d in self._rows(READ_MENTIONS, {"ids": batch}))
        for batch in chunks([m for m in mentions if m not in stored_mentions], size):
            self._run(CREATE_MENTIONS, {"t": arrow_columns(
                {"from": [e for e, _ in batch], "to": [d for _, d in batch]}, MENTION_SCHEMA)})
        for batch in chunks(sorted(rows.relations.values(), key=key_of), size):
            self._write_relations(batch, new_entities)

    def _write_relations(self, batch: list[dict[str, Any]], new_entities: set[str]) -> None:
        """New relationships are created with their Support nodes; a stored one is left as it is,
        and its Support node updated when the batch brings provenance it lacks (provenance
        determines every other property)."""
        maybe_stored = [r for r in batch if r["s"] not in new_entities and r["o"] not in new_entities]
        stored_keys = {tuple(row[:4]) for row in self._stored_facts(READ_FACT_KEYS, maybe_stored)}
        create = [r for r in batch if key_of(r) not in stored_keys]
        known = [r for r in batch if key_of(r) in stored_keys]
        support = {row[0]: dict(zip(split_lines(row[2]), split_lines(row[1]), strict=True))
                   for part in chunks([r["key"] for r in known], self.batch_size)
                   for row in self._rows(READ_SUPPORT, {"ids": part})}
        grown = [r for r in known if not set(r["provenance"]) <= support[r["key"]].keys()]
        if grown:
            update = [merge_relation(relation_row(r["s"], r["relation"], r["o"], r["negated"], support[r["key"]],
                                                  map(Provenance.from_json, support[r["key"]])), r)
                      for r in grown]
            self._run(UPDATE_SUPPORT, {"t": support_table(update)})
        if create:
            self._run(CREATE_RELATIONS, {"t": relation_table(create)})
            self._run(CREATE_SUPPORT, {"t": support_table(create)})

    def _stored_facts(self, cypher: str, rels: list[dict[str, Any]]) -> list[list[Any]]:
        """The stored rows (key first) of those of ``rels`` that are in the graph."""
        wanted = {key_of(r) for r in rels}
        subjects = sorted({r["s"] for r in rels})
        return [row for part in chunks(subjects, self.batch_size)
                for row in self._rows(cypher, {"ids": part}) if tuple(row[:4]) in wanted]

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
            raise QueryError(f"LadybugDB cannot take a query parameter: {_message(exc)}") from None
        except RuntimeError as exc:
            text = _message(exc)
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
            raise StoreError(f"{self.path}: clear failed: {_message(exc)}") from None
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
            raise StoreError(f"{self.path}: reading entities failed: {_message(exc)}") from None
        return [dict(zip(columns, row, strict=True)) for row in found]

    def _find_by_alias(self, aliases: set[str]) -> list[list[Any]]:
        scan = self._run(SCAN_ENTITY_ALIASES).get_as_arrow(100_000)
        ids = [id_ for batch in scan.to_batches()
               for id_, held in zip(*(batch.column(n).to_pylist() for n in range(2)), strict=True)
               if not aliases.isdisjoint(held)]
        return [row for part in chunks(ids, self.batch_size)
                for row in self._rows(READ_FOUND_ENTITIES, {"ids": part})]

    def _find_entities(self, keys: set[str]) -> list[list[Any]]:
        ids: list[str] = []
        scan = self._run(SCAN_ENTITY_KEYS).get_as_arrow(100_000)
        for batch in scan.to_batches():
            for id_, key, surname in zip(*(batch.column(n).to_pylist() for n in range(3)), strict=True):
                if key in keys or (surname and (surname in keys or key.split(" ", 1)[0] in keys)):
                    ids.append(id_)
        return [row for part in chunks(ids, self.batch_size)
                for row in self._rows(READ_FOUND_ENTITIES, {"ids": part})]

    def document_digests(self, ids: list[str]) -> dict[str, str]:
        if not ids or "Document" not in self._tables():
            return {}
        self._ensure_schema()
        try:
            found = self._transaction(self._rows, READ_DOCUMENT_DIGESTS, {"ids": ids}, read_only=True)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: reading documents failed: {_message(exc)}") from None
        return {id_: digest for id_, digest in found if digest is not None}

    def transact(self, work: Any) -> Any:
        try:
            return self._transaction(work, self._rows)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: write failed and was rolled back: {_message(exc)}") from None

    def absorb_entities(self, moves: list[dict[str, Any]]) -> None:
        """Move stored entities, or documents' share of them, in one transaction (:mod:`kg.stores.merging`)."""
        from kg.stores.merging import absorb

        def work() -> None:
            absorb(self._rows, self._write_rows, moves)

        self._ensure_schema()
        try:
            self._transaction(work)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: merging entities failed and was rolled back: {_message(exc)}") from None
        self._reconnect()

    def remove_document(self, doc_id: str) -> dict[str, int]:
        from kg.stores.removal import NOTHING, remove_document

        if "Document" not in self._tables():
            return dict(NOTHING)
        self._ensure_schema()
        return remove_document(self, doc_id)


OWN_TABLES = frozenset({"Entity", "Document", "KgMeta", "Support", "MENTIONED_IN", "FACT"})

# Arrow column types of each row set: str, int, float, bool, or list (of strings).
Columns = dict[str, type]
DOCUMENT_SCHEMA: Columns = {"id": str, "source": str, "title": str, "digest": str, "spellings": str}
ENTITY_SCHEMA: Columns = {"id": str, "name": str, "type": str, "aliases": list, "key": str, "surname": str,
                          "merged_by": list, "other_types": list}
MENTION_SCHEMA: Columns = {"from": str, "to": str}
# A relationship row set: FROM and TO keys first, then the columns.
RELATION_SCHEMA: Columns = {"from": str, "to": str, "key": int, "relation": str, "predicate": str, "negated": bool}
SUPPORT_SCHEMA: Columns = {"id": int, "lemmas": str, "attribution": str, "sources": str, "confidence": float,
                           "modality": str, "evidence": str, "provenance": str}


def arrow_columns(columns: dict[str, list[Any]], kinds: Columns) -> Any:
    import pyarrow as pa

    arrow = {int: pa.int64(), str: pa.string(), float: pa.float64(), bool: pa.bool_(), list: pa.list_(pa.string())}
    return pa.Table.from_pydict(columns, schema=pa.schema([(name, arrow[kind]) for name, kind in kinds.items()]))


def arrow_table(rows: list[dict[str, Any]], kinds: Columns) -> Any:
    return arrow_columns({name: [r[name] for r in rows] for name in kinds}, kinds)


def relation_table(rels: list[dict[str, Any]]) -> Any:
    """Fact rows' relationships as an Arrow table (graph model 5: what no restatement changes)."""
    columns = {"from": [r["s"] for r in rels], "to": [r["o"] for r in rels],
               **{name: [r[name] for r in rels] for name in FACT_PROPERTIES}}
    return arrow_columns(columns, RELATION_SCHEMA)


def support_table(rels: list[dict[str, Any]]) -> Any:
    """Fact rows' Support nodes as an Arrow table: id, the derived lists as strings, sentences and
    records one per line."""
    stored = [support_properties(rel) for rel in rels]
    return arrow_columns({name: [r[name] for r in stored] for name in SUPPORT_SCHEMA}, SUPPORT_SCHEMA)


def _split(text: str, separator: str) -> list[str]:
    return text.split(separator)


def _connect(target: Path, pool_mb: int, read_only: bool) -> tuple[Any, Any]:
    import ladybug

    db = ladybug.Database(str(target), read_only=read_only, buffer_pool_size=pool_mb * 2**20)
    conn = ladybug.Connection(db)
    register_functions(conn)
    return db, conn


def register_functions(conn: Any) -> None:
    """Neo4j's ``split(text, separator)``, which LadybugDB lacks (it has ``string_split``): the
    queries in ``queries/`` read a fact's ``|``-joined lists with it on both stores."""
    with contextlib.suppress(RuntimeError):  # registered once per database; a second time is refused
        conn.create_function("split", _split, ["STRING", "STRING"], "STRING[]")
