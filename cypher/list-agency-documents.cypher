// Agency.documents (the reverse of ISSUED_BY), batched, newest first.
UNWIND $ids AS id
MATCH (a:Agency {id: id})<-[:ISSUED_BY]-(d:Document)
WITH id, d ORDER BY d.date DESC, d.id
RETURN id, collect(d { .*, label: 'Document', text: null }) AS documents
