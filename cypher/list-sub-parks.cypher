// Park.subParks, batched: the parks directly PART_OF each park, by name.
UNWIND $ids AS id
MATCH (p:Park {id: id})<-[:PART_OF]-(s:Park)
WITH id, s ORDER BY toLower(s.name), s.id
RETURN id, collect(s { .*, label: 'Park' }) AS parks
