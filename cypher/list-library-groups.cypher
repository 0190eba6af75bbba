// Query.libraryOverview, its groups: the filtered library (the same filter and WHERE as list-documents.cypher,
// parameters described there: change them together) grouped by $groupBy, one row per group, largest first.
// ISSUER groups by the lead signing organ (the first of the '; '-joined issuer), so each document is in exactly one
// group and the groups add up to the library; SERIES by the number's series, worked out as list-documents does;
// YEAR by year. `key` is null for the documents without that value (cited-only stubs have no issuer).
// The resolver folds the groups beyond the ones it shows into one; see server/schema/fold-groups.ts.
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
  END AS key,
  COUNT { (n)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(:Measure) } AS measures
WITH key, count(n) AS documentCount, sum(CASE WHEN n.text IS NOT NULL THEN 1 ELSE 0 END) AS heldCount,
  sum(measures) AS measureCount
RETURN key, documentCount, heldCount, measureCount
ORDER BY documentCount DESC, key IS NULL, key
