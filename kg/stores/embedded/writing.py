"""One batch written to LadybugDB, inside the store's transaction (:meth:`EmbeddedStore._commit`):
what is new is created from Arrow tables, what is stored is read, merged in Python and written
back only when the merge changed it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.provenance import Provenance
from kg.stores.cypher import UPSERT_DOCUMENTS
from kg.stores.embedded.statements import (
    CREATE_DOCUMENTS,
    CREATE_ENTITIES,
    CREATE_MENTIONS,
    CREATE_RELATIONS,
    CREATE_SUPPORT,
    READ_DOCUMENTS,
    READ_ENTITIES,
    READ_FACT_KEYS,
    READ_MENTIONS,
    READ_SUPPORT,
    UPDATE_SUPPORT,
    UPSERT_ENTITIES,
)
from kg.stores.embedded.tables import (
    DOCUMENT_SCHEMA,
    ENTITY_SCHEMA,
    MENTION_SCHEMA,
    arrow_columns,
    arrow_table,
    relation_table,
    support_table,
)
from kg.stores.rows import (
    ENTITY_SETS,
    Rows,
    chunks,
    key_of,
    merge_entity,
    merge_relation,
    relation_row,
    split_lines,
)

if TYPE_CHECKING:
    from kg.stores.embedded import EmbeddedStore


def write_rows(store: EmbeddedStore, rows: Rows) -> None:
    """Upsert one batch. What is already stored decides the path: anything new is created from
    an Arrow table (``LOAD FROM ... CREATE``, logged and rolled back cleanly); what exists
    is read, merged in Python and written back only when the merge changed it."""
    size = store.batch_size
    new_docs: set[str] = set()
    for batch in chunks(rows.documents, size):
        stored = {row[0] for row in store._rows(READ_DOCUMENTS, {"ids": [r["id"] for r in batch]})}
        fresh = [r for r in batch if r["id"] not in stored]
        new_docs.update(r["id"] for r in fresh)
        if fresh:
            store._run(CREATE_DOCUMENTS, {"t": arrow_table(fresh, DOCUMENT_SCHEMA)})
        if len(fresh) < len(batch):
            store._run(UPSERT_DOCUMENTS, {"rows": [r for r in batch if r["id"] in stored]})
    new_entities: set[str] = set()
    for batch in chunks(list(rows.entities.values()), size):
        known = {row[0]: dict(zip(ENTITY_SETS, row[1:], strict=True))
                 for row in store._rows(READ_ENTITIES, {"ids": [r["id"] for r in batch]})}
        fresh = [r for r in batch if r["id"] not in known]
        new_entities.update(r["id"] for r in fresh)
        if fresh:
            store._run(CREATE_ENTITIES, {"t": arrow_table(fresh, ENTITY_SCHEMA)})
        grown = [m for r in batch if r["id"] in known
                 for m in [merge_entity(known[r["id"]], r)] if m is not None]
        if grown:
            store._run(UPSERT_ENTITIES, {"rows": grown})
    # Mentions of a new document are new; for a known one, only the missing ones are written.
    mentions = sorted(rows.mentions)
    old_docs = sorted({d for _, d in mentions if d not in new_docs})
    stored_mentions: set[tuple[str, str]] = set()
    for batch in chunks(old_docs, size):
        stored_mentions.update((e, d) for e, d in store._rows(READ_MENTIONS, {"ids": batch}))
    for batch in chunks([m for m in mentions if m not in stored_mentions], size):
        store._run(CREATE_MENTIONS, {"t": arrow_columns(
            {"from": [e for e, _ in batch], "to": [d for _, d in batch]}, MENTION_SCHEMA)})
    for batch in chunks(sorted(rows.relations.values(), key=key_of), size):
        store._write_relations(batch, new_entities)

def write_relations(store: EmbeddedStore, batch: list[dict[str, Any]], new_entities: set[str]) -> None:
    """New relationships are created with their Support nodes; a stored one is left as it is,
    and its Support node updated when the batch brings provenance it lacks (provenance
    determines every other property)."""
    maybe_stored = [r for r in batch if r["s"] not in new_entities and r["o"] not in new_entities]
    stored_keys = {tuple(row[:4]) for row in stored_facts(store, READ_FACT_KEYS, maybe_stored)}
    create = [r for r in batch if key_of(r) not in stored_keys]
    known = [r for r in batch if key_of(r) in stored_keys]
    support = {row[0]: dict(zip(split_lines(row[2]), split_lines(row[1]), strict=True))
               for part in chunks([r["key"] for r in known], store.batch_size)
               for row in store._rows(READ_SUPPORT, {"ids": part})}
    grown = [r for r in known if not set(r["provenance"]) <= support[r["key"]].keys()]
    if grown:
        update = [merge_relation(relation_row(r["s"], r["relation"], r["o"], r["negated"], support[r["key"]],
                                              map(Provenance.from_json, support[r["key"]])), r)
                  for r in grown]
        store._run(UPDATE_SUPPORT, {"t": support_table(update)})
    if create:
        store._run(CREATE_RELATIONS, {"t": relation_table(create)})
        store._run(CREATE_SUPPORT, {"t": support_table(create)})

def stored_facts(store: EmbeddedStore, cypher: str, rels: list[dict[str, Any]]) -> list[list[Any]]:
    """The stored rows (key first) of those of ``rels`` that are in the graph."""
    wanted = {key_of(r) for r in rels}
    subjects = sorted({r["s"] for r in rels})
    return [row for part in chunks(subjects, store.batch_size)
            for row in store._rows(cypher, {"ids": part}) if tuple(row[:4]) in wanted]
