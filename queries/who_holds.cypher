// Who holds title T at O? People whose role facts name a title containing $title (e.g. minister,
// chief executive) at an organisation or country whose name contains $organisation (both
// case-insensitive). See roles.cypher for how role facts are typed.
// Parameters: $title, $organisation. Example: -p title=minister -p organisation=Russia
MATCH (p:Entity)-[r]->(o:Entity)
WHERE NOT r.negated
  AND r.predicate IN ['role', 'head', 'minister', 'spokesperson', 'secretary', 'president', 'aide',
                      'member', 'counterpart']
  AND toLower(o.name) CONTAINS toLower($organisation)
OPTIONAL MATCH (sp:Support {id: r.key})
WITH p, r, o, sp
WHERE toLower(sp.lemmas) CONTAINS toLower($title)
RETURN p.name AS person, split(sp.lemmas, '|') AS titles, o.name AS organisation, sp.confidence AS confidence
ORDER BY confidence DESC, person, organisation
