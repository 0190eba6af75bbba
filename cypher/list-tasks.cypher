// Query.tasks. $category (a category number) or null for all; $sort: NUMBER or MEASURE_COUNT.
MATCH (d:Document)-[:HAS_CATEGORY]->(c:Category)-[:HAS_TASK]->(n:Task)
WHERE $category IS NULL OR c.number = $category
WITH d, n, COUNT { (n)-[:HAS_MEASURE]->(:Measure) } AS measureCount
ORDER BY CASE $sort WHEN 'MEASURE_COUNT' THEN -measureCount ELSE 0 END, n.number, d.id
WITH collect(n { .*, label: 'Task', measureCount: measureCount }) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
