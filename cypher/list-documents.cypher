// Query.documents: seeded documents and cited-only stubs, filtered, sorted and paged, with the filtered total.
// Filter (null = any; checked by server/schema/document-filter.ts): $yearFrom/$yearTo (inclusive), $issuer (one
// signing organ of the '; '-joined issuer), $series (docNumber up to ' [', or up to ' No.' for orders; worked out
// here, not stored, so no re-seed is needed), $language, $held (has text or not), $text (in title or docNumber).
// Names compare case-insensitively. No index can serve a filter that may be null (`$p IS NULL OR …`), and the
// facets read every filtered document anyway, so this is one label scan; see docs/api.md for its cost.
// The same WHERE as count-document-facets.cypher: change both together.
// $sort: DATE (newest first), DOC_NUMBER or TITLE; ties by docNumber, then id, so every order is total.
MATCH (n:Document)
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($language IS NULL OR n.language = $language)
  AND ($held IS NULL OR (n.text IS NOT NULL) = $held)
  AND ($issuer IS NULL OR any(organ IN split(n.issuer, '; ') WHERE toLower(organ) = toLower($issuer)))
  AND ($series IS NULL OR toLower(split(split(n.docNumber, ' [')[0], ' No.')[0]) = toLower($series))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.docNumber) CONTAINS toLower($text))
WITH n
ORDER BY
  CASE $sort WHEN 'DATE' THEN coalesce(n.date, toString(n.year), '') END DESC,
  CASE $sort WHEN 'TITLE' THEN toLower(coalesce(n.title, n.docNumber, n.id)) END,
  n.docNumber, n.id
WITH collect(n) AS docs
// Only the page is projected: the filtered list may hold thousands of documents, each with its whole text.
RETURN size(docs) AS totalCount, [d IN docs[$offset..$offset + $limit] | d { .*, label: 'Document', text: null }] AS items
