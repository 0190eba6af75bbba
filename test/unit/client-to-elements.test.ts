import { describe, expect, it } from 'vitest';
import type { ApiGraph } from '../../client/src/api-graph.ts';
import type { StartData } from '../../client/src/queries.ts';
import { findMentions, markRuns } from '../../client/src/text-marks.ts';
import { caption, groupRelationships, mergeElements, startGraph, toElements, truncate } from '../../client/src/to-elements.ts';

const graph: ApiGraph = {
  nodes: [
    { id: 'task:d:13', label: 'Task', name: 'Take Haidian Park as the carrier', number: 13, title: 'Take Haidian Park as the carrier' },
    { id: 'measure:d:13.1', label: 'Measure', name: 'The restrictions…', order: 1 },
    { id: 'park:haidian-park', label: 'Park', name: 'Haidian Park', kind: 'park', aliases: ['Haidian'] },
  ],
  edges: [
    { id: 'HAS_MEASURE:task:d:13->measure:d:13.1', source: 'task:d:13', target: 'measure:d:13.1', type: 'HAS_MEASURE' },
    {
      id: 'AFFECTS:measure:d:13.1->park:haidian-park',
      source: 'measure:d:13.1',
      target: 'park:haidian-park',
      type: 'AFFECTS',
      via: 'DIRECT',
      evidence: { text: 'Take Haidian Park…', start: 10, end: 30 },
    },
  ],
  truncated: false,
};

describe('toElements', () => {
  it('maps nodes and edges to Cytoscape element definitions, keeping every property', () => {
    const elements = toElements(graph);
    expect(elements).toHaveLength(5);
    expect(elements[2]).toEqual({
      group: 'nodes',
      data: { id: 'park:haidian-park', label: 'Park', name: 'Haidian Park', kind: 'park', aliases: ['Haidian'], short: 'Haidian Park' },
    });
    expect(elements[4]!.group).toBe('edges');
    expect(elements[4]!.data).toMatchObject({ source: 'measure:d:13.1', target: 'park:haidian-park', via: 'DIRECT' });
  });

  it('gives each label a short caption', () => {
    expect(caption(graph.nodes[0]!)).toBe('13. Take Haidian Park as…');
    expect(caption(graph.nodes[1]!)).toBe('M 13.1');
    expect(caption({ id: 'doc:x', label: 'Document', name: 'Reply', docNumber: 'Guo Han [2020] No. 123', year: 2020 })).toBe(
      'Guo Han [2020] No. 123',
    );
    expect(caption({ id: 'cat:x:1', label: 'Category', name: 'Deepen reform', number: 1, title: 'Deepen reform' })).toBe(
      '(1) Deepen reform',
    );
    expect(truncate('  a   b  ')).toBe('a b');
    expect(truncate('abcdefghijklmnop', 8)).toBe('abcdefg…');
  });
});

describe('mergeElements', () => {
  it('skips what the view already has and duplicates within the batch', () => {
    const inView = new Set(['task:d:13']);
    const incoming = [...toElements(graph), ...toElements(graph)];
    const fresh = mergeElements((id) => inView.has(id), incoming);
    expect(fresh.map((e) => e.data.id)).toEqual([
      'measure:d:13.1',
      'park:haidian-park',
      'HAS_MEASURE:task:d:13->measure:d:13.1',
      'AFFECTS:measure:d:13.1->park:haidian-park',
    ]);
  });

  it('drops edges whose ends would be missing and puts nodes before edges', () => {
    const edgesFirst = [...toElements({ nodes: [], edges: graph.edges }), ...toElements({ nodes: [graph.nodes[1]!], edges: [] })];
    const fresh = mergeElements(() => false, edgesFirst);
    expect(fresh.map((e) => e.data.id)).toEqual(['measure:d:13.1']);
  });

  it('adds nothing when merging the same graph twice', () => {
    const view = new Set<string>();
    for (const e of mergeElements((id) => view.has(id), toElements(graph))) view.add(String(e.data.id));
    expect(mergeElements((id) => view.has(id), toElements(graph))).toEqual([]);
  });
});

