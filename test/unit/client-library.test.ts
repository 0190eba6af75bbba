import { describe, expect, it } from 'vitest';
import { describeYears, labelledBars, pickYears, yearBars } from '../../client/src/histogram.ts';
import { chooseStart } from '../../client/src/home.ts';
import { apiFilter, initialLibraryState, NO_FILTER, pageSummary } from '../../client/src/library-state.ts';
import { decodeLibraryParams } from '../../client/src/library-url.ts';
import { layoutGroups, linkPath, linkWidth, radius, VIEW } from '../../client/src/overview-layout.ts';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../client/src/url-state.ts';

/** The library's pure parts: the link, where a visit starts, the pager's words, the histogram and the overview's geometry. */
const ui: UrlState = { selection: null, lens: null, years: null, hidden: [] };

describe('library link', () => {
  it('writes nothing for the explorer with every default, so a library of one keeps its bare address', () => {
    expect(encodeUrlState(ui, { ...initialLibraryState(), screen: 'explorer' })).toBe('');
  });

  it('round-trips view, document, filters, order, page, grouping and open group, beside the shared years', () => {
    const library = {
      screen: 'overview' as const,
      document: 'document:guo-han-2020-123',
      filter: { text: 'service', issuer: 'State Council', series: 'Guo Han', language: 'zh', held: false },
      sort: 'TITLE' as const,
      page: 3,
      groupBy: 'YEAR' as const,
      group: 'year:2015-2019',
    };
    const search = encodeUrlState({ ...ui, years: { from: 2015, to: 2020 }, hidden: ['Measure'] }, library);
    expect(search).toBe(
      '?from=2015&to=2020&view=overview&doc=document%3Aguo-han-2020-123&q=service&issuer=State+Council&series=Guo+Han&lang=zh&held=0&sort=title&page=4&group=year&open=year%3A2015-2019&hide=Measure',
    );
    expect(decodeLibraryParams(search)).toEqual(library);
    expect(decodeUrlState(search).years).toEqual({ from: 2015, to: 2020 });
  });

  it('drops malformed values and keeps old links (node, lens) meaning what they meant', () => {
    const decoded = decodeLibraryParams('?node=task:x&lens=park:y&view=nope&page=-2&sort=size&lang=fr&held=maybe&group=colour');
    expect(decoded).toEqual({ ...initialLibraryState(), screen: null });
    expect(decodeUrlState('?node=task:x&lens=park:y').selection).toBe('task:x');
  });
});

describe('where a visit starts', () => {
  const bare = { screen: null, document: null, selection: null, lensPark: null };
  it('opens the only held document directly, and the library when there are several or none', () => {
    expect(chooseStart(bare, { count: 1, only: 'document:a' })).toEqual({ screen: 'explorer', document: 'document:a' });
    expect(chooseStart(bare, { count: 300, only: null })).toEqual({ screen: 'library', document: null });
    expect(chooseStart(bare, { count: 0, only: null })).toEqual({ screen: 'library', document: null });
  });
  it('follows the link: a view, a document, or an old node or lens link opens the explorer', () => {
    const many = { count: 300, only: null };
    expect(chooseStart({ ...bare, document: 'document:b' }, many)).toEqual({ screen: 'explorer', document: 'document:b' });
    expect(chooseStart({ ...bare, selection: 'park:x' }, many)).toEqual({ screen: 'explorer', document: null });
    expect(chooseStart({ ...bare, lensPark: 'park:x' }, many).screen).toBe('explorer');
    expect(chooseStart({ ...bare, screen: 'overview' }, { count: 1, only: 'document:a' })).toEqual({
      screen: 'overview',
      document: 'document:a',
    });
  });
});

describe('library pages and filter', () => {
  it('says which rows show of how many, and corrects a page past the end', () => {
    expect(pageSummary(0, 10_000).text).toBe('1–50 of 10,000 documents');
    expect(pageSummary(199, 10_000)).toMatchObject({ first: 9951, last: 10_000, pages: 200, page: 199 });
    expect(pageSummary(500, 120)).toMatchObject({ page: 2, first: 101, last: 120 });
    expect(pageSummary(0, 1).text).toBe('1–1 of 1 document');
    expect(pageSummary(3, 0)).toMatchObject({ first: 0, last: 0, page: 0, text: 'No documents' });
  });
  it('sends only what narrows, with the shared years', () => {
    expect(apiFilter(NO_FILTER, null)).toEqual({});
    expect(apiFilter({ ...NO_FILTER, text: '  ', held: false, issuer: 'State Council' }, { from: 2015, to: null })).toEqual({
      yearFrom: 2015,
      held: false,
      issuer: 'State Council',
    });
  });
});

