// bench: the naive writer's relationship upsert, one round-trip per relationship ($type, $from, $to, $props).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r = $props
