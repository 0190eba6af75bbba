// Query.path: one shortest path between $from and $to in either direction, at most $maxLength steps.
// The pattern's bound is fixed at 8 (a quantifier cannot take a parameter) and narrowed by $maxLength.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ANY SHORTEST (a)-[]-{0,8}(b)
WHERE length(p) <= $maxLength
RETURN
  [n IN nodes(p) | n { .*, label: head([l IN labels(n) WHERE l <> 'Entity']), text: CASE WHEN n:Document THEN null ELSE n.text END }] AS nodes,
  [r IN relationships(p) | {
    
    id: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, source: startNode(r).id, target: endNode(r).id,
    type: type(r), via: r.via, role: r.role,
    evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end,
      documentId: CASE WHEN startNode(r):Document THEN startNode(r).id ELSE head(COLLECT { MATCH (doc:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(m) WHERE m = startNode(r) RETURN doc.id }) END} END
  }] AS edges
