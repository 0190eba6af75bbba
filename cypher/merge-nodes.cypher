// Batched node upsert. $rows: [{id, label, owned, props}].
// owned = a Document with its text (the document itself; its categories, tasks and measures go through
//   create-nodes): its properties are replaced, so re-seeding a corrected document updates them.
// shared entities (parks, agencies, industries, cited-document stubs): first value wins per property,
//   aliases are unioned, so a second document never overwrites what the first established.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += CASE WHEN row.owned THEN row.props ELSE {} END
FOREACH (key IN [k IN keys(row.props) WHERE k <> 'aliases' AND NOT row.owned] |
  SET n[key] = coalesce(n[key], row.props[key]))
SET n.aliases = CASE
  WHEN row.props.aliases IS NULL THEN n.aliases
  ELSE COLLECT {
    UNWIND coalesce(n.aliases, []) + row.props.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN alias
  }
END
RETURN count(n) AS written
