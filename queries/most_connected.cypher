// Most connected entities: entities ranked by the number of facts they take part in.
// Parameters: $limit (number of rows). Example: -p limit=10
MATCH (e:Entity)-[r]-(:Entity)
RETURN e.name AS entity, e.type AS type, count(r) AS facts
ORDER BY facts DESC, entity, type
LIMIT $limit
