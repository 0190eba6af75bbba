// Query.documents: seeded documents and cited-only stubs. $sort: DATE (newest first), DOC_NUMBER or TITLE.
MATCH (n:Document)
ORDER BY
  CASE $sort WHEN 'DATE' THEN coalesce(n.date, toString(n.year), '') END DESC,
  CASE $sort WHEN 'TITLE' THEN toLower(coalesce(n.title, n.docNumber, n.id)) END,
  n.docNumber, n.id
WITH collect(n { .*, label: 'Document', text: null }) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
