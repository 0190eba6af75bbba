// Document.text, batched and only when asked for: the full text is the largest property in the graph.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.text AS text
