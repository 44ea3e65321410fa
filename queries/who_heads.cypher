// Who heads an organisation? Leaders of every entity whose name contains $organisation.
// Parameters: $organisation (text, case-insensitive). Example: -p organisation=delegation
MATCH (p:Entity)-[r]->(o:Entity)
WHERE r.predicate = 'head' AND NOT r.negated AND toLower(o.name) CONTAINS toLower($organisation)
RETURN p.name AS leader, o.name AS organisation, r.confidence AS confidence
ORDER BY confidence DESC, leader, organisation
