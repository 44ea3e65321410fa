// What did an entity do? Objects of one normalised predicate for subjects whose name contains $name.
// Parameters: $name (text), $predicate (normalised, lower case: decline, head, meet, ...).
// Example: -p name=Putin -p predicate=decline
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.name CONTAINS $name AND r.predicate = $predicate
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN s.name AS subject, r.predicate AS predicate, o.name AS object, r.negated AS negated,
       split(sp.lemmas, '|') AS said_as, sp.confidence AS confidence
ORDER BY confidence DESC, subject, object
