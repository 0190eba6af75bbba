// Agency.addressedBy (the reverse of ADDRESSED_TO), batched, newest first.
UNWIND $ids AS id
MATCH (a:Agency {id: id})<-[:ADDRESSED_TO]-(d:Document)
WITH id, d ORDER BY d.date DESC, d.id
RETURN id, collect(d { .*, label: 'Document', text: null }) AS documents
