/**
 * Entity resolution across documents. The Neo4j writer applies the same rules in Cypher, so they
 * are kept exactly these: same id = one node; per property the first value seen wins, except that
 * `aliases` are unioned and a Document with `text` (the document itself) overrides a Document
 * without it (a citation stub); relationships are unique on (type, from, to), first wins.
 */
import type { GraphNode, GraphRelationship, PolicyGraph, PropertyValue } from './graph.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isFullDocument = (n: GraphNode) => n.label === 'Document' && typeof n.text === 'string';

export function mergeGraphs(graphs: PolicyGraph[]): PolicyGraph {
  const groups = new Map<string, GraphNode[]>();
  for (const node of graphs.flatMap((g) => g.nodes)) {
    const group = groups.get(node.id);
    if (group) group.push(node);
    else groups.set(node.id, [node]);
  }

  const nodes = [...groups.values()].map((group) => {
    // Stable partition: full documents first, so their properties are the ones "seen first".
    const ordered = [...group.filter(isFullDocument), ...group.filter((n) => !isFullDocument(n))];
    const merged: Record<string, PropertyValue> = {};
    for (const node of ordered) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'aliases' && Array.isArray(value)) {
          const previous = (merged.aliases as string[] | undefined) ?? [];
          merged.aliases = [...new Set([...previous, ...(value as string[])])].sort(compare);
        } else if (!(key in merged)) {
          merged[key] = value;
        }
      }
    }
    return merged as GraphNode;
  });

  const relationships = new Map<string, GraphRelationship>();
  for (const rel of graphs.flatMap((g) => g.relationships)) {
    const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
    if (!relationships.has(key)) relationships.set(key, { ...rel });
  }

  return {
    nodes: nodes.sort((a, b) => compare(a.id, b.id)),
    relationships: [...relationships.values()].sort(
      (a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to),
    ),
  };
}
