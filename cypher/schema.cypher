// Run statement by statement by seed/write/write.ts (ensureSchema); every statement is idempotent.
// Every node also carries :Entity so writes and id look-ups use one uniqueness index whatever the label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT category_id IF NOT EXISTS FOR (n:Category) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
// Names first: a search for 'Haidian' should find the park before the sentences that mention it.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Document|Category|Task|Park|Industry|Agency)
ON EACH [n.name, n.aliases, n.title, n.docNumber];
// Sentences: measures by their text. A task's body is its title and its measures, so search finds tasks through
// them (search-entities.cypher); the document's own full text is left out on purpose.
CREATE FULLTEXT INDEX measure_texts IF NOT EXISTS
FOR (n:Measure)
ON EACH [n.text];
// Graphs seeded before tasks stopped storing their text had this index over Task and Measure text.
DROP INDEX entity_texts IF EXISTS;
