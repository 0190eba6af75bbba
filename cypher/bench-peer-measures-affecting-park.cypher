// bench: the peer's @cypher field (@neo4j/graphql) for Query.measuresAffectingPark: measures-affecting-park.cypher
// with its columns returned as one map `row`, as @cypher's columnName needs. bench/api-server.ts checks at
// start-up that the peer's answer equals the API's, so the two cannot drift apart unnoticed.
MATCH (target:Park {id: $parkId})
CALL (target) {
  MATCH (m:Measure)-[a:AFFECTS]->(target)
  RETURN m, a, target AS park, a.via AS via, 0 AS hops
  UNION ALL
  MATCH chain = (inner:Park)-[:PART_OF*1..6]->(target)
  WHERE $includeSubParks
  MATCH (m:Measure)-[a:AFFECTS]->(inner)
  RETURN m, a, inner AS park, 'SUB_PARK' AS via, length(chain) AS hops
  UNION ALL
  MATCH chain = (target)-[:PART_OF*1..6]->(zone:Park)
  WHERE $includeParentZones
  MATCH (m:Measure)-[a:AFFECTS]->(zone)
  RETURN m, a, zone AS park, 'PARENT_ZONE' AS via, length(chain) AS hops
}
WITH m, a, park, via, hops,
  CASE via WHEN 'DIRECT' THEN 0 WHEN 'TASK_CONTEXT' THEN 1 WHEN 'SUB_PARK' THEN 2 ELSE 3 END AS rank
ORDER BY rank, hops, park.id
WITH m, collect({
  park: park { .*, label: 'Park' },
  via: via,
  hops: hops,
  evidence: CASE WHEN a.evidence IS NULL THEN null ELSE {text: a.evidence, start: a.start, end: a.end} END
}) AS paths
WITH m, head(paths) AS best, paths
WITH m, best, paths, best.evidence AS evidence
MATCH (d:Document)-[:HAS_CATEGORY]->(c:Category)-[:HAS_TASK]->(t:Task)-[:HAS_MEASURE]->(m)
WITH
  m { .*, label: 'Measure' } AS measure,
  t { .*, label: 'Task', text: null } AS task,
  c { .*, label: 'Category' } AS category,
  best.park AS park,
  best.via AS via,
  best.hops AS hops,
  CASE WHEN evidence IS NULL THEN null ELSE evidence { .*, documentId: d.id } END AS evidence,
  reduce(acc = [], p IN tail(paths) | CASE WHEN p.via = best.via OR p.via IN acc THEN acc ELSE acc + p.via END) AS alsoVia,
  d, t, m
ORDER BY coalesce(d.date, toString(d.year), ''), d.id, t.number, m.order, m.id
RETURN {measure: measure, task: task, category: category, park: park, via: via, hops: hops, evidence: evidence, alsoVia: alsoVia} AS row
