"""Neo4j over Bolt, with the official driver.

Writes are idempotent and batched: constraints first, then ``UNWIND $rows ... MERGE`` for nodes,
then facts (stored ones read, new ones created, grown ones' Support nodes updated: see
``CREATE_FACTS``), then
mentions, each ``write`` call in one transaction that the driver retries on transient errors.
Relationship types come from a closed set and are sanitised; every value is a parameter.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from kg.config import redact, split_credentials
from kg.errors import QueryError, StoreConnectionError, StoreError
from kg.model import Extraction, sanitize_rel_type
from kg.stores import QueryResult, WriteSummary, blank_strings_and_comments
from kg.stores.cypher import (
    ANY_ENTITY,
    READ_DOCUMENT_DIGESTS,
    READ_GRAPH_MODEL,
    SCHEMA,
    UPSERT_DOCUMENTS,
    WRITE_GRAPH_MODEL,
)
from kg.stores.neo4j_statements import (
    CLEAR,
    CONSTRAINTS,
    CREATE_ENTITIES,
    CREATE_FACTS,
    FIND_BY_ALIAS,
    FIND_ENTITIES,
    LOCK_SUBJECTS,
    READ_ENTITY_SETS,
    READ_FACTS,
    UPDATE_SUPPORTS,
    UPSERT_ENTITIES,
    UPSERT_MENTIONS,
)
from kg.stores.rows import (
    FACT_PROPERTIES,
    GRAPH_MODEL,
    Rows,
    build_rows,
    chunks,
    fact_lists,
    key_of,
    merge_entity,
    merge_relation,
    support_properties,
)

GENERIC_TYPE = "FACT"


def neo4j_type(relation: str) -> str:
    """The relationship type a fact's relation is stored under on Neo4j."""
    from kg.resolve.predicates import vocabulary

    return relation if relation in vocabulary() else GENERIC_TYPE




def _fact_key(i: int, rel: dict[str, Any]) -> dict[str, Any]:
    return {"i": i, "s": rel["s"], "o": rel["o"], "relation": rel["relation"], "negated": rel["negated"]}


def _fact_param(i: int, rel: dict[str, Any]) -> dict[str, Any]:
    """A fact row as the statements take it: its relationship's properties and its Support
    node's, as stored (lists as strings)."""
    return {**_fact_key(i, rel), "props": {k: rel[k] for k in FACT_PROPERTIES}, "support": support_properties(rel)}


