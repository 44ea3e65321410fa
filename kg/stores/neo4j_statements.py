"""The Cypher kg's Neo4j store runs: schema, entity and fact writes, look-ups and ``kg clear``.

Every value is a parameter; the one relationship type that comes from data is sanitised to the
closed set first (``kg.stores.neo4j.neo4j_type``).
"""

CONSTRAINTS = (
    "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT kg_meta_id IF NOT EXISTS FOR (m:KgMeta) REQUIRE m.id IS UNIQUE",
    # What a fact's support gives it: its Support node, found by the fact's key (graph model 5: kg.stores.rows).
    "CREATE CONSTRAINT kg_support_id IF NOT EXISTS FOR (s:Support) REQUIRE s.id IS UNIQUE",
    "CREATE INDEX kg_fact_relation IF NOT EXISTS FOR ()-[r:FACT]-() ON (r.relation)",
    # Corpus resolution finds stored entities by normalised name and surname.
    "CREATE INDEX kg_entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key)",
    "CREATE INDEX kg_entity_surname IF NOT EXISTS FOR (e:Entity) ON (e.surname)",
)
READ_ENTITY_SETS = ("UNWIND $ids AS id MATCH (e:Entity {id: id}) "
                    "RETURN e.id AS id, e.aliases AS aliases, e.merged_by AS merged_by, e.other_types AS other_types")
# Which entities this MERGE created is returned: only after the MERGE (which waits for a
# concurrent load that is creating the same node) is it known that their facts cannot be stored.
UPSERT_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.kg_created = true
WITH e, row, e.kg_created IS NOT NULL AS created
REMOVE e.kg_created
SET e.key = row.key, e.surname = row.surname,
""" + ",\n".join(f"    e.{p} = COLLECT {{ UNWIND coalesce(e.{p}, []) + row.{p} AS x RETURN DISTINCT x ORDER BY x }}"
                  for p in ("aliases", "merged_by", "other_types")) + """
WITH e, created WHERE created
RETURN e.id AS id
"""
# Entities the graph did not hold when the batch read it (most of a first load) are created with
# plain properties: the set union above costs 1.4x as much for rows it has nothing to merge with
# (20,000 entities: 3.1 s against 2.2 s). The ids returned are the rows another load created in
# the meantime: those take the union path.
CREATE_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.key = row.key, e.surname = row.surname,
    e.aliases = row.aliases, e.merged_by = row.merged_by, e.other_types = row.other_types, e.kg_created = true
WITH e, e.kg_created IS NOT NULL AS created
REMOVE e.kg_created
WITH e WHERE NOT created
RETURN e.id AS id
"""
FIND_ENTITIES = """
UNWIND $keys AS k
CALL { WITH k MATCH (e:Entity {key: k}) RETURN e UNION WITH k MATCH (e:Entity {surname: k}) RETURN e
       UNION WITH k MATCH (e:Entity) WHERE e.key STARTS WITH k + ' ' AND e.surname <> '' RETURN e }
RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.key AS key,
       e.surname AS surname, e.merged_by AS merged_by, e.other_types AS other_types
"""
FIND_BY_ALIAS = """
MATCH (e:Entity) WHERE any(a IN e.aliases WHERE a IN $aliases)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.key AS key,
       e.surname AS surname, e.merged_by AS merged_by, e.other_types AS other_types
"""
UPSERT_MENTIONS = """
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
UNWIND row.entities AS entity
MATCH (e:Entity {id: entity})
MERGE (e)-[:MENTIONED_IN]->(d)
"""
# Relationship types are a closed set: the relations of kg's predicate table (HEAD, DECLINE, MEET,
# ...; kg.resolve.predicates.vocabulary) are types of their own, every other relation is a FACT
# with its `relation` property (indexed). (Neo4j 5.26 can take the type from a parameter, but it
# plans such a MERGE as a scan of every relationship: measured, 1,000 rows ran for minutes.)
#
# A batch of facts is written without MERGE, in a fixed few statements: the subjects are locked
# (a property written and removed: the write lock is held to the commit, so a concurrent load of
# the same subjects waits and then sees these facts), the stored facts are read in one statement,
# the new ones are CREATEd and the grown ones updated, each in one statement: four statements a
# batch, whatever the types. Creating instead of merging was 1.8x faster on the real folder (warm
# server, one CREATE per type: 4,300 -> 7,800 relationships/s).
LOCK_SUBJECTS = "UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.kg_lock = true REMOVE e.kg_lock"
_ONE_FACT_OF_ROW = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.s})-[r]->(b:Entity {id: row.o})
WHERE r.relation = row.relation AND r.negated = row.negated
"""
READ_FACTS = _ONE_FACT_OF_ROW + """
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN row.i AS i, CASE WHEN all(p IN row.records WHERE sp.provenance CONTAINS p) THEN null
                       ELSE sp {.*} END AS stored
"""
# The type comes from a parameter (5.26 dynamic types), always one of the closed set: one
# statement for every type. For CREATE this plans well (unlike MERGE, above), and it was faster
# than one CREATE per type on the real folder (6,400 against 4,300 relationships/s in batches of
# 300 facts, 5,500 against 3,700 in batches of 10,000), where each statement costs a round trip.
CREATE_FACTS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.s})
MATCH (b:Entity {id: row.o})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
CREATE (sp:Support)
SET sp = row.support
"""
# A stored fact the batch brings new support for keeps its relationship as it is (graph model 5):
# only its Support node changes.
UPDATE_SUPPORTS = """
UNWIND $rows AS row
MATCH (sp:Support {id: row.support.id})
SET sp = row.support
"""
# kg clear, batch by batch. Each runs in an implicit transaction (IN TRANSACTIONS needs one).
CLEAR_BATCH = 5000
CLEAR = (
    f"MATCH (:Entity)-[r]->() CALL {{ WITH r DELETE r }} IN TRANSACTIONS OF {CLEAR_BATCH} ROWS",
    f"MATCH (n) WHERE n:Entity OR n:Document OR n:KgMeta OR n:Support CALL {{ WITH n DETACH DELETE n }} "
    f"IN TRANSACTIONS OF {CLEAR_BATCH} ROWS",
)
