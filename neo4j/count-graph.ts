import type { Driver } from 'neo4j-driver';
import { cypher } from './cypher.ts';

/** One `count-graph` row as Cypher returns it: counts keyed by label and by relationship type, in name order. */
export interface CountGraphRow {
  nodes: { key: string; count: number }[];
  relationships: { key: string; count: number }[];
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts per label and relationship type: the seed summary, the tests' before/after checks and the bench read them. */
export async function countGraph(driver: Driver, database?: string): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(cypher('count-graph'), {}, database ? { database } : {});
  const row = records[0]?.toObject() as CountGraphRow | undefined;
  const toRecord = (rows: CountGraphRow['nodes'] = []) => Object.fromEntries(rows.map(({ key, count }) => [key, count]));
  return { nodes: toRecord(row?.nodes), relationships: toRecord(row?.relationships) };
}

/** `Task 26, Measure 131` — the order Neo4j returned, which is by name. */
export const describeCounts = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
