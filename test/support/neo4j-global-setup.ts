import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { testConfig } from './test-config.ts';

/** Starts the test Neo4j unless one is already running (as in .ci/run), and stops only what it started. */
export default async function setup(): Promise<() => Promise<void>> {
  const { local } = testConfig();
  const started = await startLocalNeo4j(local, (line) => console.log(`[test neo4j] ${line}`));
  return async () => {
    if (!started.alreadyRunning) await stopLocalNeo4j(local);
  };
}
