import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFilter, TypedDocumentString } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { SMALL_LIBRARY } from '../support/seed-files.ts';
import { ok as answer, codes, gql, type Harness, seededApp } from './api-harness.ts';

/**
 * Query.documents as a library: filter, facets, paging and ordering, on the shipped document, the second test
 * document and layout fixtures (a Chinese reply and its English translation, a district plan, measures issued
 * jointly by two bureaus, a regulation numbered as an order), plus every document they cite (stubs without text).
 * Expectations come from the unfiltered list, checked in plain TypeScript, and from facts pinned by hand.
 */
const LAYOUTS = 'test/fixtures/layouts';
let h: Harness;
beforeAll(async () => {
  h = await seededApp([...SMALL_LIBRARY, `${LAYOUTS}/zh-measures-flat.txt`, `${LAYOUTS}/zh-regulation-chapters.txt`]);
});
afterAll(async () => h.driver.close());

const ok = <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => answer(h.app, document, variables);

const Library = graphql(`query LibraryDocuments($limit: Int, $offset: Int, $sort: DocumentSort, $filter: DocumentFilter) {
  documents(limit: $limit, offset: $offset, sort: $sort, filter: $filter) {
    totalCount
    items { id docNumber title year date issuer language text }
    facets {
      years { year count }
      issuers { value count }
      series { value count }
      languages { value count }
      held { held count }
    }
  }
}`);

const LibraryIds = graphql(`query LibraryIds($limit: Int, $offset: Int, $sort: DocumentSort, $filter: DocumentFilter) {
  documents(limit: $limit, offset: $offset, sort: $sort, filter: $filter) { totalCount items { id } }
}`);

type Doc = Awaited<ReturnType<typeof all>>[number];

async function all() {
  return (await ok(Library, { limit: 500 })).documents.items;
}
async function ids(filter: DocumentFilter | null, more: { limit?: number; offset?: number; sort?: 'DATE' | 'DOC_NUMBER' | 'TITLE' } = {}) {
  const data = await ok(LibraryIds, { limit: 500, ...more, filter });
  return { totalCount: data.documents.totalCount, ids: data.documents.items.map((d) => d.id) };
}

