// Query.documentStructure: one document's outline for the explorer's document view. The document (without its
// text), every category in number order, how many tasks and measures it holds, and one page of its tasks in
// document order ($offset, $limit), with the parks their measures reach (AFFECTS). Parks reached only by tasks
// outside the page are left to that page, so the answer stays small however long the document is.
// No row when no document has $id.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_CATEGORY]->(c:Category)
  WITH c ORDER BY c.number, c.id
  RETURN collect(c { .*, label: 'Category' }) AS categories
}
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_CATEGORY]->(c:Category)-[:HAS_TASK]->(t:Task)
  WITH t ORDER BY t.start, c.number, t.number, t.id
  RETURN collect(t) AS tasks
}
CALL (tasks) {
  UNWIND tasks AS t
  RETURN sum(COUNT { (t)-[:HAS_MEASURE]->(:Measure) }) AS measureCount
}
WITH d, categories, tasks, measureCount, tasks[$offset..$offset + $limit] AS shown
CALL (shown) {
  UNWIND shown AS t
  MATCH (t)-[:HAS_MEASURE]->(:Measure)-[:AFFECTS]->(p:Park)
  WITH DISTINCT p ORDER BY p.id
  RETURN collect(p { .*, label: 'Park' }) AS parks
}
RETURN d { .*, label: 'Document', text: null } AS document, categories, size(tasks) AS taskCount, measureCount,
  [t IN shown | t { .*, label: 'Task', text: null }] AS tasks, parks
