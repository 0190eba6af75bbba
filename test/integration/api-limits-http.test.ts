import type { IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { ARMOR_LIMITS } from '../../server/plugins/use-armor.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { codes, gql, HAIDIAN, type Harness, type Listening, listen, seededApp } from './api-harness.ts';

/** Range checks, abuse refused before Neo4j, CORS, and the whole app over a real HTTP socket. */
let h: Harness;
let http: Listening;
let base: string;
beforeAll(async () => {
  h = await seededApp([SHIPPED_DOCUMENT]);
  http = await listen(h.app);
  base = http.base;
});
afterAll(async () => {
  await http.close();
  await h.driver.close();
});

describe('out-of-range arguments are BAD_USER_INPUT naming the allowed range', () => {
  it.each([
    ['neighborhood depth 4', `{ neighborhood(id: "${HAIDIAN}", depth: 4) { truncated } }`, /depth must be a whole number from 1 to 3/],
    ['neighborhood depth 0', `{ neighborhood(id: "${HAIDIAN}", depth: 0) { truncated } }`, /from 1 to 3/],
    [
      'neighborhood limit 501',
      `{ neighborhood(id: "${HAIDIAN}", limit: 501) { truncated } }`,
      /limit must be a whole number from 1 to 500/,
    ],
    ['path maxLength 9', `{ path(from: "a", to: "b", maxLength: 9) { truncated } }`, /maxLength must be a whole number from 1 to 8/],
    ['parks limit 1000', `{ parks(limit: 1000) { totalCount } }`, /from 1 to 500/],
    ['parks negative offset', `{ parks(offset: -1) { totalCount } }`, /offset must be 0 or more/],
    ['nested negative offset', `{ parks(limit: 1) { items { measures(offset: -5) { totalCount } } } }`, /offset must be 0 or more/],
    ['search limit 0', `{ search(query: "park", limit: 0) { id } }`, /from 1 to 100/],
    [
      'neighborhood bad label',
      `{ neighborhood(id: "${HAIDIAN}", labels: ["Parks"]) { truncated } }`,
      /valid labels are Document, Category/,
    ],
  ])('%s', async (_, query, message) => {
    h.queries.length = 0;
    const response = await gql(h.app, query);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(message);
  });

  it('refuses before any query reaches Neo4j', async () => {
    h.queries.length = 0;
    await gql(h.app, `{ neighborhood(id: "${HAIDIAN}", depth: 9) { truncated } }`);
    expect(h.queries).toEqual([]);
  });
});

describe('abuse is refused by armor before Neo4j', () => {
  const deep = `{ parks { items { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: ARMOR_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`;
  const tokens = `{ stats { ${'nodeCount '.repeat(ARMOR_LIMITS.maxTokens)} } }`;
  const wide =
    'task { category { document { id name title docNumber year date issuer label categories { id name title number label } } } }';
  const costly = `{ ${Array.from({ length: 14 }, (_, i) => `q${i}: parks { items { measures { items { measure { ${wide} } } } } }`).join(' ')} }`;

  it.each([
    ['depth', deep, /depth limit of 10/i],
    ['aliases', aliases, /aliases limit of 15/i],
    ['tokens', tokens, /token limit of 2000/i],
    ['cost', costly, /cost limit of 5000/i],
  ])('too much %s → QUERY_TOO_COMPLEX', async (_, query, message) => {
    h.queries.length = 0;
    const response = await gql(h.app, query);
    expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(message);
    expect(h.queries).toEqual([]);
  });

  it('GraphiQL’s introspection still works', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await gql(h.app, getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    // graphql-js's own type for the answer to its own introspection query.
    expect((response.data as IntrospectionQuery).__schema.queryType.name).toBe('Query');
  });
});

describe('over real HTTP', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers GraphQL, /health and /ready', async () => {
    const response = await post(JSON.stringify({ query: `{ node(id: "${HAIDIAN}") { name } }` }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { node: { name: 'Haidian Park' } } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: 'up' });
  });

  it('serves GraphiQL with the Haidian Park query in its default tab, and leaves / alone', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('MeasuresAffectingHaidianPark');
    expect(html).toContain('park:haidian-park');
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it('refuses a body over 100 KB with 413 and a code, before parsing', async () => {
    const response = await post(JSON.stringify({ query: `{ stats { nodeCount } }`, variables: { pad: 'x'.repeat(110_000) } }));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('has no mutations: the HTTP API never writes', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { deleteEverything }' }));
    const body = await response.json();
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/not configured to execute mutation/i);
  });

  it('sends no CORS headers unless a client origin is configured', async () => {
    const response = await post(JSON.stringify({ query: '{ stats { nodeCount } }' }), { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS for the configured origin', () => {
  it('allows exactly config.server.corsOrigin', async () => {
    const config = loadConfig({
      NEO4J_PORT: process.env.TEST_NEO4J_PORT || '7688',
      NEO4J_DATA_DIR: '.data/neo4j-test',
      CORS_ORIGIN: 'http://localhost:5173',
    });
    const app = createApp({ driver: h.driver, config });
    const preflight = (origin: string) =>
      app.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});
