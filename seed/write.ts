import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, cypherStatements } from '../server/db/cypher.ts';
import type { GraphNode, PolicyGraph } from './graph.ts';

/** The only Neo4j writer. One document = one transaction: a failure anywhere leaves the graph as it was. */

export const BATCH_SIZE = 1000;

export interface WriteOptions {
  database?: string;
  batchSize?: number;
  /** Called after each batch inside the transaction; tests throw here to prove rollback. */
  afterBatch?: (batch: number) => void | Promise<void>;
}

export interface WriteResult {
  nodes: number;
  relationships: number;
  batches: number;
}

const OWNED_LABELS = new Set(['Category', 'Task', 'Measure']);

/** The document's own nodes are replaced on re-seed; shared entities only gain what they lack. */
function isOwned(node: GraphNode): boolean {
  return OWNED_LABELS.has(node.label) || (node.label === 'Document' && typeof node.text === 'string');
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    await driver.executeQuery(statement, {}, database ? { database } : {});
  }
}

export async function writeGraph(driver: Driver, graph: PolicyGraph, options: WriteOptions = {}): Promise<WriteResult> {
  const size = options.batchSize ?? BATCH_SIZE;
  const nodeRows = graph.nodes.map((node) => {
    const { id, label, ...props } = node;
    return { id, label, owned: isOwned(node), props };
  });
  const relRows = graph.relationships.map(({ type, from, to, ...props }) => ({ type, from, to, props }));
  const documentIds = nodeRows.filter((row) => row.label === 'Document' && row.owned).map((row) => row.id);
  // Relationships leaving the document's own nodes were all deleted with its old structure, so they are
  // created outright; only those between shared entities (PART_OF) may already exist and are merged.
  const ownedIds = new Set(nodeRows.filter((row) => row.owned).map((row) => row.id));
  const freshRows = relRows.filter((row) => ownedIds.has(row.from));
  const sharedRows = relRows.filter((row) => !ownedIds.has(row.from));

  const session = driver.session(options.database ? { database: options.database } : {});
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      let batches = 0;
      const step = async (query: string, rows: object[]) => {
        await tx.run(cypher(query), { rows });
        batches += 1;
        await options.afterBatch?.(batches);
      };
      for (const documentId of documentIds) await tx.run(cypher('delete-document-structure'), { documentId });
      for (const rows of chunks(nodeRows, size)) await step('merge-nodes', rows);
      for (const rows of chunks(freshRows, size)) await step('create-relationships', rows);
      for (const rows of chunks(sharedRows, size)) await step('merge-relationships', rows);
      return { nodes: nodeRows.length, relationships: relRows.length, batches };
    });
  } finally {
    await session.close();
  }
}

/** `--reset`: CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run. */
export async function resetGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    await session.run(cypher('delete-all'));
  } finally {
    await session.close();
  }
}
