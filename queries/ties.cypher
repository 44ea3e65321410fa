// Who is X's team-mate, partner, wife, lawyer? The people tied to a person whose name contains
// $name, with the tie ("Tom Reed's team-mate Jon Dahl" is a role fact from Jon Dahl to Tom Reed,
// its title the tie noun, kept in the Support node's lemmas) containing $tie ('' for every tie).
// Parameters: $name, $tie (both case-insensitive). Example: -p name=Reed -p tie=partner
MATCH (p:Entity)-[r]->(o:Entity)
WHERE r.predicate = 'role' AND NOT r.negated AND p.type = 'PERSON' AND o.type = 'PERSON'
  AND toLower(o.name) CONTAINS toLower($name)
OPTIONAL MATCH (sp:Support {id: r.key})
WITH p, r, o, sp
WHERE $tie = '' OR toLower(sp.lemmas) CONTAINS toLower($tie)
RETURN p.name AS person, split(sp.lemmas, '|') AS ties, o.name AS of_person, sp.confidence AS confidence
ORDER BY confidence DESC, person, of_person
