// Query.libraryGroupDocuments: the documents of overview groups (list-library-groups.cypher), one page in the
// order of list-documents' DATE sort. $keys are the groups' non-null keys; $withoutValue adds the group of
// documents without the value (key null), which `IN` cannot match. Filter as in list-documents.cypher: change
// them together.
MATCH (n:Document)
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($language IS NULL OR n.language = $language)
  AND ($held IS NULL OR (n.text IS NOT NULL) = $held)
  AND ($issuer IS NULL OR any(organ IN split(n.issuer, '; ') WHERE toLower(organ) = toLower($issuer)))
  AND ($series IS NULL OR toLower(split(split(n.docNumber, ' [')[0], ' No.')[0]) = toLower($series))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.docNumber) CONTAINS toLower($text))
WITH n,
  CASE $groupBy
    WHEN 'ISSUER' THEN split(n.issuer, '; ')[0]
    WHEN 'SERIES' THEN split(split(n.docNumber, ' [')[0], ' No.')[0]
    ELSE toString(toInteger(n.year))
  END AS key
WHERE key IN $keys OR (key IS NULL AND $withoutValue)
WITH n ORDER BY coalesce(n.date, toString(n.year), '') DESC, n.docNumber, n.id
WITH collect(n) AS docs
RETURN size(docs) AS totalCount, [d IN docs[$offset..$offset + $limit] | d { .*, label: 'Document', text: null }] AS items
