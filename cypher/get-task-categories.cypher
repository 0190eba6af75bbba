// Task.category, batched.
UNWIND $ids AS id
MATCH (c:Category)-[:HAS_TASK]->(t:Task {id: id})
RETURN id, c { .*, label: 'Category' } AS category
