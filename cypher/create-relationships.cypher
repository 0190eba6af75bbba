// Batched relationship insert for relationships that start at the document's own nodes
// (categories, tasks, measures, and the document's CITES / ISSUED_BY). delete-document-structure has just
// removed every one of them in the same transaction, so none can exist: CREATE skips MERGE's look-up,
// which on a dense park or industry is most of the write time. $rows: [{type, from, to, props}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
