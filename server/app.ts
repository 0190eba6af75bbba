import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import type { ReadTarget } from './db/run-read.ts';
import { useLocalGraphiQL } from './graphiql/use-local-graphiql.ts';
import { GRAPHIQL_TABS } from './graphiql-examples.ts';
import { useArmor } from './plugins/use-armor.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { useReady } from './plugins/use-ready.ts';
import { type ApiContext, createContextFactory } from './schema/context.ts';
import { createSchema } from './schema/create-schema.ts';

export interface AppOptions {
  driver: Driver;
  config: Config;
  /** Neo4j transaction timeout per query (default 10 s). */
  queryTimeoutMs?: number;
  /** Request body limit in bytes (default 100 KB). */
  maxBodyBytes?: number;
  /** Sees each named query as it runs; tests use it to count queries per request. */
  onQuery?: (name: string) => void;
  /** Appended after the API's own plugins, e.g. static file serving for the explorer at /. */
  plugins?: Plugin[];
}

export type App = YogaServerInstance<Record<string, unknown>, ApiContext>;

/**
 * The GraphQL app, built but not listening: server/main.ts listens, tests call `app.fetch` in-process.
 * GraphQL is at /graphql (GraphiQL in the browser), liveness at /health, readiness at /ready; `/` is
 * left free for the explorer.
 */
export function createApp({ driver, config, queryTimeoutMs = 10_000, maxBodyBytes, onQuery, plugins = [] }: AppOptions): App {
  const target: ReadTarget = { driver, database: config.neo4j.database, timeoutMs: queryTimeoutMs, onQuery };
  const corsOrigin = config.server.corsOrigin;
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    context: createContextFactory(target, config.server.cacheBytes),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Unexpected errors become 'Unexpected error.'; coded errors (createGraphQLError) pass through.
    maskedErrors: true,
    cors: corsOrigin ? { origin: corsOrigin, methods: ['GET', 'POST'], credentials: false } : false,
    // Yoga's GraphiQL loads its code from a CDN; ours serves the same GraphiQL from this app, under a CSP.
    graphiql: false,
    plugins: [
      useBodyLimit(maxBodyBytes),
      useArmor(),
      useReady(driver, config.neo4j.database),
      useLocalGraphiQL({ title: 'Policy graph API', defaultTabs: GRAPHIQL_TABS }),
      ...plugins,
    ],
  });
}