describe('year histogram', () => {
  it('writes years under the first, the last and every fifth bar, never two touching', () => {
    const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, count: 1 }));
    const shown = (from: number, to: number) => {
      const bars = yearBars(years(from, to), null);
      const labelled = labelledBars(bars);
      return bars.filter((_, i) => labelled[i]).map((b) => b.label);
    };
    // Six years in a row: no longer every one of them, run together.
    expect(shown(2015, 2020)).toEqual(['2015', '2020']);
    expect(shown(2014, 2019)).toEqual(['2014', '2019']);
    // The last year wins over a fifth year right before it.
    expect(shown(2012, 2021)).toEqual(['2012', '2015', '2021']);
    expect(shown(2000, 2024)).toEqual(['2000', '2005', '2010', '2015', '2020', '2024']);
    expect(shown(2024, 2024)).toEqual(['2024']);
  });

  const counts = [
    { year: 2020, count: 4 },
    { year: 2015, count: 1 },
    { year: 2017, count: 2 },
    { year: null, count: 9 },
  ];
  it('has one bar per year from first to last, empty years included, heights relative to the tallest', () => {
    const bars = yearBars(counts, null);
    expect(bars.map((b) => [b.label, b.count])).toEqual([
      ['2015', 1],
      ['2016', 0],
      ['2017', 2],
      ['2018', 0],
      ['2019', 0],
      ['2020', 4],
    ]);
    expect(bars.map((b) => b.height)).toEqual([0.25, 0, 0.5, 0, 0, 1]);
    expect(bars.every((b) => b.selected)).toBe(true);
  });
  it('joins years into bars of one width past the maximum, and counts every document once', () => {
    const many = Array.from({ length: 77 }, (_, i) => ({ year: 1949 + i, count: 1 }));
    const bars = yearBars(many, { from: 2000, to: 2009 }, 40);
    expect(bars).toHaveLength(39);
    expect(bars[0]).toMatchObject({ from: 1949, to: 1950, label: '1949–1950' });
    expect(bars.at(-1)).toMatchObject({ from: 2025, to: 2025 });
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBe(77);
    expect(bars.filter((b) => b.selected).map((b) => b.label)).toEqual([
      '1999–2000',
      '2001–2002',
      '2003–2004',
      '2005–2006',
      '2007–2008',
      '2009–2010',
    ]);
  });
  it('picks a bar, clears it on a second click, and extends from the anchor either way', () => {
    const y2017 = { from: 2017, to: 2017 };
    const y2020 = { from: 2020, to: 2020 };
    expect(pickYears(null, y2017, false, null)).toEqual({ from: 2017, to: 2017 });
    expect(pickYears({ from: 2017, to: 2017 }, y2017, false, y2017)).toBeNull();
    expect(pickYears({ from: 2020, to: 2020 }, y2017, true, y2020)).toEqual({ from: 2017, to: 2020 });
    expect(describeYears({ from: 2017, to: 2020 })).toBe('2017–2020');
    expect(describeYears({ from: null, to: 2019 })).toBe('To 2019');
    expect(describeYears(null)).toBe('All years');
  });
});

describe('overview geometry', () => {
  it('sizes circles by the square root of documents, inside the drawing', () => {
    expect(radius(100, 100)).toBeCloseTo(46);
    expect(radius(25, 100)).toBeCloseTo(8 + 38 * 0.5);
    const placed = layoutGroups(
      Array.from({ length: 24 }, (_, i) => ({ id: `g${i}`, documentCount: 1 + i * 40 })),
      false,
    );
    for (const p of placed.values()) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(0);
      expect(p.x + p.r).toBeLessThanOrEqual(VIEW.width);
      expect(p.y - p.r).toBeGreaterThanOrEqual(0);
      expect(p.y + p.r).toBeLessThanOrEqual(VIEW.height);
    }
  });
  it('keeps years in order on a line, neighbours never overlapping', () => {
    const groups = Array.from({ length: 25 }, (_, i) => ({ id: `y${2000 + i}`, documentCount: 400 }));
    const placed = [...layoutGroups(groups, true).values()];
    for (let i = 1; i < placed.length; i++) {
      expect(placed[i]!.x).toBeGreaterThan(placed[i - 1]!.x);
      expect(placed[i]!.x - placed[i - 1]!.x).toBeGreaterThan(placed[i]!.r + placed[i - 1]!.r);
    }
  });
  it('draws links from rim to rim, bending one way for each direction, widths growing with the log of counts', () => {
    const a = { x: 100, y: 300, r: 10, labelY: 24 };
    const b = { x: 500, y: 300, r: 20, labelY: 34 };
    expect(linkPath(a, b, true)).toMatch(/^M110\.0,300\.0 Q293\.0,120\.0 476\.0,300\.0$/);
    expect(linkPath(b, a, true)).toMatch(/^M480\.0,300\.0 Q297\.0,480\.0 114\.0,300\.0$/);
    expect(linkWidth(1, 1000)).toBe(1.5);
    expect(linkWidth(1000, 1000)).toBeCloseTo(7.5);
  });
});
