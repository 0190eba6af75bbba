import { isNodeLabel, NODE_LABELS } from '../../core/graph-contract.ts';
import { badUserInput } from '../errors.ts';
import { MAX_QUERY_LENGTH } from '../search/lucene-query.ts';
import type { QueryParksArgs } from './generated/resolvers-types.ts';

/**
 * Argument checks shared by the resolvers. Each refusal is a BAD_USER_INPUT whose message says the
 * allowed range, so a client can fix the request without reading the schema.
 */
export const LIMITS = {
  listLimit: 500,
  searchLimit: 100,
  depth: 3,
  pathLength: 8,
  queryLength: MAX_QUERY_LENGTH,
} as const;

export function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be a whole number from ${min} to ${max} (got ${value}).`);
  }
  return value;
}

/** The paging arguments as the schema declares them (every list field spells them the same way). */
type Paging = Pick<QueryParksArgs, 'limit' | 'offset'>;

/** The same, checked and with defaults filled in. */
export interface PageArgs {
  limit: number;
  offset: number;
}

export function page(args: Paging, max: number = LIMITS.listLimit): PageArgs {
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badUserInput(`offset must be 0 or more (got ${offset}).`);
  return { limit: intInRange('limit', args.limit ?? 100, 1, max), offset };
}

/** null (no filter) stays null; any unknown label is refused with the list of valid ones. */
export function labelFilter(labels: readonly string[] | null | undefined): string[] | null {
  if (labels === null || labels === undefined) return null;
  const unknown = labels.filter((label) => !isNodeLabel(label));
  if (unknown.length > 0) {
    throw badUserInput(`Unknown label${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid labels are ${NODE_LABELS.join(', ')}.`);
  }
  return [...new Set(labels)];
}

export function searchText(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length === 0) throw badUserInput('query must not be empty; give 1 to 200 characters.');
  if (query.length > LIMITS.queryLength) {
    throw badUserInput(`query must be at most ${LIMITS.queryLength} characters (got ${query.length}); shorten it.`);
  }
  return trimmed;
}

/** Arguments of which at least one must be given (null and absent are the same); the refusal names them all. */
export function atLeastOne(args: Record<string, unknown>, names: readonly string[]): void {
  if (names.every((name) => args[name] === null || args[name] === undefined)) {
    throw badUserInput(`Give at least one of ${names.join(', ')}.`);
  }
}

/** A range whose ends may each be left open; ends that cross are refused rather than answered with nothing. */
export function openRange(from: [string, number | null | undefined], to: [string, number | null | undefined]): void {
  const [fromName, fromValue] = from;
  const [toName, toValue] = to;
  if (typeof fromValue === 'number' && typeof toValue === 'number' && fromValue > toValue) {
    throw badUserInput(`${fromName} (${fromValue}) is after ${toName} (${toValue}); swap them or leave one out.`);
  }
}
