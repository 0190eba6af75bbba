import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { extractGraph } from '../../seed/extract/extract.ts';
import { mergeGraphs } from '../../seed/extract/merge-graphs.ts';
import { parsePolicy } from '../../seed/parse/parse.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SHIPPED = read('seed/documents/beijing-service-opening-2020.txt');
const shipped = extractGraph(parsePolicy(SHIPPED, 'beijing-service-opening-2020.txt'));
const fixture = extractGraph(parsePolicy(read('test/fixtures/beijing-digital-economy-2021.txt'), 'beijing-digital-economy-2021.txt'));

describe('mergeGraphs rules', () => {
  const a: PolicyGraph = {
    nodes: [
      { id: 'park:p', label: 'Park', name: 'P', aliases: ['b', 'a'], kind: 'park' },
      { id: 'document:d', label: 'Document', docNumber: 'D', title: 'stub title', year: 2019 },
    ],
    relationships: [{ type: 'CITES', from: 'document:x', to: 'document:d', role: 'basis', evidence: 'D', start: 0, end: 1 }],
  };
  const b: PolicyGraph = {
    nodes: [
      { id: 'park:p', label: 'Park', name: 'Other', aliases: ['c', 'a'], kind: 'zone', discovered: true },
      { id: 'document:d', label: 'Document', docNumber: 'D', title: 'real title', text: 'full text', date: '2019-01-02' },
      { id: 'agency:z', label: 'Agency', name: 'Z', aliases: [], level: 'national' },
    ],
    relationships: [
      { type: 'CITES', from: 'document:x', to: 'document:d', role: 'reference', evidence: 'D2', start: 5, end: 7 },
      { type: 'AFFECTS', from: 'measure:m', to: 'park:p', via: 'DIRECT', evidence: 'P', start: 0, end: 1 },
    ],
  };
  const merged = mergeGraphs([a, b]);
  const node = (id: string) => merged.nodes.find((n) => n.id === id);

  it('keeps the first value per property but unions aliases', () => {
    expect(node('park:p')).toEqual({ id: 'park:p', label: 'Park', name: 'P', aliases: ['a', 'b', 'c'], kind: 'park', discovered: true });
  });

  it('lets a Document with text override a stub seen earlier', () => {
    expect(node('document:d')).toEqual({
      id: 'document:d',
      label: 'Document',
      docNumber: 'D',
      title: 'real title',
      text: 'full text',
      date: '2019-01-02',
      year: 2019,
    });
  });

  it('keeps the first relationship per (type, from, to) and sorts deterministically', () => {
    expect(merged.relationships).toEqual([
      { type: 'AFFECTS', from: 'measure:m', to: 'park:p', via: 'DIRECT', evidence: 'P', start: 0, end: 1 },
      { type: 'CITES', from: 'document:x', to: 'document:d', role: 'basis', evidence: 'D', start: 0, end: 1 },
    ]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['agency:z', 'document:d', 'park:p']);
  });

  it('does not mutate its inputs', () => {
    expect(a.nodes[0]!.aliases).toEqual(['b', 'a']);
  });

  it('gives a node seen once its own properties, aliases deduplicated and sorted, as a copy', () => {
    const lone: PolicyGraph = { nodes: [{ id: 'industry:x', label: 'Industry', name: 'X', aliases: ['z', 'y', 'z'] }], relationships: [] };
    const [node] = mergeGraphs([lone]).nodes;
    expect(node).toEqual({ id: 'industry:x', label: 'Industry', name: 'X', aliases: ['y', 'z'] });
    expect(Object.keys(node!)).toEqual(['id', 'label', 'name', 'aliases']);
    expect(node).not.toBe(lone.nodes[0]);
    expect(lone.nodes[0]!.aliases).toEqual(['z', 'y', 'z']);
  });
});

describe('mergeGraphs of the two documents', () => {
  for (const [name, graphs] of [
    ['shipped first', [shipped, fixture]],
    ['stub first', [fixture, shipped]],
  ] as const) {
    describe(name, () => {
      const merged = mergeGraphs([...graphs]);
      const all = (id: string) => merged.nodes.filter((n) => n.id === id);

      it('resolves shared entities to one node each', () => {
        for (const id of [
          'park:haidian-park',
          'park:zhongguancun-national-independent-innovation-demonstration-zone',
          'agency:ministry-of-commerce',
          'document:guo-han-2020-123',
          'document:guo-fa-2016-53',
        ]) {
          expect(all(id), id).toHaveLength(1);
        }
        expect(new Set(merged.nodes.map((n) => n.id)).size).toBe(merged.nodes.length);
      });

      it('keeps the real 2020 document text and title even when its stub came first', () => {
        const doc = all('document:guo-han-2020-123')[0]!;
        expect(doc.text).toBe(SHIPPED);
        expect(doc.title).toMatch(/^国务院关于/);
        expect(doc.date).toBe('2020-08-28');
      });

      it('links both documents to Haidian Park and cites the 2020 reply from the 2021 one', () => {
        const haidian = merged.relationships.filter((r) => r.type === 'AFFECTS' && r.to === 'park:haidian-park');
        expect(new Set(haidian.map((r) => r.from.split(':')[1]))).toEqual(new Set(['guo-han-2020-123', 'jing-zheng-fa-2021-9']));
        expect(
          merged.relationships.some(
            (r) => r.type === 'CITES' && r.from === 'document:jing-zheng-fa-2021-9' && r.to === 'document:guo-han-2020-123',
          ),
        ).toBe(true);
      });

      it('unions aliases and stays deterministic', () => {
        const aliases = all('park:haidian-park')[0]!.aliases as string[];
        expect(aliases).toEqual([...new Set(aliases)].sort());
        expect(aliases).toContain('中关村海淀园');
        expect(mergeGraphs([...graphs])).toEqual(merged);
      });
    });
  }
});
