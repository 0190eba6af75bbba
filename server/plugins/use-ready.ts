import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

/**
 * /ready answers whether Neo4j can be reached right now (200 or 503, JSON either way), so a load
 * balancer stops sending traffic during an outage while /health (liveness) stays 200 and the process
 * is not restarted: the driver reconnects by itself when the database is back.
 */
const CHECK_TIMEOUT_MS = 3_000;

async function databaseUp(driver: Driver, database: string | undefined): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  // getServerInfo opens (or reuses) a connection without the driver's retry loop, so it answers quickly.
  const check = driver
    .getServerInfo(database ? { database } : {})
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function useReady(driver: Driver, database?: string): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async ({ fetchAPI }) => {
      const up = await databaseUp(driver, database);
      return fetchAPI.Response.json(
        up
          ? { status: 'ready', database: 'up' }
          : { status: 'unavailable', database: 'down', hint: 'Is Neo4j running? Try `npm run db:start`.' },
        { status: up ? 200 : 503 },
      );
    },
  });
}
