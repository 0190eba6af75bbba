import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher.ts';
import { createDriver } from '../../neo4j/driver.ts';
import { ensureSchema, resetGraph } from '../../seed/write/write.ts';
import { testConfig } from './test-config.ts';

export async function openTestDriver(): Promise<Driver> {
  const driver = createDriver(testConfig());
  await driver.verifyConnectivity();
  await ensureSchema(driver);
  return driver;
}

export async function emptyGraph(driver: Driver): Promise<void> {
  await resetGraph(driver);
}

/** A hash of every node and relationship with all properties: equal hashes mean an unchanged graph. */
export async function fingerprintGraph(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(cypher('fingerprint-graph'));
  const canonical = JSON.stringify(records[0]!.toObject(), (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}
