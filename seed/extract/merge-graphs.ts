/**
 * Entity resolution across documents, by the contract's rule (foldProperties, which the Neo4j writer applies
 * in Cypher too): same id = one node; per property the first value seen wins and `aliases` are unioned,
 * except that a Document with `text` (the document itself) overrides a Document without it (a citation
 * stub); relationships are unique on (type, from, to), first wins.
 */
import {
  foldProperties,
  type GraphNode,
  type GraphRelationship,
  isDocumentItself,
  type PolicyGraph,
  type PropertyValue,
  unionAliases,
} from '../../core/graph-contract.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One node alone keeps its properties as they are; only its aliases are put in canonical order. */
function copyNode(node: GraphNode): GraphNode {
  return Array.isArray(node.aliases) ? { ...node, aliases: unionAliases([], node.aliases as string[]) } : { ...node };
}

function foldNodes(group: GraphNode[]): GraphNode {
  // Stable partition: full documents first, so their properties are the ones "seen first".
  const ordered = [...group.filter(isDocumentItself), ...group.filter((n) => !isDocumentItself(n))];
  const merged: Record<string, PropertyValue> = {};
  for (const node of ordered) foldProperties(merged, node);
  return merged as GraphNode;
}

export function mergeGraphs(graphs: PolicyGraph[]): PolicyGraph {
  // Most ids occur once (extraction calls this on a single document's graph), so a group holds the first
  // node alone until a second one arrives, and a lone node is copied instead of folded key by key.
  const groups = new Map<string, GraphNode | GraphNode[]>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const group = groups.get(node.id);
      if (group === undefined) groups.set(node.id, node);
      else if (Array.isArray(group)) group.push(node);
      else groups.set(node.id, [group, node]);
    }
  }
  const nodes: GraphNode[] = [];
  for (const group of groups.values()) nodes.push(Array.isArray(group) ? foldNodes(group) : copyNode(group));

  const relationships = new Map<string, GraphRelationship>();
  for (const graph of graphs) {
    for (const rel of graph.relationships) {
      const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
      if (!relationships.has(key)) relationships.set(key, { ...rel });
    }
  }

  return {
    nodes: nodes.sort((a, b) => compare(a.id, b.id)),
    relationships: [...relationships.values()].sort((a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to)),
  };
}
