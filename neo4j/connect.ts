import type { Driver } from 'neo4j-driver';
import type { ConnectionSettings } from './connection-settings.ts';
import { createDriver } from './driver.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import { describeNeo4jError } from './neo4j-errors.ts';

export class ConnectError extends Error {
  override name = 'ConnectError';
}

export interface Connection {
  driver: Driver;
  /** True when this call started the local Neo4j, so whoever stops it on shutdown knows it may. */
  startedLocal: boolean;
}

/**
 * Opens a driver on the configured Neo4j, starting the project's own instance first when NEO4J_URI is
 * not set; an external server is only ever connected to, never started.
 */
export async function openConnection(config: ConnectionSettings, log: (line: string) => void = () => {}): Promise<Connection> {
  let startedLocal = false;
  if (config.neo4j.kind === 'local') {
    const started = await startLocalNeo4j(config.local, log);
    startedLocal = !started.alreadyRunning;
    if (startedLocal) log(`Neo4j is ready on ${started.uri}.`);
  }
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity(config.neo4j.database ? { database: config.neo4j.database } : {});
  } catch (error) {
    await driver.close();
    throw new ConnectError(describeNeo4jError(error, config.neo4j.uri));
  }
  return { driver, startedLocal };
}
