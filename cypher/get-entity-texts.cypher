// Document.text, batched and only when asked for: a document's full text is the largest property in the graph.
// Task.text and Evidence.sentence are cut out of it in the server, so one request loads each document's text once.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n.text AS text
