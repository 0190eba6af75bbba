// Query.node, batched: $ids → one row per id that exists. A document's text is left to Document.text.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n { .*, label: head([l IN labels(n) WHERE l <> 'Entity']), text: CASE WHEN n:Document THEN null ELSE n.text END } AS entity
