import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.ts';
import { cypher } from '../../server/db/cypher.ts';
import { ensureSchema, resetGraph } from '../../seed/write.ts';
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

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(cypher('count-graph'));
  const row = records[0]!.toObject() as { nodes: { key: string; count: number }[]; relationships: { key: string; count: number }[] };
  const toRecord = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  return { nodes: toRecord(row.nodes), relationships: toRecord(row.relationships) };
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
