import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { type Answer, fakeDriver, neo4jError } from './api-fake-driver.ts';

/**
 * The app over a fake driver: error codes, masking, batching and timeouts without a database. The answer
 * cache is off here (its version check would be one more call to count); test/integration/api-cache.test.ts
 * covers it against a real Neo4j.
 */
const config = loadConfig({ API_CACHE_MB: '0' });
/** A query wrapped in `graphql` (test/generated, `npm run codegen`) gets typed data; a plain string gets `unknown`. */
const post = async <Data = unknown>(answer: Answer, query: string | TypedDocumentString<Data, Record<string, never>>) => {
  const fake = fakeDriver(answer);
  const app = createApp({ driver: fake.driver, config, queryTimeoutMs: 1234 });
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString() }),
  });
  return { fake, body: (await response.json()) as { data?: Data; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};

describe('errors', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.TransientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT'],
  ])('driver error %s → %s', async (driverCode, apiCode) => {
    const { body } = await post(() => {
      throw neo4jError(driverCode);
    }, '{ stats { nodeCount } }');
    expect(body.errors![0]!.extensions).toEqual({ code: apiCode });
    expect(body.errors![0]!.message).not.toContain('boom');
  });

  it('masks anything unexpected', async () => {
    const { body } = await post(() => {
      throw new Error('secret internals at /srv/db');
    }, '{ stats { nodeCount } }');
    expect(body.errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('reads', () => {
  it('run in executeRead with the transaction timeout, and close every session', async () => {
    const { fake } = await post(() => [{ nodes: [], relationships: [] }], '{ stats { nodeCount } }');
    expect(fake.calls).toEqual([{ name: 'count-graph', params: {}, timeout: 1234 }]);
    expect(fake.closed).toBe(1);
  });

  it('batch a level of child fields into one query over all parent ids', async () => {
    const parks = [1, 2, 3].map((i) => ({ id: `park:${i}`, label: 'Park', name: `P${i}` }));
    const { fake, body } = await post((name, params) => {
      if (name === 'list-named-entities') return [{ totalCount: 3, items: parks }];
      if (name === 'get-park-parents')
        return (params.ids as string[])
          .filter((id) => id !== 'park:2')
          .map((id) => ({ id, parent: { id: 'park:zone', label: 'Park', name: 'Zone' } }));
      return [];
    }, graphql(`query AppParkParents { parks { items { id parent { name } subParks { id } } } }`));
    expect(body.data?.parks.items.map((p) => p.parent?.name ?? null)).toEqual(['Zone', null, 'Zone']);
    expect(fake.calls.map((c) => c.name).sort()).toEqual(['get-park-parents', 'list-named-entities', 'list-sub-parks']);
    const parents = fake.calls.find((c) => c.name === 'get-park-parents')!;
    expect(parents.params.ids).toEqual(['park:1', 'park:2', 'park:3']);
  });

  it('send whole numbers as Neo4j integers (LIMIT and slices need them)', async () => {
    const { fake } = await post(() => [], '{ parks(limit: 5, offset: 10) { totalCount } }');
    const params = fake.calls[0]!.params as { limit: { toNumber(): number }; offset: { toNumber(): number } };
    expect([params.limit.toNumber(), params.offset.toNumber()]).toEqual([5, 10]);
  });

  it('refuse bad input before any query runs', async () => {
    const { fake, body } = await post(() => [], '{ neighborhood(id: "x", depth: 5) { truncated } }');
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(fake.calls).toEqual([]);
  });
});
