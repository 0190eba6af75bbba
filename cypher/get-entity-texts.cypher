// Document.text and Task.text, batched and only when asked for: a document's full text is the largest
// property in the graph, and a task's paragraph (about 1 KB) would otherwise ride along with every row of
// measuresAffectingPark although that answer rarely shows it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n.text AS text
