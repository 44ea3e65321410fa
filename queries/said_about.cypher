// What did X say about Y? Facts attributed to a speaker whose name contains $speaker that involve
// an entity whose name contains $about, and the speaker's statement facts (SAY: what was said,
// when it gave no fact of its own, with the sentence as evidence).
// Parameters: $speaker, $about (text). Example: -p speaker=Snow -p about=dollar
// (The parameter is bound with WITH first: LadybugDB takes none inside a list predicate.)
WITH $speaker AS speaker
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (any(a IN r.attribution WHERE a CONTAINS speaker) AND (s.name CONTAINS $about OR o.name CONTAINS $about))
   OR (r.predicate = 'say' AND s.name CONTAINS $speaker AND o.name CONTAINS $about)
RETURN s.name AS subject, r.predicate AS predicate, o.name AS object, r.negated AS negated,
       r.attribution AS according_to, r.evidence AS evidence
ORDER BY subject, predicate, object
