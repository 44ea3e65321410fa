"""The embedded default: a LadybugDB database in one file, no server.

What LadybugDB 0.22 taught us (each point has a test):
- ``UNWIND ... MERGE (a) MERGE (b) MERGE (a)-[r]->(b)`` in one statement drops rows whose node it
  has just created, so nodes are upserted in their own statement, rows are de-duplicated in
  Python, and relationships are written with two separate MATCH clauses (a comma MATCH is ~20x
  slower);
- a failed statement inside a transaction rolls it back silently, so a write stops at the first
  error and rolls back explicitly;
- a second read-write process fails to lock the file: that becomes :class:`StoreLockedError`;
- read-only queries run in ``BEGIN TRANSACTION READ ONLY``, which the engine enforces.
"""

from __future__ import annotations

import contextlib
import decimal
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.model import Extraction, sanitize_rel_type
from kg.stores import QueryResult, WriteSummary, check_query
from kg.stores.rows import Rows, build_rows, chunks, merge_relation, without_document

NODE_TABLES = (
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, name STRING, type STRING, aliases STRING[])",
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, source STRING, title STRING)",
    "CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Entity TO Document)",
)
FACT_TABLE = (
    "CREATE REL TABLE IF NOT EXISTS `{type}`(FROM Entity TO Entity, predicate STRING, lemmas STRING[], "
    "confidence DOUBLE, negated BOOLEAN, modality STRING, attribution STRING[], sources STRING[], "
    "evidence STRING[], provenance STRING[])"
)
READ_ENTITIES = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id, e.aliases"
UPSERT_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
ON MATCH SET e.aliases = row.aliases
"""
UPSERT_DOCUMENTS = "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d.source = row.source, d.title = row.title"
READ_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id"
CREATE_MENTIONS = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity}) MATCH (d:Document {id: row.doc})
CREATE (e)-[:MENTIONED_IN]->(d)
"""
UPSERT_MENTIONS = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity}) MATCH (d:Document {id: row.doc})
MERGE (e)-[:MENTIONED_IN]->(d)
"""
READ_RELATIONS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.s})-[r:`{type}`]->(b:Entity {id: row.o})
WHERE r.negated = row.negated
RETURN a.id, b.id, r.negated, r.predicate, r.lemmas, r.confidence, r.modality, r.attribution,
       r.sources, r.evidence, r.provenance
"""
REL_COLUMNS = ("predicate", "lemmas", "confidence", "modality", "attribution", "sources", "evidence",
               "provenance")
_SET_REL = ", ".join(f"r.{c} = row.{c}" for c in REL_COLUMNS)
UPDATE_RELATIONS = f"""
UNWIND $rows AS row
MATCH (a:Entity {{id: row.s}})-[r:`{{type}}`]->(b:Entity {{id: row.o}})
WHERE r.negated = row.negated
SET {_SET_REL}
"""
CREATE_RELATIONS = f"""
UNWIND $rows AS row
MATCH (a:Entity {{id: row.s}}) MATCH (b:Entity {{id: row.o}})
CREATE (a)-[r:`{{type}}` {{negated: row.negated}}]->(b)
SET {_SET_REL}
"""
ROW_KEYS = ("s", "o", "negated", *REL_COLUMNS)


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


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return re.sub(r"\s+", " ", text)


