// Category.document, batched (without the document's text, which Document.text loads on demand).
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_CATEGORY]->(c:Category {id: id})
RETURN id, d { .*, label: 'Document', text: null } AS document
