import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LensFilter } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { codes, gql, HAIDIAN, type Harness, ok, SECOND_DOCUMENT, seededApp, withField, ZHONGGUANCUN } from './api-harness.ts';

/** Query.lens against the shipped document, then with a second document merged in for the document filters. */
const LENS = graphql(`query LensAnswers($park: ID, $industry: ID, $agency: ID, $filter: LensFilter, $limit: Int, $offset: Int) {
  lens(parkId: $park, industryId: $industry, agencyId: $agency, filter: $filter, limit: $limit, offset: $offset) {
    totalCount
    items {
      measure { id order }
      task { number key }
      category { number }
      document { id year issuer }
      park { id }
      via hops alsoVia
      parkEvidence { text start end documentId sentence }
      industryEvidence { text start end documentId sentence }
      agencyEvidence { text start end documentId sentence }
    }
    facets {
      documents { document { id } count }
      years { year count }
      issuers { issuer count }
      vias { via count }
    }
  }
}`);

const LENS_FACET_DOCUMENTS = graphql(`query LensFacetDocuments($park: ID) {
  lens(parkId: $park, limit: 1) {
    facets { documents { count document { id } } }
    details: facets { documents { count document { id ...FacetDocumentNumber } } }
  }
}
fragment FacetDocumentNumber on Document { docNumber title year issuer }`);

const LENS_TOTAL = graphql(`query LensTotal($park: ID) { lens(parkId: $park) { totalCount } }`);

const PARK_MEASURES = graphql(`query LensParkMeasures($park: ID!) {
  measuresAffectingPark(parkId: $park) { via hops alsoVia park { id } measure { id } evidence { text start end documentId } }
}`);

const LINKED_MEASURES = graphql(`query LensLinkedMeasures($id: ID!) {
  node(id: $id) {
    ... on Industry { measures(limit: 500) { totalCount items { measure { id } } } }
    ... on Agency { measures(limit: 500) { totalCount items { measure { id } } } }
  }
}`);

const AI = 'industry:artificial-intelligence';
const VENTURE_CAPITAL = 'industry:venture-capital';
const INTELLECTUAL_PROPERTY = 'industry:intellectual-property';
const FINANCE = 'agency:ministry-of-finance';
const SHIPPED_ID = 'document:guo-han-2020-123';
const SECOND_ID = 'document:jing-zheng-fa-2021-9';

interface Ask {
  park?: string;
  industry?: string;
  agency?: string;
  filter?: LensFilter;
  limit?: number;
  offset?: number;
}

let h: Harness;
const lens = async (variables: Ask) => (await ok(h.app, LENS, variables)).lens;
type Page = Awaited<ReturnType<typeof lens>>;
const ids = (page: Page) => page.items.map((row) => row.measure.id);
const linked = async (id: string) => {
  const { node } = await ok(h.app, LINKED_MEASURES, { id });
  return withField(node, 'measures').measures.items.map((item) => item.measure.id);
};
const sum = (counts: { count: number }[]) => counts.reduce((total, { count }) => total + count, 0);

/** Every facet list adds up to the answer's size; the via facet only when a park was asked. */
function expectFacetsAddUp(page: Page, parkAsked: boolean) {
  expect(sum(page.facets.documents)).toBe(page.totalCount);
  expect(sum(page.facets.years)).toBe(page.totalCount);
  expect(sum(page.facets.issuers)).toBe(page.totalCount);
  expect(sum(page.facets.vias)).toBe(parkAsked ? page.totalCount : 0);
}

/** A link's evidence is the wording found in the measure's own document, inside the sentence it shows. */
function expectEvidence(evidence: Page['items'][number]['parkEvidence'], documentId: string) {
  expect(evidence).not.toBeNull();
  expect(evidence!.documentId).toBe(documentId);
  expect(evidence!.sentence).toContain(evidence!.text);
}

