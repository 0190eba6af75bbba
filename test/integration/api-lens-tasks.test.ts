import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LensFilter } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { SHIPPED_DOCUMENT } from '../support/seed-files.ts';
import { codes, gql, HAIDIAN, type Harness, ok, SECOND_DOCUMENT, seededApp, ZHONGGUANCUN } from './api-harness.ts';

/** Query.lensTasks: the lens counted per task, whose offsets address Query.lens's own order. */
const TASKS = graphql(`query LensTaskCounts($park: ID, $industry: ID, $filter: LensFilter, $limit: Int, $offset: Int) {
  lensTasks(parkId: $park, industryId: $industry, filter: $filter, limit: $limit, offset: $offset) {
    totalCount
    items { task { id number } document { id } count offset }
  }
}`);

const ROWS = graphql(`query LensTaskRows($park: ID, $industry: ID, $filter: LensFilter, $limit: Int, $offset: Int) {
  lens(parkId: $park, industryId: $industry, filter: $filter, limit: $limit, offset: $offset) {
    totalCount
    items { measure { id } task { id } }
  }
}`);

let h: Harness;
interface Ask {
  park?: string;
  industry?: string;
  filter?: LensFilter;
  limit?: number;
  offset?: number;
}
const tasks = async (variables: Ask) => (await ok(h.app, TASKS, variables)).lensTasks;
const rows = async (variables: Ask) => (await ok(h.app, ROWS, variables)).lens;

describe('lensTasks', () => {
  beforeAll(async () => {
    h = await seededApp([SHIPPED_DOCUMENT, SECOND_DOCUMENT]);
  });
  afterAll(async () => h.driver.close());

  it('counts Haidian Park per task: tasks 10 (8), 13 (4) and 20 (1), in the lens order, offsets adding up', async () => {
    const page = await tasks({ park: HAIDIAN, filter: { documentId: 'document:guo-han-2020-123' } });
    expect(page.items.map((item) => [item.task.number, item.count, item.offset])).toEqual([
      [10, 8, 0],
      [13, 4, 8],
      [20, 1, 12],
    ]);
    expect(page.totalCount).toBe(3);
  });

  it("each task's offset and count address exactly its measures in Query.lens, page after page", async () => {
    for (const ask of [
      { park: ZHONGGUANCUN },
      { industry: 'industry:artificial-intelligence' },
      { park: ZHONGGUANCUN, filter: { via: ['DIRECT' as const] } },
    ]) {
      const whole = await rows({ ...ask, limit: 500 });
      const counted = await tasks({ ...ask, limit: 500 });
      // Zhongguancun spans enough tasks for the second page below to hold some.
      expect(counted.items.length).toBeGreaterThan(ask.park === ZHONGGUANCUN && !ask.filter ? 3 : 0);
      expect(counted.items.reduce((sum, item) => sum + item.count, 0)).toBe(whole.totalCount);
      // A second page of tasks keeps counting offsets from the answer's start.
      const second = await tasks({ ...ask, limit: 2, offset: 2 });
      expect(second.items).toEqual(counted.items.slice(2, 4));
      for (const item of counted.items) {
        const slice = await rows({ ...ask, offset: item.offset, limit: item.count });
        expect(new Set(slice.items.map((row) => row.task.id))).toEqual(new Set([item.task.id]));
        expect(slice.items.map((row) => row.measure.id)).toEqual(
          whole.items.slice(item.offset, item.offset + item.count).map((row) => row.measure.id),
        );
      }
    }
  });

  it('refuses what Query.lens refuses: no id, crossed years, via without a park, a page over 500', async () => {
    const asks = [
      'lensTasks { totalCount }',
      'lensTasks(parkId: "park:x", filter: { yearFrom: 2021, yearTo: 2020 }) { totalCount }',
      'lensTasks(industryId: "industry:x", filter: { via: [DIRECT] }) { totalCount }',
      'lensTasks(parkId: "park:x", limit: 501) { totalCount }',
    ];
    for (const ask of asks) expect(codes(await gql(h.app, `{ ${ask} }`))).toEqual(['BAD_USER_INPUT']);
  });
});
