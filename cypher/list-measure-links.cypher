// Measure.parks / industries / agencies, batched: one query answers all three fields, each with evidence.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(m:Measure {id: id})
RETURN id,
  COLLECT {
    MATCH (m)-[r:AFFECTS]->(p:Park)
    RETURN {park: p { .*, label: 'Park' }, via: r.via, evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: d.id} END} AS link
    ORDER BY toLower(p.name)
  } AS parks,
  COLLECT {
    MATCH (m)-[r:TARGETS]->(i:Industry)
    RETURN {industry: i { .*, label: 'Industry' }, evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: d.id} END} AS link
    ORDER BY toLower(i.name)
  } AS industries,
  COLLECT {
    MATCH (m)-[r:INVOLVES]->(a:Agency)
    RETURN {agency: a { .*, label: 'Agency' }, evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: d.id} END} AS link
    ORDER BY toLower(a.name)
  } AS agencies