describe('lens, shipped document', () => {
  beforeAll(async () => {
    h = await seededApp([SHIPPED_DOCUMENT]);
  });
  afterAll(async () => h.driver.close());

  it('runs the facets query only when the request asks for facets', async () => {
    h.queries.length = 0;
    const { lens: page } = await ok(h.app, LENS_TOTAL, { park: HAIDIAN });
    expect(page.totalCount).toBe(13);
    expect(h.queries.filter((q) => q.startsWith('lens-'))).toEqual(['lens-page']);
  });

  it('Haidian Park alone is measuresAffectingPark: the same 13 measures in the same order, vias, hops, alsoVia and evidence', async () => {
    const page = await lens({ park: HAIDIAN });
    const { measuresAffectingPark: expected } = await ok(h.app, PARK_MEASURES, { park: HAIDIAN });
    expect(page.totalCount).toBe(13);
    expect(ids(page)).toEqual(expected.map((row) => row.measure.id));
    expect(page.items.map(({ via, hops, alsoVia, park }) => ({ via, hops, alsoVia, park }))).toEqual(
      expected.map(({ via, hops, alsoVia, park }) => ({ via, hops, alsoVia, park })),
    );
    expect(page.items.map((row) => row.parkEvidence && { ...row.parkEvidence, sentence: undefined })).toEqual(
      expected.map((row) => row.evidence && { ...row.evidence, sentence: undefined }),
    );
    for (const row of page.items) {
      expectEvidence(row.parkEvidence, SHIPPED_ID);
      expect(row.document.id).toBe(SHIPPED_ID);
      expect(row.category?.number).toBeGreaterThan(0);
      expect([row.industryEvidence, row.agencyEvidence]).toEqual([null, null]);
    }
  });

  it('facets count the whole answer, not the page, and add up to totalCount', async () => {
    const page = await lens({ park: HAIDIAN, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.facets.vias).toEqual([
      { via: 'TASK_CONTEXT', count: 4 },
      { via: 'PARENT_ZONE', count: 9 },
    ]);
    expect(page.facets.documents).toEqual([{ document: { id: SHIPPED_ID }, count: 13 }]);
    expect(page.facets.years).toEqual([{ year: 2020, count: 13 }]);
    expect(page.facets.issuers).toHaveLength(1);
    expectFacetsAddUp(page, true);
  });

  it('pages concatenate to the whole answer, with the same totalCount on every page', async () => {
    const whole = await lens({ park: ZHONGGUANCUN, limit: 500 });
    expect(whole.totalCount).toBe(whole.items.length);
    expect(whole.totalCount).toBeGreaterThan(10);
    const pages: Page[] = [];
    for (let offset = 0; offset < whole.totalCount; offset += 4) pages.push(await lens({ park: ZHONGGUANCUN, limit: 4, offset }));
    expect(pages.flatMap(ids)).toEqual(ids(whole));
    expect(new Set(pages.map((page) => page.totalCount))).toEqual(new Set([whole.totalCount]));
    const past = await lens({ park: ZHONGGUANCUN, offset: whole.totalCount });
    expect([past.items, past.totalCount]).toEqual([[], whole.totalCount]);
  });

  it('via keeps the rows whose strongest path is one of those given, as many as the via facet counts', async () => {
    const task = await lens({ park: HAIDIAN, filter: { via: ['TASK_CONTEXT'] } });
    expect(task.totalCount).toBe(4);
    expect(task.items.every((row) => row.via === 'TASK_CONTEXT' && row.task.number === 13)).toBe(true);
    const zone = await lens({ park: HAIDIAN, filter: { via: ['PARENT_ZONE', 'DIRECT'] } });
    expect(zone.totalCount).toBe(9);
    expect(new Set(zone.items.map((row) => row.task.number))).toEqual(new Set([10, 20]));
    expect(zone.facets.vias).toEqual([{ via: 'PARENT_ZONE', count: 9 }]);
  });

  it('an industry alone is its TARGETS measures, each with the industry evidence and no park fields', async () => {
    const page = await lens({ industry: AI });
    const expected = await linked(AI);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids(page))).toEqual(new Set(expected));
    expect(page.totalCount).toBe(expected.length);
    for (const row of page.items) {
      expectEvidence(row.industryEvidence, SHIPPED_ID);
      expect([row.park, row.via, row.hops, row.alsoVia, row.parkEvidence, row.agencyEvidence]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
    expectFacetsAddUp(page, false);
  });

  it('an agency alone is its INVOLVES measures, each with the agency evidence', async () => {
    const page = await lens({ agency: FINANCE });
    const expected = await linked(FINANCE);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids(page))).toEqual(new Set(expected));
    for (const row of page.items) expectEvidence(row.agencyEvidence, SHIPPED_ID);
    expectFacetsAddUp(page, false);
  });

  it('park ∩ industry: the measures in both answers (Haidian Park and intellectual property: 1 of 13 and of 6), with both evidences', async () => {
    const page = await lens({ park: HAIDIAN, industry: INTELLECTUAL_PROPERTY });
    const { measuresAffectingPark } = await ok(h.app, PARK_MEASURES, { park: HAIDIAN });
    const industry = new Set(await linked(INTELLECTUAL_PROPERTY));
    const both = measuresAffectingPark.map((row) => row.measure.id).filter((id) => industry.has(id));
    expect([both.length, industry.size, measuresAffectingPark.length]).toEqual([1, 6, 13]);
    expect(ids(page)).toEqual(both);
    expect(page.totalCount).toBe(1);
    for (const row of page.items) {
      expectEvidence(row.parkEvidence, SHIPPED_ID);
      expectEvidence(row.industryEvidence, SHIPPED_ID);
      expect(row.agencyEvidence).toBeNull();
    }
    expectFacetsAddUp(page, true);
  });

  it('park ∩ industry ∩ agency narrows further, and an unknown id gives an empty page', async () => {
    const two = await lens({ park: HAIDIAN, industry: VENTURE_CAPITAL });
    expect(two.totalCount).toBe(8);
    const agencies = new Set(await linked(FINANCE));
    const page = await lens({ park: HAIDIAN, industry: VENTURE_CAPITAL, agency: FINANCE });
    expect(ids(page)).toEqual(ids(two).filter((id) => agencies.has(id)));
    expect(ids(page)).toEqual(['measure:guo-han-2020-123:10.5']);
    for (const row of page.items) {
      expectEvidence(row.parkEvidence, SHIPPED_ID);
      expectEvidence(row.industryEvidence, SHIPPED_ID);
      expectEvidence(row.agencyEvidence, SHIPPED_ID);
    }
    const none = await lens({ park: 'park:nowhere', industry: AI });
    expect(none).toEqual({ totalCount: 0, items: [], facets: { documents: [], years: [], issuers: [], vias: [] } });
  });

  it('refuses a request without an id, naming the three', async () => {
    const response = await gql(h.app, LENS, { filter: { yearFrom: 2020 } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toBe('Give at least one of parkId, industryId, agencyId.');
  });

  it('refuses a page larger than 500 or a negative offset, saying the range; 500 itself is fine', async () => {
    const large = await gql(h.app, LENS, { park: HAIDIAN, limit: 501 });
    expect(codes(large)).toEqual(['BAD_USER_INPUT']);
    expect(large.errors![0]!.message).toBe('limit must be a whole number from 1 to 500 (got 501).');
    expect(codes(await gql(h.app, LENS, { park: HAIDIAN, limit: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(h.app, LENS, { park: HAIDIAN, offset: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect((await lens({ park: HAIDIAN, limit: 500 })).items).toHaveLength(13);
  });

  it('refuses crossed years, an empty via list and via without a park', async () => {
    for (const [variables, message] of [
      [{ park: HAIDIAN, filter: { yearFrom: 2021, yearTo: 2020 } }, /yearFrom \(2021\) is after yearTo \(2020\)/],
      [{ park: HAIDIAN, filter: { via: [] } }, /via must name at least one of/],
      [{ industry: AI, filter: { via: ['DIRECT'] } }, /give parkId too/],
    ] as const) {
      const response = await gql(h.app, LENS, variables as Ask);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toMatch(message);
    }
  });
});

describe('lens, two documents merged: the document filters', () => {
  let whole: Page;
  beforeAll(async () => {
    h = await seededApp([SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
    whole = await lens({ park: HAIDIAN, limit: 500 });
  });
  afterAll(async () => h.driver.close());

  it('Haidian Park spans both documents, the older one first, and the facets split by document, year and issuer', async () => {
    const documents = whole.items.map((row) => row.document.id);
    expect(documents.slice(0, 13)).toEqual(Array(13).fill(SHIPPED_ID));
    expect(documents.slice(13).every((id) => id === SECOND_ID)).toBe(true);
    expect(documents.length).toBeGreaterThan(13);
    const second = whole.totalCount - 13;
    expect(whole.facets.years).toEqual([
      { year: 2020, count: 13 },
      { year: 2021, count: second },
    ]);
    expect(whole.facets.documents.map((facet) => [facet.document.id, facet.count]).sort()).toEqual(
      [
        [SHIPPED_ID, 13],
        [SECOND_ID, second],
      ].sort(),
    );
    expect(whole.facets.issuers).toHaveLength(2);
    expectFacetsAddUp(whole, true);
    for (const row of whole.items) expectEvidence(row.parkEvidence, row.document.id);
  });

  it('pages that start or end inside either document, or straddle the two, concatenate to the whole answer', async () => {
    for (const size of [1, 5, 12, 13, 14]) {
      const pages: Page[] = [];
      for (let offset = 0; offset < whole.totalCount; offset += size) pages.push(await lens({ park: HAIDIAN, limit: size, offset }));
      expect(pages.flatMap(ids), `pages of ${size}`).toEqual(ids(whole));
      expect(pages.every((page) => page.totalCount === whole.totalCount)).toBe(true);
    }
    const straddling = await lens({ park: HAIDIAN, limit: 3, offset: 12 });
    expect(straddling.items.map((row) => row.document.id)).toEqual([SHIPPED_ID, SECOND_ID, SECOND_ID]);
  });

  it('facets that ask for a document’s id alone get the same documents and counts as those that ask for more (through a fragment)', async () => {
    const { lens: answer } = await ok(h.app, LENS_FACET_DOCUMENTS, { park: HAIDIAN });
    const plain = answer.facets.documents;
    const detailed = answer.details.documents;
    expect(plain.map(({ count, document }) => [document.id, count])).toEqual(detailed.map(({ count, document }) => [document.id, count]));
    expect(plain).toHaveLength(2);
    const shipped = detailed.find(({ document }) => document.id === SHIPPED_ID)?.document;
    expect([shipped?.docNumber, shipped?.year]).toEqual(['Guo Han [2020] No. 123', 2020]);
    expect(detailed.every(({ document }) => document.title && document.issuer && document.year)).toBe(true);
  });

  it('yearFrom, yearTo, documentId and issuer each keep only their document’s measures, in the same order', async () => {
    const ofSecond = ids(whole).slice(13);
    const ofShipped = ids(whole).slice(0, 13);
    const issuer = whole.items[13]!.document.issuer!;
    for (const [filter, expected] of [
      [{ yearFrom: 2021 }, ofSecond],
      [{ yearTo: 2020 }, ofShipped],
      [{ yearFrom: 2020, yearTo: 2020 }, ofShipped],
      [{ documentId: SECOND_ID }, ofSecond],
      [{ issuer }, ofSecond],
      [{ yearFrom: 2022 }, []],
      [{ documentId: SHIPPED_ID, yearFrom: 2021 }, []],
    ] as const) {
      const page = await lens({ park: HAIDIAN, filter, limit: 500 });
      expect(ids(page), JSON.stringify(filter)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
      expectFacetsAddUp(page, true);
    }
  });
});
