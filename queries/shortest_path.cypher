// Shortest path: how two entities (exact names) connect, in at most 4 facts, in either direction.
// Parameters: $from, $to (exact entity names). Example: -p "from=Vladimir Medinsky" -p "to=Zelensky"
// Only facts count as steps (not two entities mentioned in the same document).
// Portable form: a bounded path ordered by length (shortestPath() is Neo4j-only syntax).
MATCH p = (a:Entity {name: $from})-[*1..4]-(b:Entity {name: $to})
WHERE all(r IN relationships(p) WHERE r.predicate IS NOT NULL)
RETURN length(p) AS hops, nodes(p) AS path
ORDER BY hops
LIMIT 1
