"""LadybugDB's own Cypher of the embedded store: its tables, and the statements a write runs.

The portable Cypher both stores run is in :mod:`kg.stores.cypher`; the reasons for each statement's
shape are in :mod:`kg.stores.embedded`'s notes and beside each statement.
"""

from __future__ import annotations

from kg.stores.rows import FACT_PROPERTIES, SUPPORT_PROPERTIES

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

OWN_TABLES = frozenset({"Entity", "Document", "KgMeta", "Support", "MENTIONED_IN", "FACT"})
