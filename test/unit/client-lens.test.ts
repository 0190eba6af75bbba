import { describe, expect, it } from 'vitest';
import {
  aggregateGraph,
  aggregateRank,
  edgeWeight,
  MAX_DOCUMENT_NODES,
  MORE_DOCUMENTS,
  measureElements,
  rowsGraph,
  taskElements,
} from '../../client/src/lens-aggregate.ts';
import {
  emptyAnswer,
  type LensAnswer,
  type LensRow,
  type LensSubject,
  type LensTaskCount,
  withMoreRows,
  withOpened,
} from '../../client/src/lens-answer.ts';
import { lensFilter, lensVias } from '../../client/src/lens-filter.ts';
import { groupRows, lensGroups } from '../../client/src/lens-groups.ts';
import type { Lens } from '../../client/src/store.ts';

const HAIDIAN: LensSubject = {
  id: 'park:h',
  label: 'Park',
  name: 'Haidian Park',
  kind: 'park',
  aliases: [],
  parent: { id: 'park:z', parent: null },
};
const AI: LensSubject = { id: 'industry:ai', label: 'Industry', name: 'Artificial intelligence', aliases: [] };
const doc = (n: number) => ({
  id: `doc:${n}`,
  label: 'Document',
  name: `Doc ${n}`,
  docNumber: `No. ${n}`,
  title: `Doc ${n}`,
  year: 2000 + n,
  date: null,
});
const task = (d: number, t: number) => ({ id: `task:${d}:${t}`, label: 'Task', name: `t${t}`, number: t, title: `Task ${t}` });

function row(d: number, t: number, m: number, via: LensRow['via'] = 'DIRECT', park = 'park:h'): LensRow {
  return {
    measure: {
      id: `measure:${d}:${t}.${m}`,
      label: 'Measure',
      name: 'm',
      text: 'In Haidian Park, AI.',
      order: m,
      start: 0,
      end: 10,
      translations: [],
    },
    task: task(d, t),
    category: { id: `cat:${d}:1`, label: 'Category', name: 'c', number: 1, title: 'c' },
    document: doc(d),
    park: {
      id: park,
      label: 'Park',
      name: park === 'park:h' ? 'Haidian Park' : 'Zone',
      aliases: [],
      parent: park === 'park:sub' ? { id: 'park:h', parent: null } : null,
    },
    via,
    hops: via === 'SUB_PARK' || via === 'PARENT_ZONE' ? 1 : 0,
    alsoVia: [],
    parkEvidence: { text: 'Haidian Park', start: 3, end: 15, sentence: 'In Haidian Park, AI.' },
    industryEvidence: { text: 'AI', start: 17, end: 19, sentence: 'In Haidian Park, AI.' },
    agencyEvidence: null,
  };
}

const lens = (patch: Partial<Lens> = {}): Lens => ({ parkId: 'park:h', subParks: true, parentZones: true, ...patch });
const large = (counts: number[]): LensAnswer => ({
  ...emptyAnswer([HAIDIAN]),
  rows: null,
  totalCount: counts.reduce((a, b) => a + b, 0),
  facets: {
    documents: counts.map((count, i) => ({ document: { ...doc(i), issuer: 'State Council', language: 'en' }, count })),
    years: [],
    issuers: [],
    vias: [],
  },
});

describe('lens filter', () => {
  it('asks for every path by default and narrows by the toggles and the via filter', () => {
    expect(lensVias(lens())).toBeNull();
    expect(lensVias(lens({ parentZones: false }))).toEqual(['DIRECT', 'TASK_CONTEXT', 'SUB_PARK']);
    expect(lensVias(lens({ via: 'TASK_CONTEXT' }))).toEqual(['TASK_CONTEXT']);
    expect(lensVias(lens({ via: 'SUB_PARK', subParks: false }))).toEqual([]);
    expect(lensVias(lens({ parkId: null, industryId: 'industry:ai', parentZones: false }))).toBeNull();
  });

  it('takes the shared year range, the issuer and the document, and one document overrides the chosen one', () => {
    const l = lens({ issuer: 'State Council', documentId: 'doc:1' });
    expect(lensFilter(l, { from: 2015, to: null })).toEqual({ yearFrom: 2015, issuer: 'State Council', documentId: 'doc:1' });
    expect(lensFilter(l, null, 'doc:2').documentId).toBe('doc:2');
    expect(lensFilter(lens(), null)).toEqual({});
  });
});

