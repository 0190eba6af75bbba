// How many documents have been seeded with their text (cited-only stubs do not count).
MATCH (d:Document) WHERE d.text IS NOT NULL
RETURN count(d) AS documents
