import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A small fetch-based GraphQL client. Every request goes through `request`, which counts requests in
 * flight (the loading indicator) and turns every failure into an ApiError whose `kind` says what a person
 * can do about it: 'offline' and 'database' get the banner with a retry, 'input' stays where it happened.
 */
export type ApiErrorKind = 'offline' | 'database' | 'input' | 'server';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let inFlight = 0;
const pendingListeners = new Set<(pending: number) => void>();

/** Calls `listener` with the number of requests in flight now and on every change (boot.ts starts one early). */
export function onPending(listener: (pending: number) => void): () => void {
  pendingListeners.add(listener);
  listener(inFlight);
  return () => pendingListeners.delete(listener);
}

function setPending(delta: number) {
  inFlight += delta;
  for (const listener of pendingListeners) listener(inFlight);
}

const OFFLINE = 'The explorer cannot reach its server. Check that it is running (npm start), then try again.';
const DATABASE = 'The server is up but its database is not answering, so no data can be shown. Try again in a moment.';

function classify(code: string | undefined, message: string): ApiError {
  if (code === 'DATABASE_UNAVAILABLE') return new ApiError('database', DATABASE, code);
  if (code === 'BAD_USER_INPUT') return new ApiError('input', message, code);
  return new ApiError('server', `The server could not answer (${message}). Try again; if it keeps happening, report it.`, code);
}

/**
 * `document` is a typed document from generated/graphql.ts (`npm run codegen`): its text is what is sent, and
 * its types say what comes back and which variables it takes, so a query and its result cannot drift apart.
 */
export async function request<T, Variables>(
  document: DocumentTypeDecoration<T, Variables> & { toString(): string },
  variables: Variables,
  signal?: AbortSignal,
): Promise<T> {
  setPending(+1);
  try {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: signal ?? null,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError('offline', OFFLINE);
    }
    let body: GraphQLResponse<T> | undefined;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      body = undefined;
    }
    const first = body?.errors?.[0];
    if (first) throw classify(first.extensions?.code, first.message);
    if (response.status === 503) throw new ApiError('database', DATABASE);
    if (!response.ok || !body?.data) {
      throw response.status >= 502 ? new ApiError('offline', OFFLINE) : classify(undefined, `HTTP ${response.status}`);
    }
    return body.data;
  } finally {
    setPending(-1);
  }
}
