import type { Driver } from 'neo4j-driver';
import { createDriver } from '../neo4j/driver.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local-neo4j.ts';
import { type Config, loadConfig } from '../server/config.ts';

/**
 * The benchmarks' own Neo4j (port 7689, .data/neo4j-bench, 2 GB heap), so a run never touches the data
 * people explore (7687) or the tests' instance (7688). BENCH_NEO4J_PORT and BENCH_NEO4J_DATA_DIR override the
 * port and folder, so two benchmark instances can run side by side while a bench is developed.
 */
export function benchConfig(): Config {
  return loadConfig({
    NEO4J_PORT: process.env.BENCH_NEO4J_PORT || '7689',
    NEO4J_DATA_DIR: process.env.BENCH_NEO4J_DATA_DIR || '.data/neo4j-bench',
    NEO4J_HEAP: '2g',
  });
}

export interface BenchDatabase {
  config: Config;
  driver: Driver;
  /** Stops the instance only if this call started it. */
  close(): Promise<void>;
}

export async function openBenchDatabase(log: (line: string) => void = () => {}): Promise<BenchDatabase> {
  const config = benchConfig();
  const started = await startLocalNeo4j(config.local, log);
  const driver = createDriver(config);
  await driver.verifyConnectivity();
  return {
    config,
    driver,
    async close() {
      await driver.close();
      if (!started.alreadyRunning) await stopLocalNeo4j(config.local);
    },
  };
}
