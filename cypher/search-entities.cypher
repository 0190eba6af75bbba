// Query.search. $lucene is built by server/search/lucene-query.ts from escaped words, never from raw input.
// Name hits rank before sentence hits (a search for 'Haidian' finds the park before the sentences naming
// it); a task found by both its title and its text counts once, as a name hit.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_texts', $lucene) YIELD node, score
  RETURN node, score, 1 AS tier
}
WITH node, score, tier
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, min(tier) AS tier, max(score) AS score
ORDER BY tier, score DESC, node.id
LIMIT $limit
RETURN
  node { .*, label: head([l IN labels(node) WHERE l <> 'Entity']), text: CASE WHEN node:Document THEN null ELSE node.text END } AS entity,
  score,
  CASE tier WHEN 0 THEN 'name' ELSE 'text' END AS matched
