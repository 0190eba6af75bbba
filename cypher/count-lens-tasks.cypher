// Query.lensTasks: the lens answer of lens-page.cypher counted per task, one page of tasks in the lens's order
// (document date, document id, the task's place in its document), with the answer's measures before the page
// (`before`), so the resolver can say where each task's measures start in lens-page's order. The candidate
// selection below is lens-page.cypher's; change them together.
CALL () {
  MATCH (target:Park {id: $parkId})
  CALL (target) {
    MATCH (m:Measure)-[a:AFFECTS]->(target)
    RETURN m, a.via AS via, 0 AS hops, target AS park
    UNION ALL
    MATCH chain = (inner:Park)-[:PART_OF*1..6]->(target)
    MATCH (m:Measure)-[:AFFECTS]->(inner)
    RETURN m, 'SUB_PARK' AS via, length(chain) AS hops, inner AS park
    UNION ALL
    MATCH chain = (target)-[:PART_OF*1..6]->(zone:Park)
    MATCH (m:Measure)-[:AFFECTS]->(zone)
    RETURN m, 'PARENT_ZONE' AS via, length(chain) AS hops, zone AS park
  }
  WITH m, via, hops, park,
    CASE via WHEN 'DIRECT' THEN 0 WHEN 'TASK_CONTEXT' THEN 1 WHEN 'SUB_PARK' THEN 2 ELSE 3 END AS rank
  ORDER BY rank, hops, park.id
  RETURN m, head(collect(via)) AS via
  UNION ALL
  MATCH (m:Measure)-[:TARGETS]->(:Industry {id: $industryId})
  WHERE $parkId IS NULL
  RETURN m, null AS via
  UNION ALL
  MATCH (m:Measure)-[:INVOLVES]->(:Agency {id: $agencyId})
  WHERE $parkId IS NULL AND $industryId IS NULL
  RETURN m, null AS via
}
WITH m, via
WHERE ($industryId IS NULL OR EXISTS { (m)-[:TARGETS]->(:Industry {id: $industryId}) })
  AND ($agencyId IS NULL OR EXISTS { (m)-[:INVOLVES]->(:Agency {id: $agencyId}) })
  AND ($via IS NULL OR via IN $via)
MATCH (t:Task)-[:HAS_MEASURE]->(m)
WITH t, count(*) AS n
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
WITH d, t, n, coalesce(d.date, toString(d.year), '') AS date
ORDER BY date, d.id, t.start, t.key
WITH collect({d: d, t: t, n: n}) AS rows
WITH size(rows) AS totalCount, reduce(s = 0, r IN rows[0..$offset] | s + r.n) AS before, rows[$offset..$offset + $limit] AS page
// A page is at most 500 tasks; UNWIND keeps their order, which collect() keeps too.
CALL (page) {
  UNWIND page AS r
  WITH r.d AS d, r.t AS t, r.n AS n
  RETURN collect({
    task: t { .*, label: 'Task', text: null },
    document: d { .id, .docNumber, .title, .year, .date, .issuer, .language, .addressees, .source, .targetYears, label: 'Document' },
    count: n
  }) AS items
}
RETURN totalCount, before, items
