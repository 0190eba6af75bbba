// Counts per label and per relationship type, for the seed summary, the API's stats and the tests.
CALL () {
  MATCH (n:Entity)
  UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect({key: label, count: count}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect({key: type, count: count}) AS relationships
}
RETURN nodes, relationships
