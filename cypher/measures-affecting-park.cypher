// Query.measuresAffectingPark: which measures affect park $parkId, one row per measure.
// Paths: AFFECTS the park itself (DIRECT / TASK_CONTEXT as stored), AFFECTS a park inside it
// (SUB_PARK, if $includeSubParks) or a zone around it (PARENT_ZONE, if $includeParentZones).
// PART_OF chains are short; *1..6 is a fixed bound because a bound cannot be a parameter.
// The strongest path wins (DIRECT > TASK_CONTEXT > SUB_PARK > PARENT_ZONE, then fewer hops);
// the others are reported as alsoVia. Order: document (oldest first), task number, measure order.
// The task comes without its paragraph (text: null; Task.text loads it when asked), which was 61 % of the answer.
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
RETURN
  m { .*, label: 'Measure' } AS measure,
  t { .*, label: 'Task', text: null } AS task,
  c { .*, label: 'Category' } AS category,
  best.park AS park,
  best.via AS via,
  best.hops AS hops,
  CASE WHEN evidence IS NULL THEN null ELSE evidence { .*, documentId: d.id } END AS evidence,
  reduce(acc = [], p IN tail(paths) | CASE WHEN p.via = best.via OR p.via IN acc THEN acc ELSE acc + p.via END) AS alsoVia
ORDER BY coalesce(d.date, toString(d.year), ''), d.id, t.number, m.order, m.id
