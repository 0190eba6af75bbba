// Batched relationship upsert: at most one relationship per (type, from, to); its properties are replaced.
// $rows: [{type, from, to, props}]. Both ends are always written earlier in the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