/** The series as the issue defines it: the document number before the bracket, or before `No.` for orders. */
const seriesOf = (docNumber: string | null | undefined) => (docNumber ? docNumber.split(' [')[0]!.split(' No.')[0]! : null);
const organs = (issuer: string | null | undefined): (string | null)[] => (issuer ? issuer.split('; ') : [null]);
const sorted = (values: string[]) => [...values].sort();
/** Neo4j orders strings by code unit, and nulls after every string. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareNullsLast = (a: string | null | undefined, b: string | null | undefined) =>
  a === b ? 0 : a === null || a === undefined ? 1 : b === null || b === undefined ? -1 : compare(a, b);

describe('the seeded library', () => {
  it('holds documents and cited stubs, in both languages, with a joint issuer and an order number', async () => {
    const docs = await all();
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get('document:guo-han-2020-123')).toMatchObject({ language: 'en', year: 2020 });
    expect(byId.get('document:guo-han-2021-27:zh')).toMatchObject({ language: 'zh', year: 2021 });
    expect(byId.get('document:guo-han-2021-27')?.text).toEqual(expect.any(String));
    expect(docs.some((d) => d.text === null && d.language === null)).toBe(true);
    expect(docs.some((d) => organs(d.issuer).length > 1)).toBe(true);
    expect(docs.map((d) => seriesOf(d.docNumber))).toEqual(expect.arrayContaining(['Guo Han', 'Jing Zheng Fa', 'Guo Wu Yuan Ling']));
  });
});

describe('calls without the new arguments answer as before', () => {
  it('every document, newest year first, within a year the ones known only by year, then by date; ties by number, then id', async () => {
    const data = await ok(
      graphql(`query LibraryAsBefore { documents { totalCount items { id docNumber year date } } stats { labels { label count } } }`),
      {},
    );
    const documentCount = data.stats.labels.find((l) => l.label === 'Document')?.count;
    expect(data.documents.totalCount).toBe(documentCount);
    expect(data.documents.items).toHaveLength(Math.min(100, documentCount ?? 0));
    // As list-documents has always sorted (on date, else year, as text): a year alone ranks above that year's dates.
    type Row = (typeof data.documents.items)[number];
    const newest = (a: Row, b: Row) =>
      (b.year ?? -1) - (a.year ?? -1) || Number(Boolean(a.date)) - Number(Boolean(b.date)) || compare(b.date ?? '', a.date ?? '');
    expect(data.documents.items.map((d) => d.id)).toEqual(
      [...data.documents.items]
        .sort((a, b) => newest(a, b) || compareNullsLast(a.docNumber, b.docNumber) || compare(a.id, b.id))
        .map((d) => d.id),
    );
    expect(data.documents.items.slice(0, 2).map((d) => d.id)).toEqual([
      'document:jing-hai-zheng-fa-2023-5',
      'document:jing-hai-zheng-fa-2023-5:zh',
    ]);
  });

  it('an empty filter and a null filter answer exactly as no filter', async () => {
    const none = await ids(null);
    expect(await ids({})).toEqual(none);
    expect((await ok(LibraryIds, { limit: 500 })).documents.items.map((d) => d.id)).toEqual(none.ids);
  });

  it('without facets in the selection only the list query runs', async () => {
    h.queries.length = 0;
    await ids({ language: 'zh' });
    expect(h.queries).toEqual(['list-documents']);
    h.queries.length = 0;
    await ok(Library, { filter: { language: 'zh' } });
    expect(sorted(h.queries.filter((q) => q.includes('document')))).toEqual(['count-document-facets', 'list-documents']);
  });
});

describe('filter', () => {
  let docs: Doc[];
  beforeAll(async () => {
    docs = await all();
  });
  const expectIds = async (filter: DocumentFilter, keep: (d: Doc) => boolean) => {
    const expected = docs.filter(keep).map((d) => d.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(docs.length);
    const got = await ids(filter);
    expect(got.ids).toEqual(expected);
    expect(got.totalCount).toBe(expected.length);
    return got.ids;
  };

  it('yearFrom and yearTo are inclusive and leave out documents without a year', async () => {
    await expectIds({ yearFrom: 2021 }, (d) => (d.year ?? 0) >= 2021);
    await expectIds({ yearTo: 2020 }, (d) => d.year !== null && d.year !== undefined && d.year <= 2020);
    const one = await expectIds({ yearFrom: 2021, yearTo: 2021 }, (d) => d.year === 2021);
    expect(one).toEqual(
      expect.arrayContaining(['document:guo-han-2021-27', 'document:guo-han-2021-27:zh', 'document:jing-zheng-fa-2021-9']),
    );
  });

  it('issuer: one signing organ, whole name, any case; a joint document matches each of its organs', async () => {
    const joint = docs.find((d) => organs(d.issuer).length > 1)!;
    for (const organ of organs(joint.issuer) as string[]) {
      const got = await expectIds({ issuer: organ.toUpperCase() }, (d) => organs(d.issuer).includes(organ));
      expect(got).toContain(joint.id);
    }
    const council = await expectIds({ issuer: 'State Council' }, (d) => organs(d.issuer).includes('State Council'));
    expect(council).toContain('document:guo-han-2020-123');
    expect((await ids({ issuer: 'State' })).totalCount).toBe(0);
  });

  it('series: the number before the bracket, or before No. for orders', async () => {
    const guoHan = await expectIds({ series: 'guo han' }, (d) => seriesOf(d.docNumber) === 'Guo Han');
    expect(guoHan).toEqual(
      expect.arrayContaining(['document:guo-han-2020-123', 'document:guo-han-2021-27', 'document:guo-han-2021-27:zh']),
    );
    expect(await expectIds({ series: 'Guo Wu Yuan Ling' }, (d) => seriesOf(d.docNumber) === 'Guo Wu Yuan Ling')).toEqual([
      'document:guo-wu-yuan-ling-722',
    ]);
    expect((await ids({ series: 'Guo' })).totalCount).toBe(0);
  });

  it('language, and held: true for documents with text, false for cited stubs', async () => {
    await expectIds({ language: 'zh' }, (d) => d.language === 'zh');
    await expectIds({ language: 'en' }, (d) => d.language === 'en');
    const held = await expectIds({ held: true }, (d) => d.text !== null);
    const cited = await expectIds({ held: false }, (d) => d.text === null);
    expect(held.length + cited.length).toBe(docs.length);
  });

  it('text: part of the title or the document number, any case', async () => {
    const match = (needle: string) => (d: Doc) => [d.title, d.docNumber].some((s) => s?.toLowerCase().includes(needle.toLowerCase()));
    await expectIds({ text: 'DIGITAL' }, match('digital'));
    await expectIds({ text: '[2021]' }, match('[2021]'));
    await expectIds({ text: '数字贸易' }, match('数字贸易'));
    expect(await ids({ text: '   ' })).toEqual(await ids(null));
  });

  it('filters combine with AND', async () => {
    await expectIds({ language: 'zh', yearFrom: 2022, held: true }, (d) => d.language === 'zh' && (d.year ?? 0) >= 2022 && d.text !== null);
  });
});

describe('facets', () => {
  const count = <T>(values: T[]) => {
    const counts = new Map<T, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const asMap = (rows: { value?: string | null; count: number }[]) => new Map(rows.map((r) => [r.value ?? null, r.count]));

  it('count the whole filtered list, whatever the page; each facet but issuers adds up to totalCount', async () => {
    const everything = await all();
    const { documents } = await ok(Library, { limit: 1 });
    expect(documents.items).toHaveLength(1);
    const { facets, totalCount } = documents;
    const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
    for (const rows of [facets.years, facets.series, facets.languages, facets.held]) expect(sum(rows)).toBe(totalCount);
    expect(sum(facets.issuers)).toBe(everything.flatMap((d) => organs(d.issuer)).length);
    expect(sum(facets.issuers)).toBeGreaterThan(totalCount);

    expect(new Map(facets.years.map((r) => [r.year ?? null, r.count]))).toEqual(count(everything.map((d) => d.year ?? null)));
    expect(asMap(facets.issuers)).toEqual(count(everything.flatMap((d) => organs(d.issuer))));
    expect(asMap(facets.series)).toEqual(count(everything.map((d) => seriesOf(d.docNumber))));
    expect(asMap(facets.languages)).toEqual(count(everything.map((d) => d.language ?? null)));
    expect(facets.held).toEqual([
      { held: true, count: everything.filter((d) => d.text !== null).length },
      { held: false, count: everything.filter((d) => d.text === null).length },
    ]);
  });

  it('are ordered: years newest first with null last; the others by count, then value', async () => {
    const { facets } = (await ok(Library, { limit: 1 })).documents;
    const years = facets.years.map((r) => r.year);
    expect(years.at(-1)).toBeNull();
    expect(years.slice(0, -1)).toEqual([...(years.slice(0, -1) as number[])].sort((a, b) => b - a));
    for (const rows of [facets.issuers, facets.series, facets.languages]) {
      const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => b.count - a.count || compareNullsLast(a.value, b.value);
      expect(rows).toEqual([...rows].sort(order));
    }
  });

  it('are counted when asked for through a fragment too', async () => {
    const data = await ok(
      graphql(`query LibraryFacetsInFragments {
        named: documents(limit: 1) { ...LibraryFacetCounts }
        inline: documents(limit: 1, filter: { held: false }) { ... on DocumentPage { totalCount facets { held { held count } } } }
      }
      fragment LibraryFacetCounts on DocumentPage { totalCount facets { languages { value count } } }`),
      {},
    );
    expect(data.named.facets.languages.reduce((sum, r) => sum + r.count, 0)).toBe(data.named.totalCount);
    expect(data.inline.facets.held).toEqual([{ held: false, count: data.inline.totalCount }]);
    expect(data.inline.totalCount).toBeGreaterThan(0);
  });

  it('follow the filter', async () => {
    const { documents } = await ok(Library, { filter: { language: 'zh' } });
    expect(documents.facets.languages).toEqual([{ value: 'zh', count: documents.totalCount }]);
    expect(documents.facets.held).toEqual([{ held: true, count: documents.totalCount }]);
    const nothing = (await ok(Library, { filter: { text: 'no such title anywhere' } })).documents;
    expect(nothing).toEqual({
      totalCount: 0,
      items: [],
      facets: { years: [], issuers: [], series: [], languages: [], held: [] },
    });
  });
});

describe('paging and ordering', () => {
  it('pages of 2 in every sort, with and without a filter, add up to the whole list in the same order', async () => {
    for (const sort of ['DATE', 'DOC_NUMBER', 'TITLE'] as const) {
      for (const filter of [null, { held: true }]) {
        const whole = await ids(filter, { sort });
        const pages: string[] = [];
        for (let offset = 0; offset < whole.totalCount; offset += 2) {
          const page = await ids(filter, { sort, limit: 2, offset });
          expect(page.totalCount).toBe(whole.totalCount);
          pages.push(...page.ids);
        }
        expect(pages).toEqual(whole.ids);
        expect(new Set(pages).size).toBe(whole.totalCount);
      }
    }
  });

  it('DOC_NUMBER and TITLE: ties broken by document number, then id', async () => {
    const docs = (await ok(Library, { limit: 500, sort: 'TITLE' })).documents.items;
    const title = (d: Doc) => (d.title ?? d.docNumber ?? d.id).toLowerCase();
    expect(docs.map((d) => d.id)).toEqual(
      [...docs]
        .sort((a, b) => compare(title(a), title(b)) || compareNullsLast(a.docNumber, b.docNumber) || compare(a.id, b.id))
        .map((d) => d.id),
    );
    const byNumber = (await ok(Library, { limit: 500, sort: 'DOC_NUMBER' })).documents.items;
    expect(byNumber.map((d) => d.id)).toEqual(
      [...byNumber].sort((a, b) => compareNullsLast(a.docNumber, b.docNumber) || compare(a.id, b.id)).map((d) => d.id),
    );
    // The Chinese and the English version share a number: the id decides, the same way every time.
    const pair = byNumber.filter((d) => d.docNumber === 'Guo Han [2021] No. 27').map((d) => d.id);
    expect(pair).toEqual(['document:guo-han-2021-27', 'document:guo-han-2021-27:zh']);
  });

  it('an offset past the end gives an empty page with the total', async () => {
    const { totalCount } = await ids(null);
    expect(await ids(null, { offset: totalCount + 5 })).toEqual({ totalCount, ids: [] });
  });
});

describe('refusals', () => {
  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql(h.app, query, variables);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data ?? null).toBeNull();
    return response.errors?.[0]?.message;
  };
  const list = 'query($limit: Int, $filter: DocumentFilter) { documents(limit: $limit, filter: $filter) { totalCount } }';

  it('a page larger than 500, or smaller than 1, says the range', async () => {
    expect(await refused(list, { limit: 501 })).toBe('limit must be a whole number from 1 to 500 (got 501).');
    expect(await refused(list, { limit: 0 })).toBe('limit must be a whole number from 1 to 500 (got 0).');
    expect((await ids(null, { limit: 500 })).totalCount).toBeGreaterThan(0);
  });

  it('bad filters say what to fix', async () => {
    expect(await refused(list, { filter: { yearFrom: 2022, yearTo: 2020 } })).toBe(
      'filter.yearFrom (2022) is after filter.yearTo (2020); swap them.',
    );
    expect(await refused(list, { filter: { yearTo: 99 } })).toBe('filter.yearTo must be a whole number from 1000 to 9999 (got 99).');
    expect(await refused(list, { filter: { language: 'ZH' } })).toBe('filter.language must be zh or en (got "ZH").');
    expect(await refused(list, { filter: { issuer: ' ' } })).toBe('filter.issuer must not be blank; leave it out to keep every issuer.');
    expect(await refused(list, { filter: { text: 'x'.repeat(201) } })).toBe(
      'filter.text must be at most 200 characters (got 201); shorten it.',
    );
  });
});
