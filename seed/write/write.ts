import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { cypher, cypherStatements } from '../../neo4j/cypher.ts';
import { toWriteRows } from './write-rows.ts';

/**
 * The only Neo4j writer. One call = one transaction: a failure anywhere leaves the graph as it was.
 * Several documents may share the transaction (seed/write/write-documents.ts groups them, so the commit and the
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

/**
 * A statement that commits in batches of its own (CALL … IN TRANSACTIONS) runs without the server's transaction
 * timeout (30 s for the project's Neo4j, neo4j/Launcher.java), which applies to the whole statement, not to each
 * batch: emptying a 10,000-document graph (1.75 million relationships) on a loaded 2-core machine took longer and was
 * terminated, deleting a part. Each batch still commits as it goes; Neo4j 5.3 and later honour a client's timeout.
 */
const BATCHED = { timeout: 0 };
/** Generous: only a migrated graph waits, once, while a new index fills; the wait ends as soon as it is online. */
const INDEX_WAIT_SECONDS = 600;

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    await driver.executeQuery(statement, {}, database ? { database } : {});
  }
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session(database ? { database } : {});
  try {
    await session.run(cypher('await-indexes'), { seconds: neo4j.int(INDEX_WAIT_SECONDS) }, BATCHED);
    await session.run(cypher('set-measure-keys'), {}, BATCHED);
  } finally {
    await session.close();
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
      const statements: [query: string, params: object][] = [];
      if (rows.documentIds.length > 0) statements.push(['delete-document-structure', { documentIds: rows.documentIds }]);
      for (const batch of chunks(rows.mergeNodes, size)) statements.push(['merge-nodes', { rows: batch }]);
      for (const batch of chunks(rows.createNodes, size)) statements.push(['create-nodes', { rows: batch }]);
      for (const batch of chunks(rows.createRelationships, size)) statements.push(['create-relationships', { rows: batch }]);
      for (const batch of chunks(rows.mergeRelationships, size)) statements.push(['merge-relationships', { rows: batch }]);
      // Sent back to back (Bolt pipelining): Neo4j runs a transaction's statements in order whatever the
      // client does, so this changes only the waiting: Neo4j works on one batch while the next is encoded
      // and sent, instead of idling for a round trip between batches.
      const results = statements.map(([query, params]) => tx.run(cypher(query), params));
      // Each is awaited below; these handlers only keep the ones after a failure from going unhandled.
      for (const result of results) result.catch(() => {});
      let batches = 0;
      for (const [index, result] of results.entries()) {
        await result;
        if (statements[index]![0] === 'delete-document-structure') continue;
        batches += 1;
        await options.afterBatch?.(batches);
      }
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
    // Two statements, each committing in batches, so no single transaction holds a large graph's deletions.
    await session.run(cypher('delete-all-relationships'), {}, BATCHED);
    await session.run(cypher('delete-all-nodes'), {}, BATCHED);
  } finally {
    await session.close();
  }
}
