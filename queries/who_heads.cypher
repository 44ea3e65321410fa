// Who heads an organisation? Leaders of every entity whose name contains $organisation.
// Parameters: $organisation (text, case-insensitive). Example: -p organisation=delegation
MATCH (p:Entity)-[r]->(o:Entity)
WHERE r.predicate = 'head' AND NOT r.negated AND toLower(o.name) CONTAINS toLower($organisation)
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN p.name AS leader, o.name AS organisation, sp.confidence AS confidence
ORDER BY confidence DESC, leader, organisation
