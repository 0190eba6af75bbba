import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, cypherStatements } from '../server/db/cypher.ts';
import type { PolicyGraph } from './graph.ts';
import { toWriteRows } from './write-rows.ts';

/**
 * The only Neo4j writer. One call = one transaction: a failure anywhere leaves the graph as it was.
 * Several documents may share the transaction (seed/write-documents.ts groups them, so the commit and the
 * round trips are paid once per group rather than once per document).
 */

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

export function writeGraph(driver: Driver, graph: PolicyGraph, options: WriteOptions = {}): Promise<WriteResult> {
  return writeGraphs(driver, [graph], options);
}

/** Writes the documents' graphs in one transaction, with the same result as writing them one by one in order. */
export async function writeGraphs(driver: Driver, graphs: readonly PolicyGraph[], options: WriteOptions = {}): Promise<WriteResult> {
  const size = options.batchSize ?? BATCH_SIZE;
  const rows = toWriteRows(graphs);
  const session = driver.session(options.database ? { database: options.database } : {});
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      let batches = 0;
      const step = async (query: string, batch: object[]) => {
        await tx.run(cypher(query), { rows: batch });
        batches += 1;
        await options.afterBatch?.(batches);
      };
      if (rows.documentIds.length > 0) await tx.run(cypher('delete-document-structure'), { documentIds: rows.documentIds });
      for (const batch of chunks(rows.mergeNodes, size)) await step('merge-nodes', batch);
      for (const batch of chunks(rows.createNodes, size)) await step('create-nodes', batch);
      for (const batch of chunks(rows.createRelationships, size)) await step('create-relationships', batch);
      for (const batch of chunks(rows.mergeRelationships, size)) await step('merge-relationships', batch);
      return {
        nodes: rows.mergeNodes.length + rows.createNodes.length,
        relationships: rows.createRelationships.length + rows.mergeRelationships.length,
        batches,
      };
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
