"""``kg remove``: one algorithm over the store protocol, in one write transaction.

A fact only the document supported goes with its Support node; a fact others support too loses
the document's records (and what derives from them) from its Support node, its relationship left
as it is; the document goes with its mentions; an entity no document
mentions any more goes too; an entity keeps what other documents said of it (its aliases,
``merged_by`` and ``other_types`` records).
"""

from __future__ import annotations

from typing import Any

from kg.stores import GraphStore
from kg.stores.cypher import (
    DELETE_DOCUMENT,
    DELETE_ENTITY,
    DELETE_FACT,
    DELETE_SUPPORT,
    DOCUMENT_EXISTS,
    DOCUMENT_FACTS,
    READ_DOCUMENT_ENTITIES,
    SET_ENTITY_SETS,
    UNMENTIONED_ENTITIES,
    UPDATE_SUPPORT,
)
from kg.stores.rows import (
    ENTITY_SETS,
    entity_without_document,
    fact_key,
    split_lines,
    stored_item,
    support_properties,
    without_document,
)

NOTHING = {"documents": 0, "facts_removed": 0, "facts_kept": 0, "entities_removed": 0}


def remove_document(store: GraphStore, doc_id: str) -> dict[str, int]:
    def work(run: Any) -> dict[str, int]:
        if not run(DOCUMENT_EXISTS, {"doc": doc_id}):
            return dict(NOTHING)
        removed = kept = 0
        for s, relation, o, negated, evidence, provenance in run(DOCUMENT_FACTS, {"doc": doc_id, "item": stored_item(doc_id)}):
            key = {"s": s, "relation": relation, "o": o, "negated": negated}
            rest = without_document({**key, "evidence": split_lines(evidence), "provenance": split_lines(provenance)},
                                    doc_id)
            if rest is None:
                run(DELETE_FACT, key)
                run(DELETE_SUPPORT, {"key": fact_key(s, relation, o, negated)})
                removed += 1
            else:
                run(UPDATE_SUPPORT, support_properties(rest))
                kept += 1
        # The document's share of its entities (corpus resolution): merge and type records, and
        # the aliases only it supported.
        for row in run(READ_DOCUMENT_ENTITIES, {"doc": doc_id}):
            entity = {"id": row[0], **dict(zip(ENTITY_SETS, row[1:], strict=True))}
            run(SET_ENTITY_SETS, entity_without_document(entity, doc_id))
        run(DELETE_DOCUMENT, {"doc": doc_id})
        orphans = run(UNMENTIONED_ENTITIES, {})
        for (entity,) in orphans:
            run(DELETE_ENTITY, {"id": entity})
        return {"documents": 1, "facts_removed": removed, "facts_kept": kept, "entities_removed": len(orphans)}

    return store.transact(work)  # type: ignore[no-any-return]
