import { type Driver, Neo4jError } from 'neo4j-driver';

/**
 * A stand-in driver for unit tests of the API: each executeRead hands the query name (from its
 * metadata) and parameters to `answer`, which returns rows or throws like the real driver would.
 */
export type Answer = (name: string, params: Record<string, unknown>) => Record<string, unknown>[];

export interface FakeDriver {
  driver: Driver;
  calls: { name: string; params: Record<string, unknown>; timeout: unknown }[];
  closed: number;
}

export function fakeDriver(answer: Answer): FakeDriver {
  const fake: FakeDriver = { driver: undefined as unknown as Driver, calls: [], closed: 0 };
  const session = () => ({
    async executeRead<T>(work: (tx: unknown) => Promise<T>, config: { timeout?: unknown; metadata?: { query?: string } }) {
      const name = config.metadata?.query ?? '?';
      const tx = {
        run: async (_query: string, params: Record<string, unknown>) => {
          fake.calls.push({ name, params, timeout: config.timeout });
          const rows = answer(name, params);
          return { records: rows.map((row) => ({ toObject: () => row })) };
        },
      };
      return work(tx);
    },
    lastBookmarks: () => ['fake-bookmark'],
    async close() {
      fake.closed += 1;
    },
  });
  fake.driver = { session, getServerInfo: async () => ({}) } as unknown as Driver;
  return fake;
}

export const neo4jError = (code: string) => new Neo4jError('boom', code, 'gql', 'description');
