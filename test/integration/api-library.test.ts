import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFilter, LibraryGrouping, TypedDocumentString } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { SMALL_LIBRARY } from '../support/seed-files.ts';
import { ok as answer, codes, gql, type Harness, seededApp } from './api-harness.ts';

/**
 * The library views' API against a real Neo4j: one document's structure (paged), the overview of the library as
 * groups with the links between them, and each group's documents. Expectations come from `documents` and from
 * the structure fields the explorer already trusted (Task.measures, Measure.parks), so a cut or a double count shows.
 */
const SHIPPED = 'document:guo-han-2020-123';
let h: Harness;
beforeAll(async () => {
  h = await seededApp(SMALL_LIBRARY);
});
afterAll(async () => h.driver.close());

const ok = <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => answer(h.app, document, variables);

const Structure = graphql(`query TestStructure($id: ID!, $limit: Int, $offset: Int) {
  documentStructure(id: $id, limit: $limit, offset: $offset) {
    document { id docNumber measureCount }
    categories { id number }
    taskCount
    measureCount
    tasks { id number category { id document { id } } measures { id parks { park { id } } } }
    parks { id }
  }
}`);

const Overview = graphql(`query TestOverview($groupBy: LibraryGrouping, $filter: DocumentFilter, $limit: Int) {
  libraryOverview(groupBy: $groupBy, filter: $filter, limit: $limit) {
    groupBy documentCount groupCount
    groups { id name keys folded documentCount heldCount measureCount internalLinks }
    links { id source target type count }
  }
}`);

const GroupDocuments =
  graphql(`query TestGroupDocuments($groupBy: LibraryGrouping!, $keys: [String]!, $filter: DocumentFilter, $limit: Int, $offset: Int) {
  libraryGroupDocuments(groupBy: $groupBy, keys: $keys, filter: $filter, limit: $limit, offset: $offset) { totalCount items { id measureCount } }
}`);

const AllDocuments = graphql(`query TestAllDocuments($filter: DocumentFilter) {
  documents(limit: 500, filter: $filter) { totalCount items { id language measureCount } }
}`);

describe('documentStructure', () => {
  it("gives the shipped document's 4 categories, 26 tasks in document order and exactly the parks their measures reach", async () => {
    const s = (await ok(Structure, { id: SHIPPED })).documentStructure!;
    expect(s.document.docNumber).toBe('Guo Han [2020] No. 123');
    expect(s.categories.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(s.taskCount).toBe(26);
    expect(s.tasks.map((t) => t.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(new Set(s.tasks.map((t) => t.category?.document?.id))).toEqual(new Set([SHIPPED]));
    const measures = s.tasks.flatMap((t) => t.measures);
    expect(s.measureCount).toBe(measures.length);
    expect(s.document.measureCount).toBe(measures.length);
    const reached = new Set(measures.flatMap((m) => m.parks.map((p) => p.park.id)));
    expect(reached.size).toBeGreaterThan(5);
    expect(new Set(s.parks.map((p) => p.id))).toEqual(reached);
  });

  it('pages the tasks, keeping the totals of the whole document, and only the parks of the page', async () => {
    const whole = (await ok(Structure, { id: SHIPPED })).documentStructure!;
    const page = (await ok(Structure, { id: SHIPPED, limit: 10, offset: 20 })).documentStructure!;
    expect(page.taskCount).toBe(26);
    expect(page.measureCount).toBe(whole.measureCount);
    expect(page.categories).toHaveLength(4);
    expect(page.tasks.map((t) => t.id)).toEqual(whole.tasks.slice(20).map((t) => t.id));
    const reached = new Set(page.tasks.flatMap((t) => t.measures.flatMap((m) => m.parks.map((p) => p.park.id))));
    expect(new Set(page.parks.map((p) => p.id))).toEqual(reached);
  });

  it('answers null for an unknown id, an empty outline for a cited-only document, and refuses a page too large', async () => {
    expect((await ok(Structure, { id: 'document:nope' })).documentStructure).toBeNull();
    const stub = (await ok(Structure, { id: 'document:guo-han-2015-81' })).documentStructure!;
    expect(stub).toMatchObject({ categories: [], taskCount: 0, measureCount: 0, tasks: [], parks: [] });
    expect(codes(await gql(h.app, 'query { documentStructure(id: "x", limit: 501) { taskCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('libraryOverview and libraryGroupDocuments', () => {
  const groupings: LibraryGrouping[] = ['ISSUER', 'SERIES', 'YEAR'];

  it.each(groupings)('by %s: every document in exactly one group, each group listing exactly its documents', async (groupBy) => {
    const all = (await ok(AllDocuments, {})).documents;
    const o = (await ok(Overview, { groupBy })).libraryOverview;
    expect(o.documentCount).toBe(all.totalCount);
    expect(o.groups.reduce((sum, g) => sum + g.documentCount, 0)).toBe(all.totalCount);
    expect(o.groups.reduce((sum, g) => sum + g.heldCount, 0)).toBe(all.items.filter((d) => d.language !== null).length);
    expect(o.groups.reduce((sum, g) => sum + g.measureCount, 0)).toBe(all.items.reduce((sum, d) => sum + d.measureCount, 0));
    const ids = new Set(o.groups.map((g) => g.id));
    for (const link of o.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect(link.source).not.toBe(link.target);
    }
    const listed: string[] = [];
    for (const g of o.groups) {
      const page = (await ok(GroupDocuments, { groupBy, keys: g.keys, limit: 500 })).libraryGroupDocuments;
      expect(page.totalCount).toBe(g.documentCount);
      listed.push(...page.items.map((d) => d.id));
    }
    expect(listed.sort()).toEqual(all.items.map((d) => d.id).sort());
  });

  it('counts citations: the shipped reply cites its three predecessors, all Guo Han', async () => {
    const o = (await ok(Overview, { groupBy: 'SERIES' })).libraryOverview;
    const guoHan = o.groups.find((g) => g.name === 'Guo Han')!;
    expect(guoHan.internalLinks).toBeGreaterThanOrEqual(3);
  });

  it('folds past the limit into one group that keeps the rest, and honours the filter', async () => {
    const o = (await ok(Overview, { groupBy: 'ISSUER', limit: 2 })).libraryOverview;
    expect(o.groupCount).toBeGreaterThan(2);
    expect(o.groups).toHaveLength(2);
    expect(o.groups[1]).toMatchObject({ folded: true, name: `${o.groupCount - 1} other issuers` });
    const filter: DocumentFilter = { yearFrom: 2016, held: true };
    const filtered = (await ok(Overview, { groupBy: 'YEAR', filter })).libraryOverview;
    expect(filtered.documentCount).toBe((await ok(AllDocuments, { filter })).documents.totalCount);
    expect(filtered.groups.every((g) => g.keys.every((k) => Number(k) >= 2016))).toBe(true);
  });

  it('refuses a limit outside 2–60 and a group without keys', async () => {
    expect(codes(await gql(h.app, 'query { libraryOverview(limit: 1) { documentCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(h.app, 'query { libraryGroupDocuments(groupBy: YEAR, keys: []) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
