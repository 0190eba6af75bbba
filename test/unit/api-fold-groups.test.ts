import { describe, expect, it } from 'vitest';
import { foldGroups, type GroupRow, type LinkRow } from '../../server/schema/fold-groups.ts';

/** The overview's folding: never more groups than asked for, every document in exactly one, every link kept. */
const row = (key: string | null, documentCount: number, measureCount = documentCount * 10): GroupRow => ({
  key,
  documentCount,
  heldCount: Math.floor(documentCount / 2),
  measureCount,
});

describe('foldGroups', () => {
  it('keeps issuers as they are when they fit, and counts links inside a group on the group', () => {
    const rows = [row('State Council', 10), row('Beijing', 5), row(null, 3)];
    const links: LinkRow[] = [
      { source: 'Beijing', target: 'State Council', type: 'CITES', count: 7 },
      { source: 'State Council', target: 'State Council', type: 'CITES', count: 4 },
      { source: 'Beijing', target: null, type: 'CITES', count: 2 },
    ];
    const { groups, links: out } = foldGroups('ISSUER', rows, links, 24);
    expect(groups.map((g) => [g.id, g.name, g.documentCount, g.internalLinks])).toEqual([
      ['issuer:State Council', 'State Council', 10, 4],
      ['issuer:Beijing', 'Beijing', 5, 0],
      ['issuer:', 'No issuer', 3, 0],
    ]);
    expect(out).toEqual([
      {
        id: 'CITES:issuer:Beijing->issuer:State Council',
        source: 'issuer:Beijing',
        target: 'issuer:State Council',
        type: 'CITES',
        count: 7,
      },
      { id: 'CITES:issuer:Beijing->issuer:', source: 'issuer:Beijing', target: 'issuer:', type: 'CITES', count: 2 },
    ]);
  });

  it('folds the smallest series into one group past the limit, summing documents, measures and links', () => {
    const rows = [row('A', 50), row('B', 40), row('C', 3), row('D', 2), row(null, 1)];
    const links: LinkRow[] = [
      { source: 'C', target: 'A', type: 'CITES', count: 2 },
      { source: 'D', target: 'A', type: 'CITES', count: 3 },
      { source: 'C', target: 'D', type: 'VERSION_OF', count: 1 },
    ];
    const { groups, links: out } = foldGroups('SERIES', rows, links, 3);
    expect(groups).toHaveLength(3);
    const folded = groups[2]!;
    expect(folded).toMatchObject({
      id: 'series:*',
      name: '3 other series',
      folded: true,
      keys: ['C', 'D', null],
      documentCount: 6,
      measureCount: 60,
      internalLinks: 1,
    });
    expect(groups.reduce((sum, g) => sum + g.documentCount, 0)).toBe(96);
    expect(out).toEqual([{ id: 'CITES:series:*->series:A', source: 'series:*', target: 'series:A', type: 'CITES', count: 5 }]);
  });

  it('puts years in order and joins them into ranges of one width that end at the last year', () => {
    const rows = ['2003', '2000', '2001', '2004', '2002'].map((y) => row(y, 1)).concat(row(null, 2));
    const { groups } = foldGroups('YEAR', rows, [], 3);
    expect(groups.map((g) => [g.id, g.name, g.keys, g.documentCount])).toEqual([
      ['year:2000-2002', '2000–2002', ['2000', '2001', '2002'], 3],
      ['year:2003-2004', '2003–2004', ['2003', '2004'], 2],
      ['year:', 'No year', [null], 2],
    ]);
    expect(foldGroups('YEAR', rows.slice(0, 5), [], 10).groups.map((g) => g.name)).toEqual(['2000', '2001', '2002', '2003', '2004']);
  });
});
