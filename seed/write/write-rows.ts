import { foldProperties, type GraphNode, isDocumentItself, type PolicyGraph, type PropertyValue } from '../../core/graph-contract.ts';
import { measureKeys } from './measure-keys.ts';

/**
 * What the writer sends for one transaction of one or more documents, split by the query that writes it.
 * Pure, so the splitting rules are unit-tested without a database. Row order is document order, which keeps
 * the results of a group equal to writing its documents one after the other (first value wins for shared
 * entities; last write wins for a shared relationship).
 */
export interface NodeRow {
  id: string;
  label: string;
  owned: boolean;
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
}

export interface WriteRows {
  /** Documents whose own structure is deleted first (they carry their text). */
  documentIds: string[];
  /** Categories, tasks, measures (with the lens's keys, seed/write/measure-keys.ts): just deleted, so created outright. */
  createNodes: NodeRow[];
  /**
   * The documents themselves, then shared entities and cited-document stubs: merged. A shared entity named by
   * several documents of the group is sent once, its rows folded by the writer's own rule (first value wins,
   * aliases unioned), which gives the same node as sending each row in turn; in a group of 40 corpus
   * documents this cut 3,043 rows to 298.
   */
  mergeNodes: NodeRow[];
  /** Relationships leaving a document's own nodes: all deleted with its structure, so created outright. */
  createRelationships: RelationshipRow[];
  /** Relationships between shared entities (PART_OF): merged, one row per (type, from, to). */
  mergeRelationships: RelationshipRow[];
}

const STRUCTURE_LABELS = new Set(['Category', 'Task', 'Measure']);

/** The document's own nodes are replaced on re-seed; shared entities only gain what they lack. */
export const isOwned = (node: GraphNode) => STRUCTURE_LABELS.has(node.label) || isDocumentItself(node);

/** The documents a graph writes in full (normally one). */
export const ownDocumentIds = (graph: PolicyGraph) => graph.nodes.filter(isDocumentItself).map((node) => node.id);

export class DuplicateDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`${documentId} occurs twice in one write; write the copies one after the other`);
  }
}

export function toWriteRows(graphs: readonly PolicyGraph[]): WriteRows {
  const rows: WriteRows = { documentIds: [], createNodes: [], mergeNodes: [], createRelationships: [], mergeRelationships: [] };
  const owned = new Set<string>();
  const shared = new Map<string, RelationshipRow>();
  const sharedNodes = new Map<string, NodeRow>();
  for (const graph of graphs) {
    const keys = measureKeys(graph);
    for (const node of graph.nodes) {
      const { id, label, ...rest } = node;
      const props: Record<string, PropertyValue> = { ...rest, ...keys.get(id) };
      if (isDocumentItself(node)) {
        // Two copies in one transaction would each delete, then both create, the same structure.
        if (rows.documentIds.includes(id)) throw new DuplicateDocumentError(id);
        rows.documentIds.push(id);
      }
      if (isOwned(node)) owned.add(id);
      if (STRUCTURE_LABELS.has(label)) rows.createNodes.push({ id, label, owned: true, props });
      else if (isOwned(node)) rows.mergeNodes.push({ id, label, owned: true, props });
      else foldShared(sharedNodes, { id, label, owned: false, props });
    }
  }
  rows.mergeNodes.push(...sharedNodes.values());
  for (const graph of graphs) {
    for (const { type, from, to, ...props } of graph.relationships) {
      const row = { type, from, to, props };
      if (owned.has(from)) {
        rows.createRelationships.push(row);
      } else {
        // Delete-then-set keeps the last document's properties, as separate transactions would.
        const key = `${type}\u0000${from}\u0000${to}`;
        shared.delete(key);
        shared.set(key, row);
      }
    }
  }
  rows.mergeRelationships = [...shared.values()];
  return rows;
}

/**
 * The contract's fold (first value wins, aliases unioned) is merge-nodes.cypher's rule for shared entities, so
 * folding rows before sending them cannot change the result. (A document's own row is never folded: it
 * replaces properties rather than filling gaps.)
 */
function foldShared(seen: Map<string, NodeRow>, row: NodeRow): void {
  const first = seen.get(row.id);
  if (!first) {
    seen.set(row.id, { ...row, props: { ...row.props } });
    return;
  }
  foldProperties(first.props, row.props);
}

/** Nodes plus relationships: the size measure for grouping documents into one transaction. */
export const rowCount = (graph: PolicyGraph) => graph.nodes.length + graph.relationships.length;
