"""Row sets as the Arrow tables a write gives LadybugDB (``LOAD FROM $t``): a list-of-maps
parameter is ~3x slower to convert."""

from __future__ import annotations

from typing import Any

from kg.stores.rows import FACT_PROPERTIES, support_properties

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

