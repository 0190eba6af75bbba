import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { countGraph } from '../../neo4j/count-graph.ts';

import { gql, HAIDIAN, SECOND_DOCUMENT, seededApp, ZHONGGUANCUN, type Harness } from './api-harness.ts';

/** Every root list, node(id), stats, relationships both ways, and the one-query-per-level promise. */
let h: Harness;
beforeAll(async () => {
  h = await seededApp([SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
});
afterAll(async () => h.driver.close());

const ok = async (query: string, variables?: Record<string, unknown>) => {
  const response = await gql(h.app, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
};

describe('root lists', () => {
  it('parks, industries and agencies: sorted by name, paged, counted', async () => {
    const data = await ok(`{
      parks(limit: 5) { totalCount items { id name } }
      more: parks(limit: 5, offset: 5) { items { id } }
      industries(limit: 500) { totalCount items { name } }
      agencies { totalCount items { name level } }
    }`);
    const names: string[] = data.parks.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(data.parks.totalCount).toBeGreaterThan(30);
    expect(data.more.items.map((p: { id: string }) => p.id)).not.toContain(data.parks.items[0].id);
    expect(data.industries.items).toHaveLength(data.industries.totalCount);
    expect(data.agencies.items.some((a: { name: string }) => /Ministry of Finance/i.test(a.name))).toBe(true);
  });

  it('sort: MEASURE_COUNT puts the park with the most measures first', async () => {
    const data = await ok(`{ parks(sort: MEASURE_COUNT, limit: 3) { items { id measures(limit: 1) { totalCount } } } }`);
    const counts = data.parks.items.map((p: { measures: { totalCount: number } }) => p.measures.totalCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(data.parks.items[0].id).toBe(ZHONGGUANCUN);
  });

  it('documents newest first, with cites and citedBy across the two seeded documents', async () => {
    const data = await ok(`{ documents { totalCount items { id docNumber year
      cites { role document { id } evidence { text sentence } } citedBy { document { id } } } } }`);
    const [newest, ...rest] = data.documents.items;
    expect(newest.id).toBe('document:jing-zheng-fa-2021-9');
    expect(newest.cites.map((c: { document: { id: string } }) => c.document.id)).toContain('document:guo-han-2020-123');
    const reply = rest.find((d: { id: string }) => d.id === 'document:guo-han-2020-123');
    expect(reply.citedBy.map((c: { document: { id: string } }) => c.document.id)).toEqual(['document:jing-zheng-fa-2021-9']);
    expect(reply.cites.every((c: { evidence: { sentence: string; text: string } }) => c.evidence.sentence.includes(c.evidence.text))).toBe(true);
  });

  it('tasks by number, filtered by category; categories with their tasks', async () => {
    const data = await ok(`{
      tasks(category: 2, limit: 500) { totalCount items { number category { number } } }
      all: tasks(limit: 500) { totalCount }
      byCount: tasks(sort: MEASURE_COUNT, limit: 2) { items { measures { id } } }
      categories { totalCount items { number title tasks { number } document { id } } }
    }`);
    expect(data.tasks.items.every((t: { category: { number: number } }) => t.category.number === 2)).toBe(true);
    expect(data.all.totalCount).toBe(26 + 11);
    expect(data.byCount.items[0].measures.length).toBeGreaterThanOrEqual(data.byCount.items[1].measures.length);
    const shipped = data.categories.items.filter((c: { document: { id: string } }) => c.document.id === 'document:guo-han-2020-123');
    expect(shipped.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('node and relationships both ways', () => {
  it('node(id) returns each type with its own fields; an unknown id is null', async () => {
    const data = await ok(`{
      park: node(id: "${HAIDIAN}") { id label name ... on Park { kind aliases parent { id } } }
      zone: node(id: "${ZHONGGUANCUN}") { ... on Park { subParks { id } } }
      measure: node(id: "measure:guo-han-2020-123:13.1") { label ... on Measure { order task { number category { number } } parks { via park { id } evidence { sentence } } } }
      task: node(id: "task:guo-han-2020-123:10") { ... on Task { title measures { order } category { tasks { number } } } }
      industry: node(id: "industry:venture-capital") { ... on Industry { measures(limit: 2) { totalCount items { measure { id } evidence { text } } } } }
      agency: node(id: "agency:ministry-of-finance") { ... on Agency { level measures { items { measure { agencies { agency { id } } } } } } }
      nothing: node(id: "park:atlantis") { id }
    }`);
    expect(data.park).toMatchObject({ label: 'Park', name: 'Haidian Park', kind: 'park', parent: { id: ZHONGGUANCUN } });
    expect(data.zone.subParks.map((p: { id: string }) => p.id)).toContain(HAIDIAN);
    expect(data.measure.task.number).toBe(13);
    expect(data.measure.parks.map((l: { park: { id: string } }) => l.park.id)).toContain(HAIDIAN);
    expect(data.task.measures.map((m: { order: number }) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(data.industry.measures.totalCount).toBeGreaterThan(2);
    expect(data.industry.measures.items).toHaveLength(2);
    expect(data.agency.measures.items.every((i: { measure: { agencies: { agency: { id: string } }[] } }) =>
      i.measure.agencies.some((a) => a.agency.id === 'agency:ministry-of-finance'))).toBe(true);
    expect(data.nothing).toBeNull();
  });

  it('a document shows its text, so every offset can be read in context', async () => {
    const data = await ok(`{ node(id: "document:guo-han-2020-123") { name ... on Document { docNumber text categories { number } issuedBy { name } } } }`);
    expect(data.node.docNumber).toBe('Guo Han [2020] No. 123');
    expect(data.node.text.length).toBeGreaterThan(30_000);
    expect(data.node.categories).toHaveLength(4);
  });

  it('stats agree with the graph', async () => {
    const data = await ok(`{ stats { nodeCount relationshipCount labels { label count } relationshipTypes { type count } } }`);
    const counts = await countGraph(h.driver);
    expect(Object.fromEntries(data.stats.labels.map((l: { label: string; count: number }) => [l.label, l.count]))).toEqual(counts.nodes);
    expect(Object.fromEntries(data.stats.relationshipTypes.map((t: { type: string; count: number }) => [t.type, t.count]))).toEqual(counts.relationships);
  });
});

describe('no N+1', () => {
  it('a nested list costs one query per level, however many parents', async () => {
    h.queries.length = 0;
    const data = await ok(`{ parks(limit: 500) { items { name measures(limit: 500) { items { measure {
      task { category { document { docNumber } } } parks { park { id } } } } } } } }`);
    expect(data.parks.items.length).toBeGreaterThan(30);
    expect(h.queries.sort()).toEqual(
      ['list-named-entities', 'list-entity-measures', 'get-measure-tasks', 'list-measure-links', 'get-task-categories', 'get-category-documents'].sort(),
    );
  });
});
