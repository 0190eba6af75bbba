// npm run seed -- --list: every document held with its text (cited-only stubs are not held), oldest first.
MATCH (d:Document) WHERE d.text IS NOT NULL
RETURN d.id AS id, d.docNumber AS docNumber, d.language AS language, d.year AS year, d.title AS title,
  COUNT { (d)-[:HAS_CATEGORY]->()-[:HAS_TASK]->() } AS tasks
ORDER BY coalesce(d.date, toString(d.year), ''), d.docNumber, d.id
