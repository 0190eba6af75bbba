// Park.measures / Industry.measures / Agency.measures, batched: $ids, $limit, $offset.
// Only one of AFFECTS (parks), TARGETS (industries), INVOLVES (agencies) can end at a given node.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)<-[r:AFFECTS|TARGETS|INVOLVES]-(m:Measure)<-[:HAS_MEASURE]-(t:Task)<-[:HAS_TASK]-(:Category)<-[:HAS_CATEGORY]-(d:Document)
WITH id, r, m, t, d ORDER BY t.number, m.order, m.id
WITH id, collect(CASE WHEN m IS NULL THEN null ELSE {
  measure: m { .*, label: 'Measure' },
  via: r.via,
  evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: d.id} END
} END) AS rows
RETURN id, size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
