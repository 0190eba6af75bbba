import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { HAIDIAN, type Harness, type Listening, listen, seededApp } from './api-harness.ts';

/**
 * Abuse at the sizes an attacker would pick (api-limits-http.test.ts checks each limit just past its
 * edge): depth 50, 1,000 aliases, a 1 MB query, limit: 1000000, deeply nested and exponential fragments.
 * Each is refused quickly, with a code, before any query reaches Neo4j, and the server answers normally
 * right after.
 */
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

interface Answer {
  status: number;
  ms: number;
  codes: (string | undefined)[];
  messages: string[];
}

async function send(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return {
    status: response.status,
    ms: performance.now() - started,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    messages: (body.errors ?? []).map((e) => e.message),
  };
}

const nest = (depth: number, leaf: string) => `${'parent { '.repeat(depth)}${leaf}${' }'.repeat(depth)}`;
const chainedFragments = (n: number) =>
  `{ parks { items { ...F0 } } } ` +
  Array.from({ length: n }, (_, i) => `fragment F${i} on Park { id parent { ${i + 1 < n ? `...F${i + 1}` : 'id'} } }`).join(' ');
// Each fragment spreads the next twice: 2^30 fields if anything expanded it naively.
const fragmentBomb = (n: number) =>
  `{ stats { ...B0 } } ` +
  Array.from({ length: n }, (_, i) => `fragment B${i} on Stats { ${i + 1 < n ? `...B${i + 1} ...B${i + 1}` : 'nodeCount'} }`).join(' ');

const QUICK_MS = 2_000;

describe('abuse is refused quickly, with a code, before Neo4j, and the server stays healthy', () => {
  it.each([
    ['depth 50', `{ parks { items { ${nest(50, 'id')} } } }`, 'QUERY_TOO_COMPLEX', /depth|cost/i],
    [
      '1,000 aliases',
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
      /token|alias/i,
    ],
    [
      '1,000 aliases, few tokens',
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
      /token|alias/i,
    ],
    ['parks(limit: 1000000)', '{ parks(limit: 1000000) { totalCount } }', 'BAD_USER_INPUT', /limit must be a whole number from 1 to 500/],
    ['neighborhood(limit: 1000000)', `{ neighborhood(id: "${HAIDIAN}", limit: 1000000) { truncated } }`, 'BAD_USER_INPUT', /from 1 to 500/],
    ['search(limit: 1000000)', '{ search(query: "park", limit: 1000000) { id } }', 'BAD_USER_INPUT', /from 1 to 100/],
    ['60 chained fragments, each one level deeper', chainedFragments(60), 'QUERY_TOO_COMPLEX', /depth|cost/i],
    ['fragment bomb: 30 fragments each spreading the next twice', fragmentBomb(30), undefined, /./],
    [
      'fragment cycle',
      '{ parks { items { ...A } } } fragment A on Park { parent { ...B } } fragment B on Park { parent { ...A } }',
      undefined,
      /cycle|spread/i,
    ],
  ])('%s', async (_, query, code, message) => {
    h.queries.length = 0;
    const answer = await send(query);
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.codes.length).toBeGreaterThan(0);
    if (code) expect(answer.codes).toContain(code);
    else expect(answer.codes.every((c) => c !== undefined)).toBe(true);
    expect(answer.messages.join(' ')).toMatch(message);
    expect(answer.ms).toBeLessThan(QUICK_MS);
    expect(h.queries).toEqual([]);
    const after = await send(`{ node(id: "${HAIDIAN}") { name } }`);
    expect(after.codes).toEqual([]);
  });

  it('a nested limit: 1000000 is refused where it is read; only the parent list reached Neo4j', async () => {
    h.queries.length = 0;
    const answer = await send('{ parks(limit: 1) { items { measures(limit: 1000000) { totalCount } } } }');
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.messages[0]).toMatch(/limit must be a whole number from 1 to 500/);
    expect(answer.ms).toBeLessThan(QUICK_MS);
    expect(h.queries).toEqual(['list-named-entities']);
  });

  it('a 1 MB query is refused with 413 PAYLOAD_TOO_LARGE before it is read', async () => {
    const query = `{ stats { nodeCount } } # ${'x'.repeat(1024 * 1024)}`;
    const answer = await send(query);
    expect(answer.status).toBe(413);
    expect(answer.codes).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(answer.ms).toBeLessThan(QUICK_MS);
  });

  it('100 abusive requests at once leave normal queries answered', async () => {
    const abuse = Array.from({ length: 100 }, (_, i) => send(i % 2 ? fragmentBomb(30) : `{ parks { items { ${nest(50, 'id')} } } }`));
    const normal = send(`{ measuresAffectingPark(parkId: "${HAIDIAN}") { via } }`);
    const answers = await Promise.all(abuse);
    expect(answers.every((a) => a.codes.length > 0)).toBe(true);
    const ok = await normal;
    expect(ok.codes).toEqual([]);
  });
});
