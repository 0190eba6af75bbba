// Nodes a removal left unreferenced, among $ids (what the removed documents pointed at): an entity no measure or
// document refers to any more, and a cited-only document stub nothing cites. A zone stays while a park inside it
// (PART_OF, at any depth) is still referred to, so "which zone contains this park" keeps its answer.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Park)-[:PART_OF*1..]->(ancestor:Park)
WITH n, collect(ancestor) AS ancestors
UNWIND [n] + ancestors AS candidate
WITH DISTINCT candidate AS n
WHERE CASE
  WHEN n:Document THEN n.text IS NULL AND NOT EXISTS { (n)<-[:CITES|VERSION_OF]-() }
  WHEN n:Park THEN NOT EXISTS { (:Measure)-[:AFFECTS]->(:Park)-[:PART_OF*0..]->(n) }
  ELSE NOT EXISTS { (n)<-[:AFFECTS|TARGETS|INVOLVES|ISSUED_BY|ADDRESSED_TO]-() }
END
DETACH DELETE n
RETURN count(*) AS deleted
