// bench: the naive writer's relationship upsert, one round-trip per relationship ($type, $from, $to, $props),
// with merge-relationships.cypher's rule and look-up (not MERGE, whose plan on an empty graph scans every
// relationship), so the comparison measures batching and nothing else.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
SET a._lock = true
REMOVE a._lock
WITH a, b, [(a)-[r]->(x) WHERE x = b AND type(r) = $type | r] AS existing
FOREACH (r IN existing | SET r = $props)
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END |
  CREATE (a)-[r:$($type)]->(b)
  SET r = $props)
