// Batched insert of a document's own structure (its categories, tasks and measures). delete-document-structure
// has just removed the old ones in the same transaction, so none can exist: CREATE skips MERGE's look-up and
// the eager steps its first-value-wins rules need. The uniqueness constraints still refuse a duplicate id.
// $rows: [{id, label, props}].
UNWIND $rows AS row
CREATE (n:Entity:$(row.label) {id: row.id})
SET n += row.props
RETURN count(n) AS written
