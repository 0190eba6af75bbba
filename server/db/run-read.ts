import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher.ts';
import { toApiError } from '../errors.ts';
import { toParams, toPlain } from './values.ts';

/** Where and how reads run; one per app, shared by every request. */
export interface ReadTarget {
  driver: Driver;
  database?: string | undefined;
  /** Server-side transaction timeout: a runaway query is stopped by Neo4j itself. */
  timeoutMs: number;
  /** Observes each query name as it runs (tests count queries per request to prove there is no N+1). */
  onQuery?: ((name: string) => void) | undefined;
}

export type Params = Record<string, unknown>;

/**
 * Runs cypher/<name>.cypher with $params in a read transaction. A fresh session per call and closed in
 * finally, so nothing holds a connection from before an outage; the driver's pool reconnects by itself.
 */
export async function runRead<Row extends object>(target: ReadTarget, name: string, params: Params = {}): Promise<Row[]> {
  return (await runVersionedRead<Row>(target, name, params)).rows;
}

/**
 * runRead that also says which state of the graph it read: the session's bookmark after the read names the
 * last committed transaction, so two reads with the same version saw the same graph.
 */
export async function runVersionedRead<Row extends object>(
  target: ReadTarget,
  name: string,
  params: Params = {},
): Promise<{ rows: Row[]; version: string }> {
  const query = cypher(name);
  target.onQuery?.(name);
  const session = target.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(target.database ? { database: target.database } : {}),
  });
  try {
    const rows = await session.executeRead(
      async (tx) => {
        const result = await tx.run<Row>(query, toParams(params));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
      { timeout: target.timeoutMs, metadata: { app: 'policy-graph-api', query: name } },
    );
    return { rows, version: session.lastBookmarks().join(',') };
  } catch (error) {
    throw toApiError(error);
  } finally {
    await session.close().catch(() => {});
  }
}
