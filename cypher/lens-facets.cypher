// Query.lens, the facets: how many of the lens's measures (lens-page.cypher selects the same ones; change both
// together) each document, year, issuer and strongest path holds, over the whole filtered answer. Counted per
// (document, via) first, from Measure.documentId (written by the seed), so each document is read once and the year
// and issuer counts add up a few groups rather than every measure.
// Facet order: documents and issuers by count (then date, id), years oldest first, vias strongest first.
// $documentDetails false: the request asks for no document field but the id, so only the id is read and sent.
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
WITH m.documentId AS documentId, rank, count(*) AS n
WHERE $documentId IS NULL OR documentId = $documentId
MATCH (d:Document {id: documentId})
WHERE ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($issuer IS NULL OR d.issuer = $issuer)
WITH collect({d: d, via: ['DIRECT', 'TASK_CONTEXT', 'SUB_PARK', 'PARENT_ZONE'][rank], n: n}) AS groups
CALL (groups) {
  UNWIND groups AS g
  WITH g.d AS d, sum(g.n) AS count
  ORDER BY count DESC, coalesce(d.date, toString(d.year), ''), d.id
  RETURN collect({
    document: CASE WHEN $documentDetails
      THEN d { .id, .docNumber, .title, .year, .date, .issuer, .language, .addressees, .source, .targetYears, label: 'Document' }
      ELSE d { .id, label: 'Document' } END,
    count: count
  }) AS documents
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
