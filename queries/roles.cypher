// Who is X? The roles of every entity whose name contains $name: each title with the organisation
// or country it is held at. A role fact is typed by its title noun (HEAD, MINISTER, SPOKESPERSON,
// SECRETARY, PRESIDENT, AIDE, MEMBER, COUNTERPART) or ROLE, and keeps the titles in its Support node's lemmas (joined by '|'); a
// title held nowhere in particular is IS_A the title, which is then the object.
// Parameters: $name (text). Example: -p name=Lavrov
MATCH (p:Entity)-[r]->(o:Entity)
WHERE p.name CONTAINS $name AND NOT r.negated
  AND r.predicate IN ['role', 'head', 'minister', 'spokesperson', 'secretary', 'president', 'aide',
                      'member', 'counterpart', 'is_a']
OPTIONAL MATCH (sp:Support {id: r.key})
RETURN p.name AS person, split(sp.lemmas, '|') AS titles, o.name AS held_at, o.type AS held_at_type,
       sp.confidence AS confidence
ORDER BY confidence DESC, person, held_at
