// Document.issuedBy, batched.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:ISSUED_BY]->(a:Agency)
WITH id, a ORDER BY toLower(a.name)
RETURN id, collect(a { .*, label: 'Agency' }) AS agencies
