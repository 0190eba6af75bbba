import type { ReadCache } from './read-cache.ts';
import { type Params, type ReadTarget, runRead, runVersionedRead } from './run-read.ts';

export type Read = <Row extends object>(name: string, params?: Params) => Promise<Row[]>;

/**
 * The reader one request uses. With a cache, the request first asks Neo4j for the graph's version (one
 * `RETURN 1` round trip, whatever the request needs) and then takes every answer already read at that
 * version from memory; identical reads in flight at the same time share one query. Without a cache (a
 * budget of 0) it is plain runRead.
 *
 * The version check is not reported to `onQuery`, which counts the queries that fetch data.
 */
export function createRequestReader(target: ReadTarget, cache: ReadCache | undefined): Read {
  if (!cache) return (name, params = {}) => runRead(target, name, params);
  let version: Promise<string> | undefined;
  const currentVersion = () => (version ??= runVersionedRead({ ...target, onQuery: undefined }, 'graph-version').then((r) => r.version));

  return async <Row extends object>(name: string, params: Params = {}): Promise<Row[]> => {
    const key = `${name}\u0000${JSON.stringify(params)}`;
    const at = await currentVersion();
    const cached = cache.get(key, at);
    if (cached) return cached as Row[];
    const flightKey = `${at}\u0000${key}`;
    let flight = cache.inFlight.get(flightKey);
    if (!flight) {
      flight = runVersionedRead<Row>(target, name, params)
        .then(({ rows, version: readAt }) => {
          // Stored under the version the query itself read at, which may already be newer than `at`.
          cache.set(key, readAt, rows);
          return rows;
        })
        .finally(() => cache.inFlight.delete(flightKey));
      cache.inFlight.set(flightKey, flight);
    }
    return (await flight) as Row[];
  };
}
