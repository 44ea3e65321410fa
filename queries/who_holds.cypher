// Who holds title T at O? People whose role facts name a title containing $title (e.g. minister,
// chief executive) at an organisation or country whose name contains $organisation (both
// case-insensitive). See roles.cypher for how role facts are typed.
// Parameters: $title, $organisation. Example: -p title=minister -p organisation=Russia
// (The parameter is bound with WITH first: LadybugDB takes none inside a list predicate.)
WITH toLower($title) AS title
MATCH (p:Entity)-[r]->(o:Entity)
WHERE NOT r.negated
  AND r.predicate IN ['role', 'head', 'minister', 'spokesperson', 'secretary', 'president', 'aide',
                      'member', 'counterpart']
  AND toLower(o.name) CONTAINS toLower($organisation)
  AND any(t IN r.lemmas WHERE toLower(t) CONTAINS title)
RETURN p.name AS person, r.lemmas AS titles, o.name AS organisation, r.confidence AS confidence
ORDER BY confidence DESC, person, organisation
