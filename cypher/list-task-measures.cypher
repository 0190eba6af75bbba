// Task.measures, batched, in the order they appear in the task.
UNWIND $ids AS id
MATCH (t:Task {id: id})-[:HAS_MEASURE]->(m:Measure)
WITH id, m ORDER BY m.order, m.id
RETURN id, collect(m { .*, label: 'Measure' }) AS measures
