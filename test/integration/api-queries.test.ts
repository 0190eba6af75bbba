import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../neo4j/count-graph.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { ok as answer, HAIDIAN, type Harness, SECOND_DOCUMENT, seededApp, withField, ZHONGGUANCUN } from './api-harness.ts';

/** Every root list, node(id), stats, relationships both ways, and the one-query-per-level promise. */
let h: Harness;
beforeAll(async () => {
  h = await seededApp([SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
});
afterAll(async () => h.driver.close());

const ok = <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => answer(h.app, document, variables);

describe('root lists', () => {
  it('parks, industries and agencies: sorted by name, paged, counted', async () => {
    const data = await ok(
      graphql(`query QueriesRootNamed {
      parks(limit: 5) { totalCount items { id name } }
      more: parks(limit: 5, offset: 5) { items { id } }
      industries(limit: 500) { totalCount items { name } }
      agencies { totalCount items { name level } }
    }`),
      {},
    );
    const names = data.parks.items.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(data.parks.totalCount).toBeGreaterThan(30);
    expect(data.more.items.map((p) => p.id)).not.toContain(data.parks.items[0]?.id);
    expect(data.industries.items).toHaveLength(data.industries.totalCount);
    expect(data.agencies.items.some((a) => /Ministry of Finance/i.test(a.name))).toBe(true);
  });

  it('sort: MEASURE_COUNT puts the park with the most measures first', async () => {
    const data = await ok(
      graphql(
        `query QueriesParksByMeasureCount { parks(sort: MEASURE_COUNT, limit: 3) { items { id measures(limit: 1) { totalCount } } } }`,
      ),
      {},
    );
    const counts = data.parks.items.map((p) => p.measures.totalCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data.parks.items[0]?.id).toBe(ZHONGGUANCUN);
  });

  it('documents newest first, with cites and citedBy across the two seeded documents', async () => {
    const data = await ok(
      graphql(`query QueriesDocumentsWithCitations { documents { totalCount items { id docNumber year
      cites { role document { id } evidence { text sentence } } citedBy { document { id } } } } }`),
      {},
    );
    const [newest, ...rest] = data.documents.items;
    expect(newest?.id).toBe('document:jing-zheng-fa-2021-9');
    expect(newest?.cites.map((c) => c.document.id)).toContain('document:guo-han-2020-123');
    const reply = rest.find((d) => d.id === 'document:guo-han-2020-123');
    expect(reply?.citedBy.map((c) => c.document.id)).toEqual(['document:jing-zheng-fa-2021-9']);
    expect(reply?.cites.length).toBeGreaterThan(0);
    expect(reply?.cites.every((c) => c.evidence?.sentence?.includes(c.evidence.text))).toBe(true);
  });

  it('tasks by number, filtered by category; categories with their tasks', async () => {
    const data = await ok(
      graphql(`query QueriesTasksAndCategories {
      tasks(category: 2, limit: 500) { totalCount items { number category { number } } }
      all: tasks(limit: 500) { totalCount }
      byCount: tasks(sort: MEASURE_COUNT, limit: 2) { items { measures { id } } }
      categories { totalCount items { number title tasks { number } document { id } } }
    }`),
      {},
    );
    expect(data.tasks.items.every((t) => t.category?.number === 2)).toBe(true);
    expect(data.all.totalCount).toBe(26 + 11);
    const [most, next] = data.byCount.items;
    expect(most?.measures.length).toBeGreaterThanOrEqual(next?.measures.length ?? Infinity);
    const shipped = data.categories.items.filter((c) => c.document?.id === 'document:guo-han-2020-123');
    expect(shipped.map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('node and relationships both ways', () => {
  it('node(id) returns each type with its own fields; an unknown id is null', async () => {
    const data = await ok(
      graphql(`query QueriesEveryNodeType($park: ID!, $zone: ID!) {
      park: node(id: $park) { id label name ... on Park { kind aliases parent { id } } }
      zone: node(id: $zone) { ... on Park { subParks { id } } }
      measure: node(id: "measure:guo-han-2020-123:13.1") { label ... on Measure { order task { number category { number } } parks { via park { id } evidence { sentence } } } }
      task: node(id: "task:guo-han-2020-123:10") { ... on Task { title measures { order } category { tasks { number } } } }
      industry: node(id: "industry:venture-capital") { ... on Industry { measures(limit: 2) { totalCount items { measure { id } evidence { text } } } } }
      agency: node(id: "agency:ministry-of-finance") { ... on Agency { level measures { items { measure { agencies { agency { id } } } } } } }
      nothing: node(id: "park:atlantis") { id }
    }`),
      { park: HAIDIAN, zone: ZHONGGUANCUN },
    );
    expect(data.park).toMatchObject({ label: 'Park', name: 'Haidian Park', kind: 'park', parent: { id: ZHONGGUANCUN } });
    expect(withField(data.zone, 'subParks').subParks.map((p) => p.id)).toContain(HAIDIAN);
    const measure = withField(data.measure, 'parks');
    expect(measure.task?.number).toBe(13);
    expect(measure.parks.map((l) => l.park.id)).toContain(HAIDIAN);
    expect(withField(data.task, 'measures').measures.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const industry = withField(data.industry, 'measures');
    expect(industry.measures.totalCount).toBeGreaterThan(2);
    expect(industry.measures.items).toHaveLength(2);
    const agency = withField(data.agency, 'measures');
    expect(agency.measures.items.length).toBeGreaterThan(0);
    expect(agency.measures.items.every((i) => i.measure.agencies.some((a) => a.agency.id === 'agency:ministry-of-finance'))).toBe(true);
    expect(data.nothing).toBeNull();
  });

  it('a document shows its text, so every offset can be read in context', async () => {
    const data = await ok(
      graphql(
        `query QueriesDocumentText { node(id: "document:guo-han-2020-123") { name ... on Document { docNumber text categories { number } issuedBy { name } } } }`,
      ),
      {},
    );
    const document = withField(data.node, 'docNumber');
    expect(document.docNumber).toBe('Guo Han [2020] No. 123');
    expect(document.text?.length).toBeGreaterThan(30_000);
    expect(document.categories).toHaveLength(4);
  });

  it('stats agree with the graph', async () => {
    const data = await ok(
      graphql(`query QueriesStats { stats { nodeCount relationshipCount labels { label count } relationshipTypes { type count } } }`),
      {},
    );
    const counts = await countGraph(h.driver);
    expect(Object.fromEntries(data.stats.labels.map((l) => [l.label, l.count]))).toEqual(counts.nodes);
    expect(Object.fromEntries(data.stats.relationshipTypes.map((t) => [t.type, t.count]))).toEqual(counts.relationships);
  });
});

describe('no N+1', () => {
  it('a nested list costs one query per level, however many parents', async () => {
    h.queries.length = 0;
    const data = await ok(
      graphql(`query QueriesNestedLists { parks(limit: 500) { items { name measures(limit: 500) { items { measure {
      task { category { document { docNumber } } } parks { park { id } } } } } } } }`),
      {},
    );
    expect(data.parks.items.length).toBeGreaterThan(30);
    expect(h.queries.sort()).toEqual(
      [
        'list-named-entities',
        'list-entity-measures',
        'get-measure-tasks',
        'list-measure-links',
        'get-task-categories',
        'get-category-documents',
      ].sort(),
    );
  });
});
