import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { createDriver } from '../neo4j/driver.ts';
import { createApp } from '../server/app.ts';
import { runRead } from '../server/db/run-read.ts';
import { benchConfig } from './bench-neo4j.ts';
import { peerSchema } from './peer-schema.ts';

/**
 * The servers under load, in their own process (forked by bench/api.ts and bench/soak.ts) so the load
 * generator does not share their event loop:
 * - ours: the real app (server/app.ts) on the bench Neo4j, and the same app with its answer cache off;
 * - floor: a bare HTTP handler that runs `RETURN 1` (cypher/bench-return-one.cypher) through the same
 *   driver and the same read path (runRead) as the API, i.e. HTTP + one Bolt round-trip and nothing else;
 * - peer: @neo4j/graphql with its @cypher field, on its own driver with the same settings.
 * Prints one `READY {...ports}` line; answers `{type: 'rss'}` messages with its memory (after a full GC).
 */
const config = benchConfig();
const driver = createDriver(config);
const peerDriver = createDriver(config);
await driver.verifyConnectivity();

const listen = (server: Server) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

const ours = createServer(createApp({ driver, config }));
// The same app with its answer cache off (API_CACHE_MB=0): every request runs its queries.
const oursUncached = createServer(createApp({ driver, config: { ...config, server: { ...config.server, cacheBytes: 0 } } }));
const target = { driver, database: config.neo4j.database, timeoutMs: 10_000 };
const floor = createServer((request: IncomingMessage, response: ServerResponse) => {
  request.resume();
  request.on('end', () => {
    runRead<{ one: number }>(target, 'bench-return-one')
      .then((rows) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { one: rows[0]?.one } }));
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
});
const peer = createServer(
  createYoga({ schema: await peerSchema(peerDriver), graphqlEndpoint: '/graphql', landingPage: false, graphiql: false }),
);

const ports = { ours: await listen(ours), oursUncached: await listen(oursUncached), floor: await listen(floor), peer: await listen(peer) };
console.log(`READY ${JSON.stringify(ports)}`);

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'rss') return;
  // A full collection first (the process runs with --expose-gc), so samples compare live memory, not GC timing.
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ type: 'rss', rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed });
});
const stop = async () => {
  for (const server of [ours, oursUncached, floor, peer]) {
    server.closeAllConnections();
    server.close();
  }
  await Promise.all([driver.close(), peerDriver.close()]);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('disconnect', () => void stop());
