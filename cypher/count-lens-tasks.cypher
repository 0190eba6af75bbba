// Query.lensTasks: the lens answer of lens-page.cypher counted per task, one page of tasks in the lens's order
// (document date, document id, the task's place in its document), with the answer's measures before the page
// (`before`), so the resolver can say where each task's measures start in lens-page's order. The candidate
// selection below is lens-page.cypher's; change them together.
CALL () {
  MATCH (target:Park {id: $parkId})
  CALL (target) {
    MATCH (m)-[a:AFFECTS]->(target)
    RETURN m, CASE a.via WHEN 'DIRECT' THEN 0 ELSE 1 END AS rank
    UNION ALL
    MATCH (inner:Park)-[:PART_OF*1..6]->(target)
    WITH DISTINCT inner
    MATCH (m)-[:AFFECTS]->(inner)
    RETURN m, 2 AS rank
    UNION ALL
    MATCH (target)-[:PART_OF*1..6]->(zone:Park)
    WITH DISTINCT zone
    MATCH (m)-[:AFFECTS]->(zone)
    RETURN m, 3 AS rank
  }
  RETURN m, min(rank) AS rank
  UNION ALL
  MATCH (m)-[:TARGETS]->(:Industry {id: $industryId})
  WHERE $parkId IS NULL
  RETURN m, null AS rank
  UNION ALL
  MATCH (m)-[:INVOLVES]->(:Agency {id: $agencyId})
  WHERE $parkId IS NULL AND $industryId IS NULL
  RETURN m, null AS rank
}
WITH m, rank
WHERE ($industryId IS NULL OR EXISTS { (m)-[:TARGETS]->(:Industry {id: $industryId}) })
  AND ($agencyId IS NULL OR EXISTS { (m)-[:INVOLVES]->(:Agency {id: $agencyId}) })
  AND ($via IS NULL OR ['DIRECT', 'TASK_CONTEXT', 'SUB_PARK', 'PARENT_ZONE'][rank] IN $via)
  // Measure.documentId (written by the seed) narrows to one document before any task is walked: the explorer
  // asks this per opened document, so only that document's measures pay for their task.
  AND ($documentId IS NULL OR m.documentId = $documentId)
WITH m.documentId AS documentId, collect(m) AS measures
MATCH (d:Document {id: documentId})
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
UNWIND measures AS m
MATCH (t:Task)-[:HAS_MEASURE]->(m)
WITH d, t, count(*) AS n
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
