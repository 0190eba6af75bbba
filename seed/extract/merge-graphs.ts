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

/**
 * One node alone keeps its properties as they are; only its aliases are put in canonical order. The copy keeps the
 * node's shape (`aliases` is reassigned, not spread over): `{ ...node, aliases }` made V8 build a slower one.
 */
function copyNode(node: GraphNode): GraphNode {
  const copy = { ...node };
  if (Array.isArray(node.aliases)) copy.aliases = unionAliases([], node.aliases as string[]);
  return copy;
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

  // Unique on (type, from, to) through nested maps: the parts are strings that already know their hash, while a
  // joined key is a new string to hash for every relationship (it cost half of this function).
  const seen = new Map<string, Map<string, Set<string>>>();
  const relationships: GraphRelationship[] = [];
  for (const graph of graphs) {
    for (const rel of graph.relationships) {
      const byFrom = seen.get(rel.type) ?? new Map<string, Set<string>>();
      seen.set(rel.type, byFrom);
      const tos = byFrom.get(rel.from) ?? new Set<string>();
      byFrom.set(rel.from, tos);
      if (tos.has(rel.to)) continue;
      tos.add(rel.to);
      relationships.push({ ...rel });
    }
  }

  return {
    nodes: nodes.sort((a, b) => compare(a.id, b.id)),
    relationships: relationships.sort((a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to)),
  };
}
