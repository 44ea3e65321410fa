// Neighbours: the entities one fact away from the entity named exactly $name, with how they connect.
// Parameters: $name (exact entity name). Example: -p "name=Vladimir Putin"
MATCH (e:Entity {name: $name})-[r]-(n:Entity)
RETURN n.name AS neighbour, n.type AS type, r.predicate AS predicate, count(*) AS facts
ORDER BY facts DESC, neighbour, predicate
