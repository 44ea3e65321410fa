// Negated facts: what the text says did not or will not happen ("would definitely not attend").
// Parameters: none.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.negated
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, sp.modality AS modality,
       split(sp.attribution, '|') AS according_to, sp.confidence AS confidence
ORDER BY confidence DESC, subject, predicate, object
