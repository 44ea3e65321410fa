// Negated facts: what the text says did not or will not happen ("would definitely not attend").
// Parameters: none.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.negated
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, r.modality AS modality,
       split(r.attribution, '|') AS according_to, r.confidence AS confidence
ORDER BY confidence DESC, subject, predicate, object
