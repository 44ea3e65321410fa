// Facts about an entity: every fact whose subject or object name contains $name, either direction.
// Parameters: $name (text). Example: -p name=Zakharova
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name CONTAINS $name OR b.name CONTAINS $name
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, r.negated AS negated,
       r.modality AS modality, r.confidence AS confidence
ORDER BY confidence DESC, subject, predicate, object, negated
