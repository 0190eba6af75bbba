// Query.categories. $sort: NUMBER or TASK_COUNT (most tasks first).
MATCH (d:Document)-[:HAS_CATEGORY]->(n:Category)
WITH d, n, COUNT { (n)-[:HAS_TASK]->(:Task) } AS taskCount
ORDER BY CASE $sort WHEN 'TASK_COUNT' THEN -taskCount ELSE 0 END, n.number, d.id
WITH collect(n { .*, label: 'Category', taskCount: taskCount }) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
