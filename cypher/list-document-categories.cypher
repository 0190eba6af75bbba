// Document.categories, batched, in number order.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:HAS_CATEGORY]->(c:Category)
WITH id, c ORDER BY c.number, c.id
RETURN id, collect(c { .*, label: 'Category' }) AS categories
