import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalNeo4jError } from '../neo4j/artifacts.ts';
import { ConnectError, openConnection } from '../neo4j/connect.ts';
import { ConfigError } from '../neo4j/connection-settings.ts';
import { stopLocalNeo4j } from '../neo4j/local-neo4j.ts';
import { seedIfEmpty } from '../seed/seed-if-empty.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { useServeClient } from './static/serve-client.ts';

/**
 * `npm start`: connect (starting the project's own Neo4j when NEO4J_URI is unset), seed an empty
 * database with the shipped documents, then serve. Everything else lives in app.ts so tests need no port.
 */
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const { driver, startedLocal } = await openConnection(config, log);
  await seedIfEmpty(driver, log, config.neo4j.database);

  // The explorer (client/dist) is served at / on the same port, so the page and its API share an origin.
  const app = createApp({ driver, config, plugins: [useServeClient()] });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;
  log(`Explorer on http://${host}:${port}/ · GraphQL API on http://${host}:${port}/graphql (GraphiQL in the browser; /health, /ready).`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down…`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    // Only a Neo4j this process started is stopped; one started by `npm run db:start` keeps running.
    if (startedLocal) {
      log('Stopping the local Neo4j this server started…');
      await stopLocalNeo4j(config.local);
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof ConnectError || error instanceof LocalNeo4jError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
