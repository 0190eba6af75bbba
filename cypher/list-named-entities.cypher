// Query.parks / industries / agencies. $label is one of Park, Industry, Agency (checked by the resolver).
// $sort: NAME or MEASURE_COUNT (most measures first); one page plus the total, in one round trip.
MATCH (n:$($label))
WITH n, COUNT { (n)<-[:AFFECTS|TARGETS|INVOLVES]-(:Measure) } AS measureCount
ORDER BY CASE $sort WHEN 'MEASURE_COUNT' THEN -measureCount ELSE 0 END, toLower(n.name), n.id
WITH collect(n { .*, label: $label, measureCount: measureCount }) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
