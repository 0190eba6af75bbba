import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { testConfig } from '../support/test-config.ts';
import { codes, gql, HAIDIAN, type Harness, type Listening, listen, seededApp } from './api-harness.ts';

/**
 * Neo4j goes away and comes back while one app instance keeps serving: queries fail with a code,
 * /health stays 200, /ready turns 503, and answers return without restarting anything.
 */
let h: Harness;
let http: Listening;
let base: string;
const QUERY = graphql(`query OutageNode($id: ID!) { node(id: $id) { name } }`);
const ask = () => gql(h.app, QUERY, { id: HAIDIAN });

beforeAll(async () => {
  h = await seededApp([SHIPPED_DOCUMENT]);
  http = await listen(h.app);
  base = http.base;
});
afterAll(async () => {
  // Whatever happened above, leave the test Neo4j running for the files after this one.
  await startLocalNeo4j(testConfig().local);
  await http.close();
  await h.driver.close();
});

describe('Neo4j outage', () => {
  it('fails with DATABASE_UNAVAILABLE while down and answers again once it is back', async () => {
    expect((await ask()).data).toEqual({ node: { name: 'Haidian Park' } });

    await stopLocalNeo4j(testConfig().local);
    const started = Date.now();
    const down = await ask();
    const failedAfterMs = Date.now() - started;
    expect(codes(down)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.errors![0]!.message).toMatch(/unavailable/i);
    console.log(`[outage] query failed with DATABASE_UNAVAILABLE after ${failedAfterMs} ms`);

    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'down' });

    // The driver reconnects on its own: the same app instance answers again, nothing is restarted.
    // (This needs neo4j/Launcher.java to restart an existing store, i.e. not fail on an unchanged password.)
    await startLocalNeo4j(testConfig().local);
    const back = await ask();
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ node: { name: 'Haidian Park' } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 150_000);
});
