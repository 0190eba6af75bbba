import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../neo4j/connection-settings.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { createApp } from '../../server/app.ts';
import { useServeClient } from '../../server/static/serve-client.ts';
import { SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { testConfig } from '../support/test-config.ts';
import { emptyGraph, openTestDriver } from '../support/test-db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * The e2e world: the client built exactly as shipped, the test Neo4j (started if needed) holding the
 * shipped document, and the real app (API + explorer on one port, as `npm start` serves them) in-process.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const started = Date.now();
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`client built in ${Date.now() - started} ms`);

  const config = testConfig();
  const neo4j = await startLocalNeo4j(config.local, (line) => log(`neo4j: ${line}`));
  let driver: Driver | undefined;
  let server: Server | undefined;
  try {
    driver = await openTestDriver();
    await emptyGraph(driver);
    await seedFiles(driver, [SHIPPED_DOCUMENT]);
    const app = createApp({ driver, config, plugins: [useServeClient()] });
    server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(0, '127.0.0.1', resolve);
    });
  } catch (error) {
    await driver?.close();
    if (!neo4j.alreadyRunning) await stopLocalNeo4j(config.local);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  log(`explorer on http://127.0.0.1:${port}/ (ready in ${Date.now() - started} ms)`);

  return async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    await driver?.close();
    if (!neo4j.alreadyRunning) await stopLocalNeo4j(config.local);
  };
}
