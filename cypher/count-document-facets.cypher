// DocumentPage.facets: counts of the filtered library by year, signing organ, series, language and held/cited.
// The same filter and WHERE as list-documents.cypher (parameters described there): change both together.
// A jointly issued document counts once per signing organ; a missing value is counted under null.
MATCH (n:Document)
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($language IS NULL OR n.language = $language)
  AND ($held IS NULL OR (n.text IS NOT NULL) = $held)
  AND ($issuer IS NULL OR any(organ IN split(n.issuer, '; ') WHERE toLower(organ) = toLower($issuer)))
  AND ($series IS NULL OR toLower(split(split(n.docNumber, ' [')[0], ' No.')[0]) = toLower($series))
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.docNumber) CONTAINS toLower($text))
WITH collect({
  year: n.year,
  issuers: coalesce(split(n.issuer, '; '), [null]),
  series: split(split(n.docNumber, ' [')[0], ' No.')[0],
  language: n.language,
  held: n.text IS NOT NULL
}) AS docs
CALL (docs) {
  UNWIND docs AS d
  WITH d.year AS value, count(*) AS c
  ORDER BY value IS NULL, value DESC
  RETURN collect({year: value, count: c}) AS years
}
CALL (docs) {
  UNWIND docs AS d
  UNWIND d.issuers AS value
  WITH value, count(*) AS c
  ORDER BY c DESC, value IS NULL, value
  RETURN collect({value: value, count: c}) AS issuers
}
CALL (docs) {
  UNWIND docs AS d
  WITH d.series AS value, count(*) AS c
  ORDER BY c DESC, value IS NULL, value
  RETURN collect({value: value, count: c}) AS series
}
CALL (docs) {
  UNWIND docs AS d
  WITH d.language AS value, count(*) AS c
  ORDER BY c DESC, value IS NULL, value
  RETURN collect({value: value, count: c}) AS languages
}
CALL (docs) {
  UNWIND docs AS d
  WITH d.held AS value, count(*) AS c
  ORDER BY value DESC
  RETURN collect({held: value, count: c}) AS held
}
RETURN years, issuers, series, languages, held
