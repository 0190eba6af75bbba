// A canonical listing of every node and relationship with all properties, so tests can prove that a
// rejected or failed seed left the graph exactly as it was (compared as a hash by test/support).
CALL () {
  MATCH (n)
  WITH n ORDER BY n.id
  RETURN collect([labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
  ORDER BY type, from, to
  RETURN collect([type, from, to, props]) AS relationships
}
RETURN nodes, relationships
