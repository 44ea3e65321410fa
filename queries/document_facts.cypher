// Facts from one document: every fact that document supports, with the sentences it says them in
// (one per line, on the fact's Support node). A fact's sp.sources is its document ids joined by '|';
// the facts are read from the entities the document mentions (every fact's subject is), not from
// a scan of every fact.
// Parameters: $doc (document id, as in `kg stats`/Document.id). Example: -p doc=8d9138b90eb8e3b7
MATCH (a:Entity)-[:MENTIONED_IN]->(:Document {id: $doc})
MATCH (a)-[r]->(b:Entity)
OPTIONAL MATCH (sp:Support {id: r.key})
WITH a, r, b, sp
WHERE ('|' + sp.sources + '|') CONTAINS ('|' + $doc + '|')
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, r.negated AS negated,
       split(sp.evidence, '\n') AS evidence
ORDER BY subject, predicate, object, negated