const start: StartData = {
  categories: {
    items: [
      {
        id: 'cat:d:1',
        label: 'Category',
        name: 'Reform',
        number: 1,
        title: 'Reform',
        document: { id: 'doc:d', label: 'Document', name: 'Reply', docNumber: null, title: 'Reply', year: 2020, date: null },
      },
    ],
  },
  tasks: {
    items: [
      {
        id: 'task:d:13',
        label: 'Task',
        name: 'T13',
        number: 13,
        title: 'T13',
        category: { id: 'cat:d:1' },
        measures: [
          { id: 'm:1', parks: [{ via: 'DIRECT', park: { id: 'park:h', label: 'Park', name: 'Haidian Park', kind: 'park' } }] },
          {
            id: 'm:2',
            parks: [
              { via: 'TASK_CONTEXT', park: { id: 'park:h', label: 'Park', name: 'Haidian Park', kind: 'park' } },
              { via: 'DIRECT', park: { id: 'park:z', label: 'Park', name: 'Zhongguancun', kind: 'zone' } },
            ],
          },
        ],
      },
      {
        id: 'task:d:14',
        label: 'Task',
        name: 'T14',
        number: 14,
        title: 'T14',
        category: { id: 'cat:d:1' },
        measures: [{ id: 'm:3', parks: [] }],
      },
    ],
  },
  parks: {
    items: [
      { id: 'park:h', label: 'Park', name: 'Haidian Park', kind: 'park', parent: { id: 'park:z' } },
      { id: 'park:z', label: 'Park', name: 'Zhongguancun', kind: 'zone', parent: null },
      { id: 'park:far', label: 'Park', name: 'Unreached', kind: 'park', parent: { id: 'park:z' } },
    ],
  },
};

describe('startGraph', () => {
  it('keeps the hierarchy and reached parks, and replaces measures by counted REACHES edges', () => {
    const g = startGraph(start);
    expect(g.nodes.map((n) => `${n.label} ${n.id}`).sort()).toEqual([
      'Category cat:d:1',
      'Document doc:d',
      'Park park:h',
      'Park park:z',
      'Task task:d:13',
      'Task task:d:14',
    ]);
    expect(g.nodes.some((n) => n.label === 'Measure')).toBe(false);
    const reach = g.edges.find((e) => e.id === 'REACHES:task:d:13->park:h');
    expect(reach).toMatchObject({ source: 'task:d:13', target: 'park:h', count: 2, measures: ['m:1', 'm:2'] });
    expect(g.edges.map((e) => e.id)).toContain('PART_OF:park:h->park:z');
    expect(g.edges.map((e) => e.id)).toContain('HAS_CATEGORY:doc:d->cat:d:1');
    expect(g.edges.map((e) => e.id)).not.toContain('PART_OF:park:far->park:z');
  });

  it('produces edges only between nodes it produced', () => {
    const g = startGraph(start);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});

describe('groupRelationships', () => {
  it('groups by type and direction with the largest group first', () => {
    const groups = groupRelationships('measure:d:13.1', graph.edges, (id) => id.toUpperCase());
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ['← HAS_MEASURE', 1],
      ['→ AFFECTS', 1],
    ]);
    expect(groups[1]!.items[0]).toEqual({
      id: 'park:haidian-park',
      edgeId: 'AFFECTS:measure:d:13.1->park:haidian-park',
      name: 'PARK:HAIDIAN-PARK',
    });
  });
});

describe('markRuns', () => {
  it('marks mentions given in absolute offsets, merging overlaps', () => {
    const runs = markRuns('Take Haidian Park as carrier', 100, [
      { start: 105, end: 112 },
      { start: 108, end: 117 },
    ]);
    expect(runs).toEqual([
      { text: 'Take ', marked: false },
      { text: 'Haidian Park', marked: true },
      { text: ' as carrier', marked: false },
    ]);
  });

  it('clips marks outside the text and keeps plain text whole', () => {
    expect(markRuns('abc', 0, [{ start: 10, end: 20 }])).toEqual([{ text: 'abc', marked: false }]);
    expect(markRuns('abc', 5, [{ start: 0, end: 6 }])).toEqual([
      { text: 'a', marked: true },
      { text: 'bc', marked: false },
    ]);
  });
});

describe('findMentions', () => {
  it('finds names and aliases case-insensitively, longest first, without overlaps', () => {
    const text = 'Take Haidian Park, Zhongguancun zone, as the carrier; haidian park again.';
    const marks = findMentions(text, ['Haidian', 'Haidian Park', 'Zhongguancun', 'x']);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Haidian Park', 'Zhongguancun', 'haidian park']);
  });
});
