// Facts about an entity: every fact whose subject or object name contains $name, either direction.
// Parameters: $name (text). Example: -p name=Zakharova
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name CONTAINS $name OR b.name CONTAINS $name
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN a.name AS subject, r.predicate AS predicate, b.name AS object, r.negated AS negated,
       sp.modality AS modality, sp.confidence AS confidence
ORDER BY confidence DESC, subject, predicate, object, negated
