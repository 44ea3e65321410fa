// What did X say about Y? Facts attributed to a speaker whose name contains $speaker that involve
// an entity whose name contains $about, and the speaker's statement facts (SAY: what was said,
// when it gave no fact of its own, with the sentence as evidence).
// Parameters: $speaker, $about (text). Example: -p speaker=Snow -p about=dollar
// Who said it is on the fact's Support node: the facts about $about are found first, then theirs.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.name CONTAINS $about OR o.name CONTAINS $about
OPTIONAL MATCH (sp:Support {id: r.key})
WITH s, r, o, sp
WHERE sp.attribution CONTAINS $speaker
   OR (r.predicate = 'say' AND s.name CONTAINS $speaker AND o.name CONTAINS $about)
RETURN s.name AS subject, r.predicate AS predicate, o.name AS object, r.negated AS negated,
       split(sp.attribution, '|') AS according_to, split(sp.evidence, '\n') AS evidence
ORDER BY subject, predicate, object
