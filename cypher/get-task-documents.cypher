// Task.text, batched: the document each task belongs to. A task's text is not stored, it is Document.text[start,
// end); the server slices it, because the seed's offsets count UTF-16 units and Cypher's substring code points.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task {id: id})
RETURN id, d.id AS documentId
