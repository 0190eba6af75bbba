import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { codes, gql, HAIDIAN, type Harness, ok, seededApp, ZHONGGUANCUN } from './api-harness.ts';

/** Search (including hostile input), neighborhood and path against the real full-text indexes. */
let h: Harness;
beforeAll(async () => {
  h = await seededApp([SHIPPED_DOCUMENT]);
});
afterAll(async () => h.driver.close());

const SEARCH = graphql(
  `query SearchGraphSearch($q: String!, $labels: [String!]) { search(query: $q, labels: $labels) { id label name score snippet } }`,
);
const search = (query: string, labels?: string[]) => gql(h.app, SEARCH, { q: query, labels: labels ?? null });

describe('search', () => {
  it('finds a park by name before the sentences that mention it, whatever the case', async () => {
    const { data } = await search('HAIDIAN park');
    expect(data!.search[0]).toMatchObject({ id: HAIDIAN, label: 'Park', snippet: 'Haidian Park' });
  });

  it('matches prefixes and small typos', async () => {
    expect((await search('zhongguan')).data!.search.map((hit) => hit.id)).toContain(ZHONGGUANCUN);
    expect((await search('venture captial')).data!.search.map((hit) => hit.id)).toContain('industry:venture-capital');
  });

  it('a sentence hit shows the sentence around the match; labels filter', async () => {
    const { data } = await search('exemption', ['Measure']);
    expect(data!.search.length).toBeGreaterThan(0);
    for (const hit of data!.search) {
      expect(hit.label).toBe('Measure');
      expect(hit.snippet.toLowerCase()).toContain('exemption');
    }
  });

  it('a smaller limit gives the best hits of a larger one: the index cutting its hits at the limit loses none', async () => {
    const LIMITED = graphql(
      `query SearchGraphLimited($q: String!, $labels: [String!], $limit: Int!) { search(query: $q, labels: $labels, limit: $limit) { id label score } }`,
    );
    const cases: [string, string[] | null][] = [
      ['service', null],
      ['beijing', null],
      ['pilot', ['Measure']],
      ['enterprise', ['Task']],
      ['beijing', ['Park', 'Agency']],
    ];
    for (const [q, labels] of cases) {
      const all = (await ok(h.app, LIMITED, { q, labels, limit: 100 })).search;
      const best = (await ok(h.app, LIMITED, { q, labels, limit: 5 })).search;
      expect(all.length, `${q} ${labels}`).toBeGreaterThan(5);
      expect(best.map((hit) => [hit.label, hit.score])).toEqual(all.slice(0, 5).map((hit) => [hit.label, hit.score]));
    }
  });

  it.each(['"', '\\', ':(', 'OR 1=1', '*', 'AND', 'a AND NOT b', '") RETURN 1 //', '~~~', '[1 TO 5]', 'title:x^9', '/regex/', '&& || !'])(
    'hostile input %j answers normally',
    async (input) => {
      const response = await search(input);
      expect(response.errors).toBeUndefined();
      expect(Array.isArray(response.data!.search)).toBe(true);
    },
  );

  it('refuses an empty or over-long query with the allowed range', async () => {
    for (const input of ['', '   ', 'x'.repeat(201)]) {
      const response = await search(input);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toMatch(/200 characters/);
    }
    expect((await search('x'.repeat(200))).errors).toBeUndefined();
  });

  it('refuses unknown labels, listing the valid ones', async () => {
    const response = await search('park', ['Park', 'Spaceship']);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toContain('Spaceship');
    expect(response.errors![0]!.message).toContain('Document, Category, Task, Measure, Park, Industry, Agency');
  });
});

graphql(
  `fragment SearchGraphGraph on Graph { nodes { id label name } edges { id source target type via role evidence { text start end sentence } } truncated }`,
);

describe('neighborhood', () => {
  it('depth 1 around Haidian Park: its zone and its measures, edges ready for Cytoscape', async () => {
    const { data, errors } = await gql(
      h.app,
      graphql(`query SearchGraphNeighborhood($id: ID!) { neighborhood(id: $id) { ...SearchGraphGraph } }`),
      { id: HAIDIAN },
    );
    expect(errors).toBeUndefined();
    const graph = data!.neighborhood;
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.nodes[0]?.id).toBe(HAIDIAN);
    expect(ids.has(ZHONGGUANCUN)).toBe(true);
    expect(ids.has('measure:guo-han-2020-123:13.1')).toBe(true);
    for (const edge of graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const affects = graph.edges.find((e) => e.type === 'AFFECTS');
    expect(affects?.via).toMatch(/DIRECT|TASK_CONTEXT/);
    expect(affects?.evidence?.sentence).toContain(affects?.evidence?.text);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('limit truncates, labels restrict what the walk enters, unknown id is empty', async () => {
    const { data } = await gql(
      h.app,
      graphql(`query SearchGraphNeighborhoodLimits($id: ID!) {
      cut: neighborhood(id: "document:guo-han-2020-123", depth: 3, limit: 10) { nodes { id } truncated }
      parks: neighborhood(id: $id, depth: 3, labels: ["Park"]) { nodes { label } truncated }
      none: neighborhood(id: "park:atlantis") { nodes { id } edges { id } truncated }
    }`),
      { id: HAIDIAN },
    );
    expect(data?.cut).toMatchObject({ truncated: true });
    expect(data?.cut.nodes).toHaveLength(10);
    expect(data?.parks.nodes.every((n) => n.label === 'Park')).toBe(true);
    expect(data?.parks.nodes.length).toBe(3);
    expect(data?.none).toEqual({ nodes: [], edges: [], truncated: false });
  });
});

describe('path', () => {
  it('a shortest path in either direction, or null when there is none within maxLength', async () => {
    const { data } = await gql(
      h.app,
      graphql(`query SearchGraphPaths($from: ID!) {
      p: path(from: $from, to: "agency:ministry-of-finance") { ...SearchGraphGraph }
      short: path(from: $from, to: "agency:ministry-of-finance", maxLength: 2) { nodes { id } }
      same: path(from: $from, to: $from) { nodes { id } edges { id } }
      unknown: path(from: $from, to: "park:atlantis") { nodes { id } }
    }`),
      { from: HAIDIAN },
    );
    const p = data?.p;
    expect(p?.nodes[0]?.id).toBe(HAIDIAN);
    expect(p?.nodes.at(-1)?.id).toBe('agency:ministry-of-finance');
    expect(p?.edges).toHaveLength((p?.nodes.length ?? 0) - 1);
    expect(data?.short).toBeNull();
    expect(data?.same).toEqual({ nodes: [{ id: HAIDIAN }], edges: [] });
    expect(data?.unknown).toBeNull();
  });
});
