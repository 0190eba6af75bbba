// Category.tasks, batched, in number order.
UNWIND $ids AS id
MATCH (c:Category {id: id})-[:HAS_TASK]->(t:Task)
WITH id, t ORDER BY t.number, t.id
RETURN id, collect(t { .*, label: 'Task' }) AS tasks
