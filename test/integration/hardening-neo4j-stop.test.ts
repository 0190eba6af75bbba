import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpusDocument } from '../../bench/corpus.ts';
import { countGraph } from '../../neo4j/count-graph.ts';
import { localPassword, runningPid, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { extractGraph } from '../../seed/extract/extract.ts';
import { parsePolicy } from '../../seed/parse/parse.ts';
import { writeGraph } from '../../seed/write/write.ts';
import { SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { testConfig } from '../support/test-config.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';

/**
 * Failure injection: the test Neo4j is stopped (stopLocalNeo4j, as `npm run db:stop` does) while a large
 * document is being written, between two of its many batches. After a restart the graph is exactly what
 * it was before the write, and writing the document again succeeds. One restart (~30 s), done once.
 */
const local = testConfig().local;
let driver: Driver;
// The writer's own driver gives up retrying after 3 s (the default is 30 s): the database is gone for longer.
let writer: Driver;

beforeAll(async () => {
  driver = await openTestDriver();
  writer = neo4j.driver(testConfig().neo4j.uri, neo4j.auth.basic('neo4j', localPassword(local)), {
    maxTransactionRetryTime: 3_000,
    connectionTimeout: 2_000,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
});
afterAll(async () => {
  // Whatever happened above, leave the test Neo4j running for the files after this one.
  await startLocalNeo4j(local);
  await writer?.close();
  await driver?.close();
});

it('a write cut off by stopping Neo4j mid-transaction leaves the graph unchanged, and the next seed succeeds', async () => {
  await emptyGraph(driver);
  await seedFiles(driver, [SHIPPED_DOCUMENT]);
  const counts = await countGraph(driver);
  const before = await fingerprintGraph(driver);

  // A synthetic document of 150 tasks: with 50 rows a batch, its write spans dozens of batches.
  const doc = corpusDocument(4242, { tasks: [150, 150], measures: [4, 8] });
  const graph = extractGraph(parsePolicy(doc.text, doc.name));
  const batches = Math.ceil(graph.nodes.length / 50) + Math.ceil(graph.relationships.length / 50);
  expect(batches).toBeGreaterThan(30);

  let stoppedAfter = 0;
  const write = writeGraph(writer, graph, {
    batchSize: 50,
    afterBatch: async (batch) => {
      if (batch === 10 && stoppedAfter === 0) {
        stoppedAfter = batch;
        await stopLocalNeo4j(local);
      }
    },
  });
  await expect(write).rejects.toThrow();
  expect(stoppedAfter).toBe(10);
  expect(runningPid(local)).toBeUndefined();

  await startLocalNeo4j(local);
  expect(await countGraph(driver)).toEqual(counts);
  expect(await fingerprintGraph(driver)).toBe(before);

  const result = await writeGraph(driver, graph);
  expect(result.batches).toBeGreaterThan(0);
  const after = await countGraph(driver);
  expect(after.nodes.Task).toBe((counts.nodes.Task ?? 0) + 150);
}, 300_000);
