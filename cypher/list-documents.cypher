// Query.documents: seeded documents and cited-only stubs, filtered, sorted and paged, with the filtered total.
// Filter (null = any; checked by server/schema/document-filter.ts): $yearFrom/$yearTo (inclusive), $issuer (one
// signing organ of the '; '-joined issuer), $series (docNumber before ' [' or, for orders, before ' No.'),
// $language, $held (has text or not), $text (in title or docNumber); names compare case-insensitively.
// The same WHERE as count-document-facets.cypher: change both together.
// $sort: DATE (newest first), DOC_NUMBER or TITLE; ties by docNumber, then id, so every order is total.
MATCH (n:Document)
WITH n,
  CASE
    WHEN n.docNumber CONTAINS ' [' THEN split(n.docNumber, ' [')[0]
    WHEN n.docNumber CONTAINS ' No.' THEN split(n.docNumber, ' No.')[0]
  END AS series
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($language IS NULL OR n.language = $language)
  AND ($held IS NULL OR (n.text IS NOT NULL) = $held)
  AND ($issuer IS NULL OR any(organ IN split(n.issuer, '; ') WHERE toLower(organ) = toLower($issuer)))
  AND ($series IS NULL OR toLower(series) = toLower($series))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.docNumber) CONTAINS toLower($text))
WITH n
ORDER BY
  CASE $sort WHEN 'DATE' THEN coalesce(n.date, toString(n.year), '') END DESC,
  CASE $sort WHEN 'TITLE' THEN toLower(coalesce(n.title, n.docNumber, n.id)) END,
  n.docNumber, n.id
WITH collect(n) AS docs
// Only the page is projected: the filtered list may hold thousands of documents, each with its whole text.
RETURN size(docs) AS totalCount, [d IN docs[$offset..$offset + $limit] | d { .*, label: 'Document', text: null }] AS items
