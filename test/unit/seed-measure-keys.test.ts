import { describe, expect, it } from 'vitest';
import type { PolicyGraph } from '../../core/graph-contract.ts';
import { measureKeys } from '../../seed/write/measure-keys.ts';
import { toWriteRows } from '../../seed/write/write-rows.ts';

/** A document with two tasks, a measure without an order, and a measure under no task. */
const graph: PolicyGraph = {
  nodes: [
    { id: 'document:d', label: 'Document', title: 'D', text: 'text' },
    { id: 'category:d:1', label: 'Category', number: 1 },
    { id: 'task:d:10', label: 'Task', number: 10, key: '10', start: 1234 },
    { id: 'task:d:2', label: 'Task', number: 2, key: '2', start: 87 },
    { id: 'measure:d:10.12', label: 'Measure', order: 12, text: 'b' },
    { id: 'measure:d:2.1', label: 'Measure', order: 1, text: 'a' },
    { id: 'measure:d:2.3', label: 'Measure', text: 'no order' },
    { id: 'measure:loose', label: 'Measure', order: 1, text: 'under no task' },
    { id: 'park:p', label: 'Park', name: 'P' },
  ],
  relationships: [
    { type: 'HAS_CATEGORY', from: 'document:d', to: 'category:d:1' },
    { type: 'HAS_TASK', from: 'category:d:1', to: 'task:d:10' },
    { type: 'HAS_TASK', from: 'category:d:1', to: 'task:d:2' },
    { type: 'HAS_MEASURE', from: 'task:d:10', to: 'measure:d:10.12' },
    { type: 'HAS_MEASURE', from: 'task:d:2', to: 'measure:d:2.1' },
    { type: 'HAS_MEASURE', from: 'task:d:2', to: 'measure:d:2.3' },
    { type: 'AFFECTS', from: 'measure:d:2.1', to: 'park:p', via: 'DIRECT' },
  ],
};

describe('measureKeys: the lens key a measure carries', () => {
  const keys = measureKeys(graph);

  it('names the document the measure hangs under', () => {
    expect(Object.fromEntries(keys)).toEqual({
      'measure:d:10.12': { documentId: 'document:d' },
      'measure:d:2.1': { documentId: 'document:d' },
      'measure:d:2.3': { documentId: 'document:d' },
    });
  });

  it('leaves a measure that hangs under no document without a key, and the writer sends the key with each measure', () => {
    expect(keys.has('measure:loose')).toBe(false);
    const rows = toWriteRows([graph]);
    const measure = rows.createNodes.find((row) => row.id === 'measure:d:2.1');
    expect(measure?.props).toEqual({ order: 1, text: 'a', documentId: 'document:d' });
    expect(rows.createNodes.find((row) => row.id === 'task:d:2')?.props).toEqual({ number: 2, key: '2', start: 87 });
  });
});
