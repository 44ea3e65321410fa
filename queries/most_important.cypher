// Most important entities: entities ranked by PageRank, with their degree and community.
// Needs `kg analyze --graph G --write` first: it sets e.pagerank, e.degree and e.community.
// Parameters: $limit (number of rows). Example: -p limit=10
MATCH (e:Entity)
WHERE e.pagerank IS NOT NULL
RETURN e.name AS entity, e.type AS type, round(e.pagerank, 3) AS pagerank, e.degree AS degree,
       e.community AS community
ORDER BY pagerank DESC, degree DESC, entity
LIMIT $limit
