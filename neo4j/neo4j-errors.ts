import { Neo4jError } from 'neo4j-driver';

/** The one place that turns driver failures into sentences people can act on. */

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return code === 'ECONNREFUSED' || code === 'ECONNRESET';
  }
  // While Neo4j is down, requests queue for a pooled connection; the driver's acquisition timeout has no
  // code, only this message, yet it means the same thing to the user.
  if (/connection acquisition timed out/i.test(error.message)) return true;
  return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.Database');
}

export function isAuthError(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security');
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction.*Timeout/i.test(error.code);
}

export function describeNeo4jError(error: unknown, uri: string): string {
  if (isDatabaseUnavailable(error)) {
    return `Cannot reach Neo4j at ${uri}. Is Neo4j running? Try \`npm run db:start\` (or check NEO4J_URI).`;
  }
  if (isAuthError(error)) {
    return `Neo4j at ${uri} refused the credentials. Check NEO4J_USER and NEO4J_PASSWORD (the local Neo4j keeps its password in .data/neo4j/password).`;
  }
  return error instanceof Error ? error.message : String(error);
}
