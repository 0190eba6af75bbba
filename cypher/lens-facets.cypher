// Query.lens, the facets: how many of the lens's measures (lens-page.cypher selects the same ones; change both
// together) each document, year, issuer and strongest path holds, over the whole filtered answer. Counted per
// (document, via) first, so the year and issuer counts add up a few groups rather than every measure.
// Facet order: documents and issuers by count (then date, name), years oldest first, vias strongest first.
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
// Counted per task first, so each task's category and document are reached once, not once per measure.
MATCH (t:Task)-[:HAS_MEASURE]->(m)
WITH t, paths[0].via AS via, count(*) AS n
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
WITH d, via, sum(n) AS n
WITH collect({d: d, via: via, n: n}) AS groups
CALL (groups) {
  UNWIND groups AS g
  WITH g.d AS d, sum(g.n) AS count
  ORDER BY count DESC, coalesce(d.date, toString(d.year), ''), d.id
  RETURN collect({document: d { .id, .docNumber, .title, .year, .date, .issuer, .language, .addressees, .source, .targetYears, label: 'Document' }, count: count}) AS documents
}
CALL (groups) {
  UNWIND groups AS g
  WITH g.d.year AS year, sum(g.n) AS count
  ORDER BY year
  RETURN collect({year: year, count: count}) AS years
}
CALL (groups) {
  UNWIND groups AS g
  WITH g.d.issuer AS issuer, sum(g.n) AS count
  ORDER BY count DESC, issuer
  RETURN collect({issuer: issuer, count: count}) AS issuers
}
CALL (groups) {
  UNWIND groups AS g
  WITH g WHERE g.via IS NOT NULL
  WITH g.via AS via, sum(g.n) AS count
  ORDER BY CASE via WHEN 'DIRECT' THEN 0 WHEN 'TASK_CONTEXT' THEN 1 WHEN 'SUB_PARK' THEN 2 ELSE 3 END
  RETURN collect({via: via, count: count}) AS vias
}
RETURN documents, years, issuers, vias
