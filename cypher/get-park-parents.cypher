// Park.parent, batched: the zone each park is directly PART_OF (the first by id if there are several).
UNWIND $ids AS id
MATCH (p:Park {id: id})-[:PART_OF]->(z:Park)
WITH id, z ORDER BY z.id
WITH id, head(collect(z)) AS z
RETURN id, z { .*, label: 'Park' } AS parent