def to_plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships become property dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"_type": value.type, **dict(value)}
    if isinstance(value, Path):
        return {"nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class Neo4jStore:

    def __init__(self, driver: Any, uri: str, database: str | None, batch_size: int) -> None:
        self._driver = driver
        self.uri = uri
        self.database = database
        self.batch_size = batch_size
        self._schema_ready = False

    @classmethod
    def open(cls, uri: str, *, username: str | None = None, password: str | None = None,
             database: str | None = None, batch_size: int | None = None,
             create: bool = True, read_only: bool = False, **_: Any) -> Neo4jStore:
        import neo4j
        from neo4j import exceptions as ex

        from kg.config import settings

        conf = settings()
        # Credentials may come in the URI (bolt://user:password@host); they are taken out before
        # the driver sees it (it does not accept them there) and never appear in a message.
        uri, uri_user, uri_password = split_credentials(uri)
        user = username or uri_user or conf.neo4j_username
        secret = password if password is not None else uri_password if uri_password is not None else conf.neo4j_password
        try:
            driver = neo4j.GraphDatabase.driver(uri, auth=(user, secret or ""),
                                                connection_timeout=10, max_transaction_retry_time=15,
                                                notifications_min_severity="OFF")
            driver.verify_connectivity()
        except ex.AuthError:
            raise StoreConnectionError(f"Neo4j at {uri} refused user {user!r}: wrong username or password "
                                       "(set NEO4J_USERNAME / NEO4J_PASSWORD)") from None
        except (ex.ServiceUnavailable, OSError) as exc:
            raise StoreConnectionError(f"cannot reach Neo4j at {uri}: {_first_line(exc)}") from None
        except (ex.ConfigurationError, ValueError) as exc:
            raise StoreConnectionError(f"bad Neo4j address {uri!r}: {_first_line(exc)}") from None
        except ex.Neo4jError as exc:
            raise StoreConnectionError(f"Neo4j at {uri}: {_first_line(exc)}") from None
        return cls(driver, uri, database or conf.neo4j_database, batch_size or conf.batch_size)

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, **kw: Any) -> Any:
        return self._driver.session(database=self.database, **kw)

    def _ensure_schema(self) -> None:
        """Constraints, and the graph-model marker; a graph another model wrote is refused, since
        mixing the two would split every relation between two layouts."""
        if self._schema_ready:
            return
        try:
            with self._session() as session:
                for statement in CONSTRAINTS:
                    session.run(statement).consume()
                version = session.run(READ_GRAPH_MODEL).values()
                if (version and version[0][0] != GRAPH_MODEL) or (not version and session.run(ANY_ENTITY).values()):
                    found = version[0][0] if version else 1
                    raise StoreError(f"{self.uri}: graph model {found}, written by an older kg; this kg writes model "
                                     f"{GRAPH_MODEL}. Rebuild it: kg clear --graph {self.uri} --yes, then kg build")
                session.run(WRITE_GRAPH_MODEL, version=GRAPH_MODEL).consume()
        except Exception as exc:
            raise _store_error(exc, "creating the schema", self.database) from None
        self._schema_ready = True

    # -- writing ---------------------------------------------------------------------------
    def write(self, extractions: Iterable[Extraction], digests: Mapping[str, str] | None = None,
              spellings: Mapping[str, str] | None = None) -> WriteSummary:
        rows = build_rows(extractions, digests, spellings)
        try:
            self._ensure_schema()
            with self._session() as session:
                session.execute_write(self._write_rows, rows)
        except Exception as exc:
            raise _store_error(exc, "writing to Neo4j", self.database) from None
        return WriteSummary(len(rows.documents), len(rows.entities), rows.fact_count)

    def _write_rows(self, tx: Any, rows: Rows) -> None:
        size = self.batch_size
        for batch in chunks(rows.documents, size):
            tx.run(UPSERT_DOCUMENTS, rows=batch).consume()
        new_entities: set[str] = set()
        for batch in chunks(list(rows.entities.values()), size):
            # Entities already stored with every alias and record the batch brings are not
            # written again (a reload wrote, and logged, every entity of the corpus).
            known = {rec["id"]: rec for rec in tx.run(READ_ENTITY_SETS, ids=[r["id"] for r in batch])}
            fresh = [r for r in batch if r["id"] not in known]
            grown = [r for r in batch if r["id"] in known and merge_entity(known[r["id"]], r) is not None]
            if fresh:
                raced = {rec["id"] for rec in tx.run(CREATE_ENTITIES, rows=fresh)}
                new_entities.update(r["id"] for r in fresh if r["id"] not in raced)
                grown += [r for r in fresh if r["id"] in raced]
            if grown:
                new_entities.update(rec["id"] for rec in tx.run(UPSERT_ENTITIES, rows=grown))
        # Every read comes before any relationship is created in this transaction: reading a
        # node's relationships once the transaction has added many to it (mentions, facts) was
        # slow enough to take 32 s for 1,970 facts of the real folder, against 1 s for 10,000.
        facts = [self._stored_facts(tx, batch, new_entities)
                 for batch in chunks(sorted(rows.relations.values(), key=key_of), size)]
        for batch, stored in facts:
            self._write_facts(tx, batch, stored)
        by_doc: dict[str, list[str]] = {}
        for entity, doc in sorted(rows.mentions):
            by_doc.setdefault(doc, []).append(entity)
        mentions = [{"doc": doc, "entities": entities} for doc, entities in sorted(by_doc.items())]
        for batch in chunks(mentions, max(1, size // 20)):
            tx.run(UPSERT_MENTIONS, rows=batch).consume()

    @staticmethod
    def _stored_facts(tx: Any, batch: list[dict[str, Any]],
                      new_entities: set[str]) -> tuple[list[dict[str, Any]], dict[int, Any]]:
        """Lock the batch's subjects and read which of its facts are stored (by position: None
        when the batch brings no new support). A fact with an entity this transaction created
        cannot be stored yet: it is not looked up."""
        tx.run(LOCK_SUBJECTS, ids=sorted({r["s"] for r in batch})).consume()
        # A stored record is a whole line of the Support node's provenance: CONTAINS finds it (a record is a JSON
        # object, never part of another one).
        known = [{**_fact_key(i, rel), "records": rel["provenance"]} for i, rel in enumerate(batch)
                 if rel["s"] not in new_entities and rel["o"] not in new_entities]
        return batch, ({rec["i"]: rec["stored"] for rec in tx.run(READ_FACTS, rows=known)} if known else {})

    @staticmethod
    def _write_facts(tx: Any, batch: list[dict[str, Any]], stored: dict[int, Any]) -> None:
        """Create the facts the graph lacks; update the Support nodes of those the batch brings new
        support for."""
        new = [{**_fact_param(i, rel), "type": sanitize_rel_type(neo4j_type(rel["relation"]))}
               for i, rel in enumerate(batch) if i not in stored]
        if new:
            tx.run(CREATE_FACTS, rows=new).consume()
        grown = [merge_relation({**fact_lists(old), "s": batch[i]["s"], "o": batch[i]["o"]}, batch[i])
                 for i, old in sorted(stored.items()) if old is not None]
        if grown:
            tx.run(UPDATE_SUPPORTS, rows=[{"support": support_properties(rel)} for rel in grown]).consume()

    # -- reading ---------------------------------------------------------------------------
    def query(self, cypher: str, parameters: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        def work(tx: Any) -> QueryResult:
            result = tx.run(cypher, parameters or {})
            columns = list(result.keys())
            return QueryResult(columns, [[to_plain(v) for v in record.values()] for record in result])

        try:
            with self._session() as session:
                if write and in_transactions(cypher):
                    # CALL { ... } IN TRANSACTIONS commits as it goes: Neo4j runs it only in an
                    # implicit (auto-commit) transaction, never in a managed one.
                    return work(session)
                return session.execute_write(work) if write else session.execute_read(work)  # type: ignore[no-any-return]
        except Exception as exc:
            raise _store_error(exc, "query", self.database) from None

    def stats(self) -> dict[str, int]:
        counts = self.query("""
            CALL { MATCH (e:Entity) RETURN count(e) AS entities }
            CALL { MATCH (d:Document) RETURN count(d) AS documents }
            CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts, count(DISTINCT r.relation) AS relation_types }
            CALL { MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m) AS mentions }
            RETURN entities, documents, facts, relation_types, mentions
        """).records()[0]
        return {k: int(v) for k, v in counts.items()}

    def bulk(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()  # each write is one transaction; nothing to defer

    def schema(self) -> QueryResult:
        return self.query(SCHEMA)

    def catalog(self) -> dict[str, list[str]]:
        def names(cypher: str) -> list[str]:
            return sorted(row[0] for row in self.query(cypher).rows)

        return {"labels": names("CALL db.labels() YIELD label RETURN label"),
                "types": names("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"),
                "properties": names("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")}

    def add_properties(self, label: str, columns: dict[str, str]) -> None:
        """Neo4j takes new properties as they come."""

    def clear(self) -> None:
        """Delete in batches, each its own transaction (a graph of any size fits the server's
        transaction memory): facts first, then mentions, then the nodes, which have no edges left.
        Interrupted, it leaves a smaller graph that a rerun clears."""
        try:
            with self._session() as session:
                for statement in CLEAR:
                    session.run(statement).consume()
        except Exception as exc:
            raise _store_error(exc, "clearing the graph", self.database) from None
        finally:
            self._schema_ready = False

    def find_entities(self, keys: list[str]) -> list[dict[str, Any]]:
        """Stored entities whose normalised name or surname is one of ``keys`` (index look-ups)."""
        if not keys:
            return []
        self._ensure_schema()
        return self.query(FIND_ENTITIES, {"keys": keys}).records()

    def find_by_alias(self, aliases: list[str]) -> list[dict[str, Any]]:
        """Stored entities one of whose aliases is one of ``aliases`` (one scan of the entities)."""
        if not aliases:
            return []
        self._ensure_schema()
        return self.query(FIND_BY_ALIAS, {"aliases": aliases}).records()

    def document_digests(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        self._ensure_schema()
        return {row["id"]: row["digest"] for row in self.query(READ_DOCUMENT_DIGESTS, {"ids": ids}).records()
                if row["digest"] is not None}

    def transact(self, work: Any) -> Any:
        def in_tx(tx: Any) -> Any:
            return work(lambda cypher, parameters: [list(rec.values()) for rec in tx.run(cypher, parameters)])

        try:
            with self._session() as session:
                return session.execute_write(in_tx)
        except Exception as exc:
            raise _store_error(exc, "writing to Neo4j", self.database) from None

    def absorb_entities(self, moves: list[dict[str, Any]]) -> None:
        """Move stored entities, or documents' share of them, in one transaction (:mod:`kg.stores.merging`)."""
        from kg.stores.merging import absorb

        def work(tx: Any) -> None:
            def run(cypher: str, parameters: dict[str, Any]) -> list[list[Any]]:
                return [list(rec.values()) for rec in tx.run(cypher, parameters)]

            absorb(run, lambda rows: self._write_rows(tx, rows), moves)

        self._ensure_schema()
        try:
            with self._session() as session:
                session.execute_write(work)
        except Exception as exc:
            raise _store_error(exc, "merging entities", self.database) from None

    def remove_document(self, doc_id: str) -> dict[str, int]:
        from kg.stores.removal import remove_document

        return remove_document(self, doc_id)


_IN_TRANSACTIONS = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)


def _first_line(exc: BaseException) -> str:
    """The driver's message on one line (some span several; the first alone can end in ': '),
    with any credentials in a URI it quotes taken out."""
    text = str(getattr(exc, "message", None) or str(exc) or exc.__class__.__name__)
    return redact(" ".join(text.split()).rstrip(": ")) or exc.__class__.__name__


def in_transactions(cypher: str) -> bool:
    """Whether a query holds ``CALL { ... } IN TRANSACTIONS`` (strings and comments aside)."""
    return bool(_IN_TRANSACTIONS.search(blank_strings_and_comments(cypher)))


def _store_error(exc: BaseException, doing: str, database: str | None = None) -> BaseException:
    from neo4j import exceptions as ex

    if isinstance(exc, QueryError | StoreError):
        return exc
    if getattr(exc, "code", None) == "Neo.ClientError.Database.DatabaseNotFound":
        name = f"{database!r}" if database else "the default database"
        return StoreConnectionError(f"Neo4j has no database {name} (check NEO4J_DATABASE)")
    if isinstance(exc, ex.AuthError):
        return StoreConnectionError(f"Neo4j refused our credentials while {doing}")
    if isinstance(exc, ex.ServiceUnavailable | ex.SessionExpired):
        return StoreConnectionError(f"lost the connection to Neo4j while {doing}: {_first_line(exc)}")
    if isinstance(exc, ex.ClientError):
        code = getattr(exc, "code", "") or ""
        if "Forbidden" in code or "AccessMode" in code:
            return QueryError("query would change the graph; pass --write (write=True) to allow it")
        if doing == "query":
            return QueryError(f"Neo4j rejected the query: {_first_line(exc)}")
        return StoreError(f"Neo4j rejected {doing}: {_first_line(exc)}")
    if isinstance(exc, ex.Neo4jError | ex.DriverError):
        return StoreError(f"Neo4j failed while {doing}: {_first_line(exc)}")
    return exc
