// Document.versions and Document.versionOf, batched: one query answers both.
// A version in another language points at the work (the English version, bare id) with VERSION_OF; the work
// may be a stub without text when only that version is seeded. The family is the work and everything that
// points at it; a document's versions are the rest of its family that has text (a stub has nothing to read).
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:VERSION_OF]->(w:Document)
WITH id, d, w, coalesce(w, d) AS work
RETURN id,
  w { .*, label: 'Document', text: null } AS versionOf,
  COLLECT {
    UNWIND [work] + [(x:Document)-[:VERSION_OF]->(work) | x] AS v
    WITH DISTINCT v
    WHERE v <> d AND v.text IS NOT NULL
    RETURN v { .*, label: 'Document', text: null } AS version
    ORDER BY v.language, v.id
  } AS versions
