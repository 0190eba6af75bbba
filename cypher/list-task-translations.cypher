// Task.translations, batched: the task with the same key in each other language version of its document.
// The family of versions is found as in list-document-versions.cypher. The work's bare id marks it as the
// English version (the graph contract), so a work seeded before documents carried `language` still answers 'en'.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t:Task {id: id})
OPTIONAL MATCH (d)-[:VERSION_OF]->(w:Document)
WITH id, d, t, coalesce(w, d) AS work
RETURN id,
  COLLECT {
    UNWIND [{doc: work, language: coalesce(work.language, 'en')}]
      + [(v:Document)-[r:VERSION_OF]->(work) | {doc: v, language: coalesce(v.language, r.language)}] AS version
    WITH DISTINCT version
    WHERE version.doc <> d
    WITH version.doc AS o, version.language AS language
    MATCH (o)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(other:Task {key: t.key})
    RETURN {language: language, task: other { .*, label: 'Task' }} AS translation
    ORDER BY language, other.id
  } AS translations
