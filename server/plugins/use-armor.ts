import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors.ts';

/**
 * Refuses abusive documents while they are parsed and validated, before any resolver (or Neo4j) runs.
 * The limits leave room for the deepest useful query (a neighborhood down to each measure's document).
 */
export const ARMOR_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 5000,
  maxDirectives: 10,
} as const;

/** Armor's own errors have no code; rethrow them with one so clients can tell a refusal from a failure. */
const coded = [
  (_: unknown, error: GraphQLError) => {
    throw apiError(ErrorCode.QUERY_TOO_COMPLEX, error.message.replace(/^Syntax Error: /, ''), 400);
  },
];

export function useArmor(limits: typeof ARMOR_LIMITS = ARMOR_LIMITS): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, onReject: coded },
    maxAliases: { n: limits.maxAliases, onReject: coded },
    maxTokens: { n: limits.maxTokens, onReject: coded },
    costLimit: { maxCost: limits.maxCost, onReject: coded },
    maxDirectives: { n: limits.maxDirectives, onReject: coded },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}
