// Measure.translations, batched: the measure with the same task key and order in each other language version
// of its document. The family of versions is found as in list-task-translations.cypher. Measures pair by order
// only when both tasks have as many measures: Chinese sentences also end at ；, which English renders as a
// semicolon inside one sentence, so unequal counts would pair the wrong sentences (the task's translation remains).
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t:Task)-[:HAS_MEASURE]->(m:Measure {id: id})
OPTIONAL MATCH (d)-[:VERSION_OF]->(w:Document)
WITH id, d, t, m, coalesce(w, d) AS work
RETURN id,
  COLLECT {
    UNWIND [{doc: work, language: coalesce(work.language, 'en')}]
      + [(v:Document)-[r:VERSION_OF]->(work) | {doc: v, language: coalesce(v.language, r.language)}] AS version
    WITH DISTINCT version
    WHERE version.doc <> d
    WITH version.doc AS o, version.language AS language
    MATCH (o)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(ot:Task {key: t.key})
    WHERE COUNT { (ot)-[:HAS_MEASURE]->() } = COUNT { (t)-[:HAS_MEASURE]->() }
    MATCH (ot)-[:HAS_MEASURE]->(other:Measure {order: m.order})
    RETURN {language: language, measure: other { .*, label: 'Measure' }} AS translation
    ORDER BY language, other.id
  } AS translations
