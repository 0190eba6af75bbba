import { describe, expect, it } from 'vitest';
import { BatchLoader, type BatchRow } from '../../server/db/batch-loader.ts';
import type { Read } from '../../server/db/cached-read.ts';
import type { Params } from '../../server/db/run-read.ts';

/** A reader that records each query it is asked for and answers from a table (rows only for known ids). */
function recordingReader(known: Record<string, string>, fail = false) {
  const calls: { name: string; params: Params }[] = [];
  const read = (async (name: string, params: Params = {}) => {
    calls.push({ name, params });
    if (fail) throw new Error('Neo4j is down');
    return (params.ids as string[]).filter((id) => id in known).map((id) => ({ id, text: known[id] }));
  }) as Read;
  return { read, calls };
}

describe('BatchLoader (DataLoader per request)', () => {
  it('sends the loads of one tick as one query with every id once, and gives each caller its own row', async () => {
    const { read, calls } = recordingReader({ a: 'A', b: 'B' });
    const batch = new BatchLoader(read);
    const rows = await Promise.all(['a', 'b', 'a', 'missing'].map((id) => batch.load('get-entity-texts', {}, id)));
    expect(calls).toEqual([{ name: 'get-entity-texts', params: { ids: ['a', 'b', 'missing'] } }]);
    expect(rows.map((row: BatchRow | undefined) => row?.text)).toEqual(['A', 'B', 'A', undefined]);
  });

  it('still batches loads made after promise chains settle, as graphql-js does for nested fields', async () => {
    const { read, calls } = recordingReader({ a: 'A', b: 'B', c: 'C' });
    const batch = new BatchLoader(read);
    const deep = async (id: string, depth: number): Promise<BatchRow | undefined> => {
      for (let i = 0; i < depth; i++) await Promise.resolve();
      return batch.load('get-entity-texts', {}, id);
    };
    await Promise.all([deep('a', 0), deep('b', 5), deep('c', 50)]);
    expect(calls).toHaveLength(1);
  });

  it('keeps queries with different arguments apart, and reads an id again in the next request only', async () => {
    const { read, calls } = recordingReader({ a: 'A' });
    const batch = new BatchLoader(read);
    await Promise.all([batch.load('list-entity-measures', { limit: 5 }, 'a'), batch.load('list-entity-measures', { limit: 9 }, 'a')]);
    expect(calls.map((call) => call.params)).toEqual([
      { limit: 5, ids: ['a'] },
      { limit: 9, ids: ['a'] },
    ]);
    await batch.load('list-entity-measures', { limit: 5 }, 'a');
    expect(calls).toHaveLength(2);
    await new BatchLoader(read).load('list-entity-measures', { limit: 5 }, 'a');
    expect(calls).toHaveLength(3);
  });

  it('rejects every caller of a failed query with its error', async () => {
    const { read } = recordingReader({}, true);
    const batch = new BatchLoader(read);
    const results = await Promise.allSettled([batch.load('q', {}, 'a'), batch.load('q', {}, 'b')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(results.map((result) => (result as PromiseRejectedResult).reason.message)).toEqual(['Neo4j is down', 'Neo4j is down']);
  });
});
