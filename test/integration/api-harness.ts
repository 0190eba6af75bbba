import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { type App, type AppOptions, createApp } from '../../server/app.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { SECOND_DOCUMENT, SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { testConfig } from '../support/test-config.ts';
import { emptyGraph, openTestDriver } from '../support/test-db.ts';

/** Shared by the api-*.test.ts files: a test Neo4j seeded from files, an in-process app, a GraphQL call. */
export { SECOND_DOCUMENT };
export const HAIDIAN = 'park:haidian-park';
export const ZHONGGUANCUN = 'park:zhongguancun-national-independent-innovation-demonstration-zone';
export const FINANCIAL_STREET = 'park:financial-street';

export interface Harness {
  driver: Driver;
  app: App;
  /** Names of the cypher files run since the last `queries.length = 0`. */
  queries: string[];
}

export async function seededApp(files: string[] = [SHIPPED_DOCUMENT], options: Partial<AppOptions> = {}): Promise<Harness> {
  const driver = await openTestDriver();
  await emptyGraph(driver);
  await seedFiles(driver, files);
  const queries: string[] = [];
  const app = createApp({ driver, config: testConfig(), onQuery: (name) => queries.push(name), ...options });
  return { driver, app, queries };
}

export interface GqlResponse<Data> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/**
 * A query wrapped in `graphql` (from ./generated, `npm run codegen`) comes back typed by the schema, and its
 * variables are checked. A plain string is for what no schema check may see first: queries that are meant to be
 * refused (bad arguments, abuse) and ones built in code; its data is `unknown`.
 */
export async function gql<Data, Variables>(
  app: App,
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
): Promise<GqlResponse<Data>>;
export async function gql(app: App, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<unknown>>;
export async function gql(
  app: App,
  query: string | TypedDocumentString<unknown, unknown>,
  variables: unknown = {},
): Promise<GqlResponse<unknown>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as Omit<GqlResponse<unknown>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of an answer that must have succeeded; fails the test with the errors otherwise. */
export async function ok<Data, Variables>(app: App, document: TypedDocumentString<Data, Variables>, variables: Variables): Promise<Data> {
  const response = await gql(app, document, variables);
  if (response.errors !== undefined || response.data === undefined) {
    throw new Error(`Expected data, got ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/**
 * node(id) answers with one member of the Entity union; a test that knows which picks it by a field only that
 * member has, and fails here (not with a TypeError later) when the answer is another type or null.
 */
export function withField<T extends object, K extends PropertyKey>(node: T | null | undefined, field: K): Extract<T, Record<K, unknown>> {
  if (!node || !(field in node)) throw new Error(`Expected a node with ${String(field)}, got ${JSON.stringify(node)}`);
  return node as Extract<T, Record<K, unknown>>;
}

export function codes(response: GqlResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

export interface Listening {
  base: string;
  close(): Promise<void>;
}

/** The app on a real HTTP socket (a free port), for what only HTTP shows: statuses, headers, body limits. */
export async function listen(app: App): Promise<Listening> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
