import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isAuthError, isDatabaseUnavailable, isTimeout } from '../neo4j/neo4j-errors.ts';

/**
 * Expected errors carry a stable `extensions.code` so clients can branch on it; anything else is left
 * as it is and yoga's maskedErrors turns it into 'Unexpected error.' without leaking internals.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, status?: number): GraphQLError {
  return createGraphQLError(message, { extensions: status ? { code, http: { status } } : { code } });
}

export function badUserInput(message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message);
}

/** The one place driver failures become API errors; unknown failures pass through to be masked. */
export function toApiError(error: unknown): unknown {
  if (isDatabaseUnavailable(error) || isAuthError(error)) {
    return apiError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable right now; try again in a moment.');
  }
  if (isTimeout(error)) {
    return apiError(ErrorCode.QUERY_TIMEOUT, 'The query took too long and was stopped; ask for less (smaller depth or limit).');
  }
  return error;
}
