import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (no services, fast), integration (a real Neo4j, started by the global setup
 * when it is not already running) and e2e (a real browser against the real server). Integration and
 * e2e share the one test database, so they run one after the other (groupOrder), one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // A page waits on a real server and animated layouts: give polled assertions time to settle.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
