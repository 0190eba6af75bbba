import type { Driver } from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import { policyFile, summarise } from './load-policy.ts';
import { shippedDocuments } from './read/shipped-documents.ts';
import { ensureSchema } from './write/write.ts';
import { writeDocuments } from './write/write-documents.ts';

/**
 * First start on an empty database seeds the shipped documents, so `npm start` shows a graph at once;
 * a database that already holds documents is left alone (the seed CLI is how people change it).
 */
export async function seedIfEmpty(driver: Driver, log: (line: string) => void, database?: string): Promise<boolean> {
  const options = database ? { database } : {};
  await ensureSchema(driver, database);
  const { records } = await driver.executeQuery(cypher('count-documents'), {}, options);
  if ((records[0]?.get('documents') as number) > 0) return false;
  const sources = shippedDocuments().map((file) => policyFile(file));
  await writeDocuments(driver, sources, {
    ...options,
    onWritten: ({ graph }) => log(`Seeded ${summarise(graph)}.`),
    onRejected: ({ error }) => {
      throw error;
    },
  });
  return true;
}
