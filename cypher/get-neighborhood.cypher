// Query.neighborhood: the entities within $depth hops of $id (nearest first, at most $limit including the
// centre) and every relationship among them. The hop bound is fixed at 3 in the pattern and narrowed by
// $depth, because a quantifier cannot take a parameter. $labels (or null) limits which kinds of entity
// the walk may enter.
MATCH (center:Entity {id: $id})
CALL (center) {
  OPTIONAL MATCH p = ANY SHORTEST (center)-[]-{1,3}(n:Entity)
  WHERE length(p) <= $depth AND n <> center
    AND ($labels IS NULL OR all(x IN nodes(p)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))
  WITH n, length(p) AS distance
  WHERE n IS NOT NULL
  ORDER BY distance, n.id
  LIMIT $limit
  RETURN collect(n) AS found
}
WITH [center] + found[..$limit - 1] AS kept, size(found) > $limit - 1 AS cut
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  WITH a, r, b ORDER BY type(r), a.id, b.id
  LIMIT 2001
  RETURN collect({
    id: type(r) + ':' + a.id + '->' + b.id, source: a.id, target: b.id, type: type(r), via: r.via, role: r.role,
    evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end,
      documentId: CASE WHEN a:Document THEN a.id ELSE head(COLLECT { MATCH (doc:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(a) RETURN doc.id }) END} END
  }) AS edges
}
RETURN
  [n IN kept | n { .*, label: head([l IN labels(n) WHERE l <> 'Entity']), text: CASE WHEN n:Document THEN null ELSE n.text END }] AS nodes,
  edges[..2000] AS edges,
  cut OR size(edges) > 2000 AS truncated
