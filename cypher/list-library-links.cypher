// Query.libraryOverview, its links: citations (CITES, any role) and language versions (VERSION_OF) between
// documents of the filtered library, counted per pair of groups and type. Both ends must pass the filter (the
// same predicate as list-documents.cypher, here over `n IN [a, b]`: change them together); the group keys are
// worked out as in list-library-groups.cypher.
MATCH (a:Document)-[r:CITES|VERSION_OF]->(b:Document)
WHERE all(n IN [a, b] WHERE
      ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($language IS NULL OR n.language = $language)
  AND ($held IS NULL OR (n.text IS NOT NULL) = $held)
  AND ($issuer IS NULL OR any(organ IN split(n.issuer, '; ') WHERE toLower(organ) = toLower($issuer)))
  AND ($series IS NULL OR toLower(split(split(n.docNumber, ' [')[0], ' No.')[0]) = toLower($series))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.docNumber) CONTAINS toLower($text)))
WITH type(r) AS type, [n IN [a, b] |
  CASE $groupBy
    WHEN 'ISSUER' THEN split(n.issuer, '; ')[0]
    WHEN 'SERIES' THEN split(split(n.docNumber, ' [')[0], ' No.')[0]
    ELSE toString(toInteger(n.year))
  END] AS keys
RETURN keys[0] AS source, keys[1] AS target, type, count(*) AS count
ORDER BY count DESC, source, target, type