describe('lens groups', () => {
  it('groups rows document → task → measure in their order, counting each level', () => {
    const groups = groupRows([row(1, 10, 1), row(1, 10, 2), row(1, 13, 1), row(2, 4, 1)]);
    expect(groups.map((g) => [g.document.id, g.count, g.tasks.map((t) => [t.task.number, t.count])])).toEqual([
      [
        'doc:1',
        3,
        [
          [10, 2],
          [13, 1],
        ],
      ],
      ['doc:2', 1, [[4, 1]]],
    ]);
    expect(groups.every((g) => g.open && g.unloaded === 0)).toBe(true);
  });

  it('lists a large answer by its document facet, a page of documents at a time, opened documents with exact task counts', () => {
    const answer = large(Array.from({ length: 120 }, (_, i) => 200 - i));
    const closed = lensGroups(answer);
    expect(closed.documents).toHaveLength(50);
    expect(closed.moreDocuments).toBe(70);
    expect(closed.moreMeasures).toBe(answer.facets.documents.slice(50).reduce((s, d) => s + d.count, 0));
    expect(closed.documents[0]).toMatchObject({ count: 200, open: false, unloaded: 200 });

    const tasks: LensTaskCount[] = [
      { task: task(0, 1), document: { id: 'doc:0' }, count: 150, offset: 0 },
      { task: task(0, 2), document: { id: 'doc:0' }, count: 50, offset: 150 },
    ];
    const rows = Array.from({ length: 50 }, (_, i) => row(0, 1, i + 1));
    let opened = withOpened(answer, 'doc:0', { tasks, rows, total: 200 });
    opened = withMoreRows(opened, 'doc:0', [row(0, 1, 50), row(0, 1, 51)]);
    const first = lensGroups(opened).documents[0]!;
    expect(first.open).toBe(true);
    expect(first.tasks.map((t) => [t.task.number, t.count, t.rows.length])).toEqual([
      [1, 150, 51],
      [2, 50, 0],
    ]);
    expect(first.unloaded).toBe(149);
    expect(lensGroups({ ...answer, documentsShown: 150 }).moreDocuments).toBe(0);
  });
});

describe('lens graph', () => {
  it('draws a small answer measure by measure, up to its document and across to each subject, zone steps included', () => {
    const g = rowsGraph([row(1, 10, 1), row(1, 10, 2, 'PARENT_ZONE', 'park:z'), row(1, 11, 1, 'SUB_PARK', 'park:sub')], [HAIDIAN, AI]);
    const edges = g.edges.map((e) => e.id);
    expect(edges).toEqual(
      expect.arrayContaining([
        'AFFECTS:measure:1:10.1->park:h',
        'TARGETS:measure:1:10.1->industry:ai',
        'HAS_MEASURE:task:1:10->measure:1:10.1',
        'HAS_TASK:cat:1:1->task:1:10',
        'HAS_CATEGORY:doc:1->cat:1:1',
        'PART_OF:park:h->park:z',
        'PART_OF:park:sub->park:h',
      ]),
    );
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(g.highlight).toEqual(expect.arrayContaining(['park:h', 'industry:ai', 'doc:1', 'measure:1:10.2']));
    expect(g.nodes.find((n) => n.id === 'park:h')).not.toHaveProperty('parent');
  });

  it('draws a large answer as documents weighted by their measures, the rest as one node that says how much', () => {
    const counts = Array.from({ length: MAX_DOCUMENT_NODES + 5 }, (_, i) => 100 - i);
    const g = aggregateGraph({ ...large(counts), subjects: [HAIDIAN, AI] });
    expect(g.nodes.filter((n) => n.label === 'Document')).toHaveLength(MAX_DOCUMENT_NODES);
    const more = g.nodes.find((n) => n.id === MORE_DOCUMENTS)!;
    expect(more).toMatchObject({ documents: 5, measures: counts.slice(MAX_DOCUMENT_NODES).reduce((a, b) => a + b, 0) });
    // One weighted edge per document and subject, the widest for the largest share.
    const toPark = g.edges.filter((e) => e.target === 'park:h');
    expect(toPark).toHaveLength(MAX_DOCUMENT_NODES + 1);
    expect(g.edges.filter((e) => e.target === 'industry:ai')).toHaveLength(MAX_DOCUMENT_NODES + 1);
    expect(toPark[0]).toMatchObject({ source: 'doc:0', type: 'MEASURES', count: 100, caption: '100', weight: 12 });
    expect(Number(toPark[1]!.weight)).toBeLessThan(12);
  });

  it('expands a document into weighted tasks that remember where their measures start, and a task into its measures', () => {
    const tasks: LensTaskCount[] = [
      { task: task(0, 1), document: { id: 'doc:0' }, count: 3, offset: 0 },
      { task: task(0, 2), document: { id: 'doc:0' }, count: 1, offset: 3 },
    ];
    const t = taskElements('doc:0', tasks);
    expect(t.nodes.map((n) => [n.id, n.lensOffset, n.lensCount, n.lensDocument])).toEqual([
      ['task:0:1', 0, 3, 'doc:0'],
      ['task:0:2', 3, 1, 'doc:0'],
    ]);
    expect(t.edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ['task:0:1', 'doc:0', 3],
      ['task:0:2', 'doc:0', 1],
    ]);
    const m = measureElements([row(0, 1, 1), row(0, 1, 2)], [HAIDIAN]);
    expect(m.nodes.filter((n) => n.label === 'Measure')).toHaveLength(2);
    expect(m.edges.map((e) => e.id)).toContain('AFFECTS:measure:0:1.2->park:h');
  });

  it('weighs edges on a square-root scale between 1.5 and 12 pixels', () => {
    expect(edgeWeight(100, 100)).toBe(12);
    expect(edgeWeight(25, 100)).toBe(6.8);
    expect(edgeWeight(0, 0)).toBe(1.5);
  });
});

describe('aggregate rings', () => {
  it('puts what was asked about innermost, then documents, tasks and measures', () => {
    const rank = (id: string, label: string) => aggregateRank({ id, label }, ['park:h', 'industry:ai']);
    expect([
      rank('industry:ai', 'Industry'),
      rank('doc:1', 'Document'),
      rank(MORE_DOCUMENTS, 'More'),
      rank('t', 'Task'),
      rank('m', 'Measure'),
    ]).toEqual([4, 3, 3, 2, 1]);
  });
});
