import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { graphql } from '../generated/index.ts';
import { seedFiles } from '../support/seed-files.ts';
import { testConfig } from '../support/test-config.ts';
import { gql, HAIDIAN, type Harness, SECOND_DOCUMENT, seededApp } from './api-harness.ts';

/**
 * The answer cache (server/db/read-cache.ts) against a real Neo4j: a repeated question runs no data query,
 * identical questions in flight share one, any write to the graph makes the next answer fresh, and an
 * answer too big for the byte budget is read afresh each time.
 */
const MEASURES = graphql(
  `query CacheMeasures($id: ID!) { measuresAffectingPark(parkId: $id) { via measure { id text } task { number text } evidence { sentence } } }`,
);
const STATS = graphql(`query CacheStats { stats { nodeCount labels { label count } } }`);

let h: Harness;
beforeAll(async () => {
  h = await seededApp();
});
afterAll(async () => {
  await h?.driver.close();
});

describe('API answer cache', () => {
  it('answers a repeated question from memory: same data, no data query', async () => {
    h.queries.length = 0;
    const first = await gql(h.app, MEASURES, { id: HAIDIAN });
    expect(first.errors).toBeUndefined();
    expect(h.queries).toContain('measures-affecting-park');
    // Task.text is left out of the park query and loaded on demand, batched.
    expect(h.queries).toContain('get-entity-texts');
    const rows = first.data?.measuresAffectingPark ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => (row.task.text?.length ?? 0) > 0)).toBe(true);
    h.queries.length = 0;
    const second = await gql(h.app, MEASURES, { id: HAIDIAN });
    expect(h.queries).toEqual([]);
    expect(second).toEqual(first);
  });

  it('runs one query for identical questions asked at the same time', async () => {
    const queries: string[] = [];
    const app = createApp({ driver: h.driver, config: testConfig(), onQuery: (name) => queries.push(name) });
    const answers = await Promise.all(Array.from({ length: 10 }, () => gql(app, STATS, {})));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(queries.filter((name) => name === 'count-graph')).toHaveLength(1);
  });

  it('answers afresh after any write to the graph', async () => {
    const before = await gql(h.app, STATS, {});
    await seedFiles(h.driver, [SECOND_DOCUMENT]);
    h.queries.length = 0;
    const after = await gql(h.app, STATS, {});
    expect(h.queries).toEqual(['count-graph']);
    expect(after.data?.stats.nodeCount).toBeGreaterThan(before.data?.stats.nodeCount ?? Infinity);
  });

  it('is off with API_CACHE_MB=0: every request reads', async () => {
    const names: string[] = [];
    const app = createApp({ driver: h.driver, config: withCacheBytes(0), onQuery: (name) => names.push(name) });
    await gql(app, STATS, {});
    await gql(app, STATS, {});
    expect(names).toEqual(['count-graph', 'count-graph']);
  });

  it('keeps an answer larger than its byte budget out, and still keeps the small ones', async () => {
    // 4 KB holds the stats answer but not the park's measures (tens of KB with their texts).
    const names: string[] = [];
    const app = createApp({ driver: h.driver, config: withCacheBytes(4 * 1024), onQuery: (name) => names.push(name) });
    const first = await gql(app, MEASURES, { id: HAIDIAN });
    expect(first.errors).toBeUndefined();
    await gql(app, STATS, {});
    names.length = 0;
    const again = await gql(app, MEASURES, { id: HAIDIAN });
    expect(again).toEqual(first);
    expect(names).toContain('measures-affecting-park');
    names.length = 0;
    await gql(app, STATS, {});
    expect(names).toEqual([]);
  });
});

function withCacheBytes(cacheBytes: number) {
  const config = testConfig();
  return { ...config, server: { ...config.server, cacheBytes } };
}