class EmbeddedStore:
    SCHEMA_QUERY = ("MATCH (a)-[r]->(b) RETURN label(a) AS from_label, label(r) AS type, "
                    "label(b) AS to_label, count(*) AS n ORDER BY n DESC, type")

    def __init__(self, db: Any, conn: Any, path: str, batch_size: int) -> None:
        self._db = db
        self._conn = conn
        self.path = path
        self.batch_size = batch_size
        self._tables: set[str] | None = None

    @classmethod
    def open(cls, path: str, *, batch_size: int | None = None, create: bool = True,
             **_: Any) -> EmbeddedStore:
        import ladybug

        from kg.config import settings

        target = Path(path)
        if target.is_dir():
            raise StoreError(f"{path}: is a folder; give the path of a database file such as graph.lbug")
        if not target.parent.is_dir():
            raise StoreError(f"{path}: folder {target.parent} does not exist")
        if not create and not target.exists():
            raise StoreError(f"{path}: no graph there (make one with: kg build INPUT --graph {path})")
        try:
            db = ladybug.Database(str(target))
            conn = ladybug.Connection(db)
        except RuntimeError as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreLockedError(f"{path}: the database is in use by another process; "
                                       "wait for it to finish (one writer at a time)") from None
            if "not a valid" in text:
                raise StoreError(f"{path}: not a LadybugDB database") from None
            raise StoreError(f"{path}: cannot open the database: {_message(exc)}") from None
        return cls(db, conn, str(target), batch_size or settings().batch_size)

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def _fact_tables(self) -> set[str]:
        if self._tables is None:
            self._tables = {
                row[0] for row in self._rows("CALL show_tables() WHERE type = 'REL' RETURN name")
            } - {"MENTIONED_IN"}
        return self._tables

    # -- writing ---------------------------------------------------------------------------
    def write(self, extractions: Iterable[Extraction]) -> WriteSummary:
        rows = build_rows(extractions)
        try:
            for statement in NODE_TABLES:
                self._run(statement)
            self._transaction(self._write_rows, rows)
        except RuntimeError as exc:
            self._tables = None
            raise StoreError(f"{self.path}: write failed and was rolled back: {_message(exc)}") from None
        return WriteSummary(len(rows.documents), len(rows.entities), rows.fact_count)

    def _write_rows(self, rows: Rows) -> None:
        size = self.batch_size
        # What is already stored decides what can be created without a look-up: the mentions of a
        # new document, and the relationships that touch an entity that did not exist, are new.
        new_docs: set[str] = set()
        for batch in chunks(rows.documents, size):
            stored = {row[0] for row in self._rows(READ_DOCUMENTS, {"ids": [r["id"] for r in batch]})}
            new_docs.update(r["id"] for r in batch if r["id"] not in stored)
            self._run(UPSERT_DOCUMENTS, {"rows": batch})
        new_entities: set[str] = set()
        for batch in chunks(list(rows.entities.values()), size):
            known = dict(self._rows(READ_ENTITIES, {"ids": [r["id"] for r in batch]}))
            new_entities.update(r["id"] for r in batch if r["id"] not in known)
            merged = [{**r, "aliases": sorted(set(r["aliases"]) | set(known.get(r["id"]) or []))} for r in batch]
            self._run(UPSERT_ENTITIES, {"rows": merged})
        mentions = [{"entity": e, "doc": d} for e, d in sorted(rows.mentions)]
        fresh = [m for m in mentions if m["doc"] in new_docs]
        for batch in chunks(fresh, size):
            self._run(CREATE_MENTIONS, {"rows": batch})
        for batch in chunks([m for m in mentions if m["doc"] not in new_docs], size):
            self._run(UPSERT_MENTIONS, {"rows": batch})
        tables = self._fact_tables()
        for rel_type, table in sorted(rows.relations.items()):
            safe = sanitize_rel_type(rel_type)
            if safe not in tables:
                self._run(FACT_TABLE.replace("{type}", safe))
                tables.add(safe)
            for batch in chunks(list(table.values()), size):
                maybe_stored = [r for r in batch if r["s"] not in new_entities and r["o"] not in new_entities]
                existing = {
                    (row[0], row[1], row[2]): dict(zip(REL_COLUMNS, row[3:], strict=True))
                    for row in self._rows(READ_RELATIONS.replace("{type}", safe), {"rows": _keys(maybe_stored)})
                } if maybe_stored else {}
                update: list[dict[str, Any]] = []
                create: list[dict[str, Any]] = []
                for rel in batch:
                    key = (rel["s"], rel["o"], rel["negated"])
                    row = _row(merge_relation(existing.get(key), rel))
                    (update if key in existing else create).append(row)
                if update:
                    self._run(UPDATE_RELATIONS.replace("{type}", safe), {"rows": update})
                if create:
                    self._run(CREATE_RELATIONS.replace("{type}", safe), {"rows": create})

    # -- reading ---------------------------------------------------------------------------
    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        check_query(cypher, parameters, write)

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
            self._tables = None
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
            "relation_types": one("MATCH (:Entity)-[r]->(:Entity) RETURN count(DISTINCT label(r))"),
            "mentions": one("MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m)"),
        }

    def clear(self) -> None:
        def work() -> None:
            for table in sorted(self._fact_tables() | {"MENTIONED_IN"}):
                self._run(f"DROP TABLE IF EXISTS `{sanitize_rel_type(table)}`")
            self._run("DROP TABLE IF EXISTS Entity")
            self._run("DROP TABLE IF EXISTS Document")

        try:
            self._transaction(work)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: clear failed: {_message(exc)}") from None
        finally:
            self._tables = None

    def remove_document(self, doc_id: str) -> dict[str, int]:
        if not self._rows("CALL show_tables() WHERE name = 'Document' RETURN name"):
            return {"documents": 0, "facts_removed": 0, "facts_kept": 0, "entities_removed": 0}

        def work() -> dict[str, int]:
            if not self._rows("MATCH (d:Document {id: $doc}) RETURN d.id", {"doc": doc_id}):
                return {"documents": 0, "facts_removed": 0, "facts_kept": 0, "entities_removed": 0}
            removed = kept = 0
            for table in sorted(self._fact_tables()):
                rels = self._rows(READ_RELATIONS.replace("{type}", table).replace(
                    "UNWIND $rows AS row\nMATCH (a:Entity {id: row.s})-[r:`" + table + "`]->(b:Entity {id: row.o})\n"
                    "WHERE r.negated = row.negated",
                    f"MATCH (a:Entity)-[r:`{table}`]->(b:Entity) WHERE list_contains(r.sources, $doc)"),
                    {"doc": doc_id})
                for row in rels:
                    rel = {"s": row[0], "o": row[1], "negated": row[2], **dict(zip(REL_COLUMNS, row[3:], strict=True))}
                    rest = without_document(rel, doc_id)
                    if rest is None:
                        self._run(f"MATCH (a:Entity {{id: $s}})-[r:`{table}`]->(b:Entity {{id: $o}}) "
                                  "WHERE r.negated = $negated DELETE r",
                                  {"s": rel["s"], "o": rel["o"], "negated": rel["negated"]})
                        removed += 1
                    else:
                        self._run(UPDATE_RELATIONS.replace("{type}", table), {"rows": [_row(rest)]})
                        kept += 1
            self._run("MATCH (d:Document {id: $doc}) DETACH DELETE d", {"doc": doc_id})
            orphans = self._rows("MATCH (e:Entity) WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(:Document) } "
                                 "RETURN e.id")
            for (entity,) in orphans:
                self._run("MATCH (e:Entity {id: $id}) DETACH DELETE e", {"id": entity})
            return {"documents": 1, "facts_removed": removed, "facts_kept": kept, "entities_removed": len(orphans)}

        try:
            return self._transaction(work)  # type: ignore[no-any-return]
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: remove failed and was rolled back: {_message(exc)}") from None


def _keys(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"s": r["s"], "o": r["o"], "negated": r["negated"]} for r in batch]


def _row(rel: dict[str, Any]) -> dict[str, Any]:
    """Every key present, lists as lists: LadybugDB needs one struct shape for all rows."""
    out = {key: rel.get(key) for key in ROW_KEYS}
    for key in ("lemmas", "attribution", "sources", "evidence", "provenance"):
        out[key] = list(out[key] or [])
    out["confidence"] = float(out["confidence"] or 0.0)
    return out


