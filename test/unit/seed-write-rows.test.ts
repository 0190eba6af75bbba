import { describe, expect, it } from 'vitest';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { DuplicateDocumentError, toWriteRows } from '../../seed/write/write-rows.ts';

/** Two small documents that share a park and a PART_OF, in the shapes extraction produces. */
function documentGraph(n: number, parkProps: Record<string, string | string[]>, partOfEvidence: string): PolicyGraph {
  const doc = `document:d${n}`;
  return {
    nodes: [
      { id: doc, label: 'Document', title: `Document ${n}`, text: `text ${n}` },
      { id: `${doc}/c1`, label: 'Category', number: 1, title: 'Category' },
      { id: `${doc}/t1`, label: 'Task', number: 1, title: 'Task', text: 'Task text' },
      { id: `${doc}/m1`, label: 'Measure', order: 1, text: 'Measure text' },
      { id: 'park:haidian-park', label: 'Park', ...parkProps },
      { id: 'park:zhongguancun', label: 'Park', name: 'Zhongguancun' },
      { id: 'document:cited', label: 'Document', docNumber: 'Guo Han [2019] No. 16' },
    ],
    relationships: [
      { type: 'HAS_CATEGORY', from: doc, to: `${doc}/c1` },
      { type: 'HAS_TASK', from: `${doc}/c1`, to: `${doc}/t1` },
      { type: 'HAS_MEASURE', from: `${doc}/t1`, to: `${doc}/m1` },
      { type: 'AFFECTS', from: `${doc}/m1`, to: 'park:haidian-park', via: 'DIRECT' },
      { type: 'CITES', from: doc, to: 'document:cited' },
      { type: 'PART_OF', from: 'park:haidian-park', to: 'park:zhongguancun', evidence: partOfEvidence },
    ],
  };
}

describe('toWriteRows: what one transaction of several documents sends', () => {
  const first = documentGraph(1, { name: 'Haidian Park', aliases: ['Haidian', '海淀园'] }, 'first sentence');
  const second = documentGraph(
    2,
    { name: 'Haidian Science Park', kind: 'sub-park', aliases: ['海淀园', 'Haidian Yuan'] },
    'second sentence',
  );
  const rows = toWriteRows([first, second]);

  it('deletes and rewrites both documents, creating their structure outright', () => {
    expect(rows.documentIds).toEqual(['document:d1', 'document:d2']);
    expect(rows.createNodes.map((row) => row.id)).toEqual([
      'document:d1/c1',
      'document:d1/t1',
      'document:d1/m1',
      'document:d2/c1',
      'document:d2/t1',
      'document:d2/m1',
    ]);
    expect(rows.mergeNodes.filter((row) => row.owned).map((row) => row.id)).toEqual(['document:d1', 'document:d2']);
  });

  it('sends a shared entity once, first value winning per property and aliases unioned', () => {
    const parks = rows.mergeNodes.filter((row) => row.id === 'park:haidian-park');
    expect(parks).toHaveLength(1);
    expect(parks[0]).toEqual({
      id: 'park:haidian-park',
      label: 'Park',
      owned: false,
      props: { name: 'Haidian Park', aliases: ['Haidian', 'Haidian Yuan', '海淀园'], kind: 'sub-park' },
    });
    expect(rows.mergeNodes.filter((row) => row.id === 'document:cited')).toHaveLength(1);
  });

  it('creates relationships that leave a document’s own nodes and merges one row per shared relationship, the last winning', () => {
    expect(rows.createRelationships).toHaveLength(10);
    expect(rows.createRelationships.every((row) => row.type !== 'PART_OF')).toBe(true);
    expect(rows.mergeRelationships).toEqual([
      { type: 'PART_OF', from: 'park:haidian-park', to: 'park:zhongguancun', props: { evidence: 'second sentence' } },
    ]);
  });

  it('leaves the graphs it was given untouched', () => {
    expect(first.nodes[4]).toEqual({ id: 'park:haidian-park', label: 'Park', name: 'Haidian Park', aliases: ['Haidian', '海淀园'] });
  });

  it('refuses the same document twice in one transaction', () => {
    expect(() => toWriteRows([first, first])).toThrow(DuplicateDocumentError);
  });
});
