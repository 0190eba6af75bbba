// bench: the park whose lens answer is largest: the measures that reach it through its own AFFECTS or those of the
// parks inside it (the lens's DIRECT, TASK_CONTEXT and SUB_PARK rows; parent zones add few). The corpus-scale bench
// measures the lens on it.
MATCH (p:Park)
CALL (p) {
  MATCH (m)-[:AFFECTS]->(:Park)-[:PART_OF*0..6]->(p)
  RETURN count(DISTINCT m) AS measures
}
RETURN p.id AS id, p.name AS name, measures
ORDER BY measures DESC, id
LIMIT 1
