// Batched upsert of relationships between shared entities (PART_OF between parks): at most one relationship
// per (type, from, to), its properties replaced. $rows: [{type, from, to, props}], unique on (type, from, to)
// within one call (seed/write/write-rows.ts keeps the last), because all rows' look-ups run before any row's create.
// Not MERGE: with a type given as a value, the planner costs an all-relationships scan as cheapest while the
// graph is empty and keeps that plan for a whole ingest (measured: 8 of the first 20 s of a 1,000-document run);
// the pattern below can only expand from `a`, whose outgoing PART_OF are few.
// The SET/REMOVE pair takes a's write lock (Neo4j's documented idiom), so two seeds running at once cannot both
// find the relationship missing and both create it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
SET a._lock = true
REMOVE a._lock
WITH a, b, row, [(a)-[r]->(x) WHERE x = b AND type(r) = row.type | r] AS existing
FOREACH (r IN existing | SET r = row.props)
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END |
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props)
RETURN count(*) AS written
