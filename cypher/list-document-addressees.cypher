// Document.addressedTo, batched: the agencies the salutation names, in the order it names them.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:ADDRESSED_TO]->(a:Agency)
WITH id, a ORDER BY r.start, toLower(a.name)
RETURN id, collect(a { .*, label: 'Agency' }) AS agencies
