// bench: the naive writer's node upsert, one round-trip per node ($id, $label, $owned, $props), with the
// same rules as merge-nodes.cypher (owned nodes replaced, shared ones first-value-wins, aliases unioned).
MERGE (n:Entity {id: $id})
SET n:$($label)
SET n += CASE WHEN $owned THEN $props ELSE {} END
FOREACH (key IN [k IN keys($props) WHERE k <> 'aliases' AND NOT $owned] |
  SET n[key] = coalesce(n[key], $props[key]))
SET n.aliases = CASE
  WHEN $props.aliases IS NULL THEN n.aliases
  ELSE COLLECT {
    UNWIND coalesce(n.aliases, []) + $props.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN alias
  }
END
