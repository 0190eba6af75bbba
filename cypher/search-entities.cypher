// Query.search. $lucene is built by server/search/lucene-query.ts from escaped words, never from raw input.
// Name hits rank before sentence hits (a search for 'Haidian' finds the park before the sentences naming
// it); a task found by both its title and its text counts once, as a name hit.
// A task's text is not indexed on its own: its sentences are its title (entity_names) and its measures, so a
// measure's hit also finds its task, scored as the task's best-matching measure, whose sentence is the snippet.
//
// Each index returns only its best hits where that cannot change the answer. Without a label filter every hit in
// the answer is among the best $limit of its index (a task ranks with its best measure, which ranks just before
// it); $measureLimit is then $limit, as for a filter to measures. With tasks asked for, the resolver
// (server/schema/resolvers/search-resolver.ts) passes more, and null (every matching measure) when the first
// answer came back short. Equal scores at a cut are decided by the index, not by id. A filter without Measure or
// Task skips the sentence index.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, CASE WHEN $labels IS NULL THEN {limit: $limit} ELSE {} END)
  YIELD node, score
  RETURN node, score, 0 AS tier, null AS measure
  UNION ALL
  WITH $labels IS NULL OR 'Task' IN $labels AS tasks
  WHERE tasks OR 'Measure' IN $labels
  CALL db.index.fulltext.queryNodes('measure_texts', $lucene, CASE WHEN $measureLimit IS NULL THEN {} ELSE {limit: $measureLimit} END)
  YIELD node AS measure, score
  OPTIONAL MATCH (task:Task)-[:HAS_MEASURE]->(measure) WHERE tasks
  UNWIND [measure, task] AS node
  WITH node, score, measure WHERE node IS NOT NULL
  RETURN node, score, 1 AS tier, measure
}
WITH node, score, tier, measure
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, min(tier) AS tier, max(score) AS score, collect({score: score, measure: measure}) AS sources
ORDER BY tier, score DESC, node.id
LIMIT $limit
WITH node, tier, score, [s IN sources WHERE s.score = score AND s.measure IS NOT NULL | s.measure] AS best
RETURN
  node { .*, label: head([l IN labels(node) WHERE l <> 'Entity']), text: CASE WHEN node:Measure THEN node.text END } AS entity,
  score,
  CASE tier WHEN 0 THEN 'name' ELSE 'text' END AS matched,
  // Of a task's equally good measures, the first in the text, so the snippet does not depend on the plan.
  CASE WHEN tier = 1 THEN reduce(first = null, m IN best | CASE WHEN first IS NULL OR m.start < first.start THEN m ELSE first END).text END AS sentence
