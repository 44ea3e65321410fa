"""Cypher that every store runs as it is (LadybugDB and Neo4j alike), kept in one place.

Store-specific statements (LadybugDB's ``COPY`` and ``LOAD FROM``, Neo4j's dynamic relationship
types) live in their store's module; everything here is portable and parameterised.
"""

from __future__ import annotations

from kg.stores.rows import SUPPORT_PROPERTIES

UPSERT_DOCUMENTS = ("UNWIND $rows AS row MERGE (d:Document {id: row.id}) "
                    "SET d.source = row.source, d.title = row.title, d.digest = row.digest, d.spellings = row.spellings")
# What each document's extraction was when it was written (kg.model.extraction_digest).
READ_DOCUMENT_DIGESTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.digest AS digest"
READ_GRAPH_MODEL = "MATCH (m:KgMeta {id: 'graph-model'}) RETURN m.version"
WRITE_GRAPH_MODEL = "MERGE (m:KgMeta {id: 'graph-model'}) SET m.version = $version"
ANY_ENTITY = "MATCH (e:Entity) RETURN e.id LIMIT 1"
DOCUMENT_EXISTS = "MATCH (d:Document {id: $doc}) RETURN d.id"
DELETE_DOCUMENT = "MATCH (d:Document {id: $doc}) DETACH DELETE d"

# An entity's sets that one document contributes to (corpus resolution): read before the document
# is removed, written back without its share (kg.stores.rows.entity_without_document).
READ_DOCUMENT_ENTITIES = ("MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: $doc}) "
                          "RETURN e.id, e.aliases, e.merged_by, e.other_types")
SET_ENTITY_SETS = ("MATCH (e:Entity {id: $id}) "
                   "SET e.aliases = $aliases, e.merged_by = $merged_by, e.other_types = $other_types")

# The graph's shape, for `:schema` in the console: fact relations and mentions, most used first.
SCHEMA = """
MATCH (:Entity)-[r]->(b)
RETURN 'Entity' AS from_label, coalesce(r.relation, 'MENTIONED_IN') AS type,
       CASE WHEN r.relation IS NULL THEN 'Document' ELSE 'Entity' END AS to_label, count(*) AS n
ORDER BY n DESC, type
"""

# Reading a whole graph in keyset pages (kg export, kg analyze): documents, then entities, each
# page with the facts whose subject it holds.
DOCUMENT_PAGE = ("MATCH (d:Document) WHERE d.id > $after "
                 "RETURN d.id AS id, d.source AS source, d.title AS title ORDER BY id LIMIT {n}")
ENTITY_PAGE = ("MATCH (e:Entity) WHERE e.id > $after "
               "RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases ORDER BY id LIMIT {n}")
MENTIONS_OF = ("UNWIND $ids AS id MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(d:Document) "
               "RETURN e.id AS id, d.id AS doc")
# A fact's sentences are on its Support node (graph model 5: kg.stores.rows). OPTIONAL MATCH, not
# MATCH: LadybugDB plans ``MATCH (s:Support {id: r.key})`` as a hash join over the whole Support
# table (100 ms for one entity's facts among 200,000, its strings read), and the OPTIONAL MATCH
# as a primary-key look-up per fact (0.8 ms); Neo4j seeks the unique index either way.
SUPPORT_OF_R = "OPTIONAL MATCH (sp:Support {id: r.key}) "
FACTS_OF = ("UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b:Entity) " + SUPPORT_OF_R +
            "RETURN a.id AS s, r.relation AS relation, r.negated AS negated, sp.provenance AS provenance, "
            "sp.evidence AS evidence, b.id AS o, b.name AS name, b.type AS type, b.aliases AS aliases")

# kg analyze --write: scores on the entities.
WRITE_SCORES = ("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) "
                "SET e.degree = row.degree, e.pagerank = row.pagerank, e.community = row.community")

# kg remove: one document's support out of the graph (kg.stores.removal).
# A document's facts are found from its mentions: the subject of every fact a document supports is
# mentioned in it (kg.stores.rows.build_rows; a late merge moves the mentions with the facts), so
# its facts are the relationships of the entities it mentions whose Support node lists it among
# its ``sources`` (items joined by '|', found with the separators around them). The graph is not
# scanned: one document's mentions, their relationships, a primary-key look-up per relationship.
# ``$doc`` is the document's id, ``$item`` the same as a stored list holds it (kg.stores.rows.stored_item).
FACTS_OF_DOCUMENT = ("MATCH (a:Entity)-[:MENTIONED_IN]->(:Document {id: $doc}) MATCH (a)-[r]->(b:Entity) "
                     + SUPPORT_OF_R + "WITH a, r, b, sp WHERE ('|' + sp.sources + '|') CONTAINS ('|' + $item + '|') ")
DOCUMENT_FACTS = FACTS_OF_DOCUMENT + "RETURN a.id, r.relation, b.id, r.negated, sp.evidence, sp.provenance"
DELETE_FACT = ("MATCH (a:Entity {id: $s})-[r]->(b:Entity {id: $o}) "
               "WHERE r.relation = $relation AND r.negated = $negated DELETE r")
# A fact's Support node goes and changes with it (:func:`kg.stores.rows.fact_key` gives its id); a
# stored relationship itself never changes (graph model 5).
DELETE_SUPPORT = "MATCH (sp:Support {id: $key}) DELETE sp"
UPDATE_SUPPORT = ("MATCH (sp:Support {id: $id}) SET "
                  + ", ".join(f"sp.{p} = ${p}" for p in SUPPORT_PROPERTIES))
UNMENTIONED_ENTITIES = "MATCH (e:Entity) WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(:Document) } RETURN e.id"
DELETE_ENTITY = "MATCH (e:Entity {id: $id}) DETACH DELETE e"
