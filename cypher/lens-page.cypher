// Query.lens, one page: the measures that affect $parkId, target $industryId and involve $agencyId (null = not
// asked; at least one is set) and pass the filter ($yearFrom, $yearTo, $issuer, $documentId, $via; null = any),
// with the whole answer's size. lens-facets.cypher selects the same measures; change both together.
// The park's paths are those of measures-affecting-park.cypher: the strongest wins, the rest are alsoVia.
// Order: document date (oldest first), document id, the task's place in its document (t.start: task keys such
// as 2.10 and 10 sort wrongly as text), measure order, measure id.
CALL () {
  MATCH (target:Park {id: $parkId})
  CALL (target) {
    MATCH (m:Measure)-[a:AFFECTS]->(target)
    RETURN m, a, target AS park, a.via AS via, 0 AS hops
    UNION ALL
    MATCH chain = (inner:Park)-[:PART_OF*1..6]->(target)
    MATCH (m:Measure)-[a:AFFECTS]->(inner)
    RETURN m, a, inner AS park, 'SUB_PARK' AS via, length(chain) AS hops
    UNION ALL
    MATCH chain = (target)-[:PART_OF*1..6]->(zone:Park)
    MATCH (m:Measure)-[a:AFFECTS]->(zone)
    RETURN m, a, zone AS park, 'PARENT_ZONE' AS via, length(chain) AS hops
  }
  WITH m, a, park, via, hops,
    CASE via WHEN 'DIRECT' THEN 0 WHEN 'TASK_CONTEXT' THEN 1 WHEN 'SUB_PARK' THEN 2 ELSE 3 END AS rank
  ORDER BY rank, hops, park.id
  RETURN m, collect({park: park, via: via, hops: hops, a: a}) AS paths
  UNION ALL
  // Without a park the industry, else the agency, picks the candidates; the other link is checked below.
  MATCH (m:Measure)-[:TARGETS]->(:Industry {id: $industryId})
  WHERE $parkId IS NULL
  RETURN m, null AS paths
  UNION ALL
  MATCH (m:Measure)-[:INVOLVES]->(:Agency {id: $agencyId})
  WHERE $parkId IS NULL AND $industryId IS NULL
  RETURN m, null AS paths
}
WITH m, paths
WHERE ($industryId IS NULL OR EXISTS { (m)-[:TARGETS]->(:Industry {id: $industryId}) })
  AND ($agencyId IS NULL OR EXISTS { (m)-[:INVOLVES]->(:Agency {id: $agencyId}) })
  AND ($via IS NULL OR paths[0].via IN $via)
// Tasks, categories and documents are reached once per task, not once per measure (a quarter fewer db hits on a
// park with 13,784 measures), and their sort keys are read there too.
MATCH (t:Task)-[:HAS_MEASURE]->(m)
WITH t, collect({m: m, paths: paths}) AS measures
MATCH (d:Document)-[:HAS_CATEGORY]->(c:Category)-[:HAS_TASK]->(t)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
WITH d, c, t, measures, coalesce(d.date, toString(d.year), '') AS date, d.id AS documentId, t.start AS start, t.key AS key
UNWIND measures AS row
WITH d, c, t, row.m AS m, row.paths AS paths, date, documentId, start, key
ORDER BY date, documentId, start, key, m.order, m.id
WITH collect({m: m, paths: paths, d: d, c: c, t: t}) AS rows
WITH size(rows) AS totalCount, rows[$offset..$offset + $limit] AS page
// Only the page's rows are projected and get their industry and agency evidence.
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS row
  WITH i, row.m AS m, row.t AS t, row.c AS c, row.d AS d, row.paths AS paths, head(row.paths) AS best
  WITH i, m, t, c, d, paths, best, best.park AS park, best.a AS a
  OPTIONAL MATCH (m)-[ti:TARGETS]->(:Industry {id: $industryId})
  OPTIONAL MATCH (m)-[ai:INVOLVES]->(:Agency {id: $agencyId})
  WITH i, m, t, c, d, paths, best, park, a, ti, ai
  ORDER BY i
  RETURN collect({
    measure: m { .*, label: 'Measure' },
    task: t { .*, label: 'Task', text: null },
    category: c { .*, label: 'Category' },
    document: d { .id, .docNumber, .title, .year, .date, .issuer, .language, .addressees, .source, .targetYears, label: 'Document' },
    park: park { .*, label: 'Park' },
    via: best.via,
    hops: best.hops,
    alsoVia: CASE WHEN best IS NULL THEN null ELSE
      reduce(acc = [], p IN tail(paths) | CASE WHEN p.via = best.via OR p.via IN acc THEN acc ELSE acc + p.via END) END,
    parkEvidence: CASE WHEN a.evidence IS NULL THEN null ELSE {text: a.evidence, start: a.start, end: a.end, documentId: d.id} END,
    industryEvidence: CASE WHEN ti.evidence IS NULL THEN null ELSE {text: ti.evidence, start: ti.start, end: ti.end, documentId: d.id} END,
    agencyEvidence: CASE WHEN ai.evidence IS NULL THEN null ELSE {text: ai.evidence, start: ai.start, end: ai.end, documentId: d.id} END
  }) AS items
}
RETURN totalCount, items
