// Facts from one document: every fact that document supports, with the sentences it says them in
// (one per line, on the fact's Support node). A fact's r.sources is its document ids joined by '|'.
// Parameters: $doc (document id, as in `kg stats`/Document.id). Example: -p doc=8d9138b90eb8e3b7
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ('|' + r.sources + '|') CONTAINS ('|' + $doc + '|')
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, r.negated AS negated,
       split(sp.evidence, '\n') AS evidence
ORDER BY subject, predicate, object, negated
