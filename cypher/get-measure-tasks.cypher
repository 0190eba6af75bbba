// Measure.task, batched.
UNWIND $ids AS id
MATCH (t:Task)-[:HAS_MEASURE]->(m:Measure {id: id})
RETURN id, t { .*, label: 'Task' } AS task
