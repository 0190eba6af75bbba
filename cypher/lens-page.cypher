// Query.lens, one page: the measures that affect $parkId, target $industryId and involve $agencyId (null = not
// asked; at least one is set) and pass the filter ($yearFrom, $yearTo, $issuer, $documentId, $via; null = any),
// with the whole answer's size. lens-facets.cypher selects the same measures; change both together.
// The park's paths are those of measures-affecting-park.cypher: the strongest wins (rank: DIRECT 0, TASK_CONTEXT 1,
// SUB_PARK 2, PARENT_ZONE 3), the rest are alsoVia.
// Order: document date (oldest first), document id, the measure's place in its document (its start offset, which
// sorts as task start, then measure order: seed/write/measure-keys.ts), so pages never overlap.
// Cost (PROFILE, 10,000 corpus documents, Zhongguancun: 70,645 measures in 9,918 documents): every candidate is
// touched once for its strongest rank and once for its document id (Measure.documentId, written by the seed), and
// every document once for the filter and the date; tasks, categories, paths and evidence are read for the page's
// rows only, and Measure.start for the measures of the documents the page falls in.
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
  // Without a park the industry, else the agency, picks the candidates; the other link is checked below.
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
WITH m.documentId AS documentId, collect(m) AS measures
WHERE $documentId IS NULL OR documentId = $documentId
MATCH (d:Document {id: documentId})
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
WITH d, measures
ORDER BY coalesce(d.date, toString(d.year), ''), d.id
WITH collect({d: d, measures: measures}) AS documents
// The documents the page falls in: walked in order, counting measures, until offset + limit are covered (a reduce
// over small maps, so one pass). `before` is how many measures the documents ahead of the first one hold.
WITH documents, reduce(acc = {seen: 0, before: 0, first: size(documents), last: size(documents)}, i IN range(0, size(documents) - 1) |
  CASE
    WHEN acc.seen >= $offset + $limit THEN acc
    ELSE {
      seen: acc.seen + size(documents[i].measures),
      before: CASE WHEN acc.first < size(documents) THEN acc.before ELSE acc.seen END,
      first: CASE WHEN acc.first = size(documents) AND acc.seen + size(documents[i].measures) > $offset THEN i ELSE acc.first END,
      last: i + 1
    }
  END) AS window
WITH reduce(n = 0, x IN documents | n + size(x.measures)) AS totalCount,
  documents[window.first..window.last] AS inWindow, $offset - window.before AS skip
CALL (inWindow, skip) {
  UNWIND range(0, size(inWindow) - 1) AS i
  UNWIND inWindow[i].measures AS m
  WITH i, inWindow[i].d AS d, m
  ORDER BY i, m.start
  WITH collect({d: d, m: m}) AS rows
  RETURN rows[skip..skip + $limit] AS page
}
// Only the page's rows are projected and get their task, category, paths and evidence.
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].m AS m, page[i].d AS d
  MATCH (c:Category)-[:HAS_TASK]->(t:Task)-[:HAS_MEASURE]->(m)
  OPTIONAL CALL (m) {
    MATCH (target:Park {id: $parkId})
    CALL (m, target) {
      MATCH (m)-[a:AFFECTS]->(target)
      RETURN a, target AS park, a.via AS via, 0 AS hops
      UNION ALL
      MATCH chain = (inner:Park)-[:PART_OF*1..6]->(target)
      MATCH (m)-[a:AFFECTS]->(inner)
      RETURN a, inner AS park, 'SUB_PARK' AS via, length(chain) AS hops
      UNION ALL
      MATCH chain = (target)-[:PART_OF*1..6]->(zone:Park)
      MATCH (m)-[a:AFFECTS]->(zone)
      RETURN a, zone AS park, 'PARENT_ZONE' AS via, length(chain) AS hops
    }
    WITH a, park, via, hops
    ORDER BY CASE via WHEN 'DIRECT' THEN 0 WHEN 'TASK_CONTEXT' THEN 1 WHEN 'SUB_PARK' THEN 2 ELSE 3 END, hops, park.id
    RETURN collect({park: park, via: via, hops: hops, a: a}) AS paths
  }
  WITH i, m, t, c, d, paths, head(paths) AS best
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
