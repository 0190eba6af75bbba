import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { analysisResolvers } from './resolvers/analysis-resolvers.ts';
import { entityResolvers } from './resolvers/entity-resolvers.ts';
import { evidenceResolvers } from './resolvers/evidence-resolvers.ts';
import { lensResolvers } from './resolvers/lens-resolvers.ts';
import { lensTasksResolvers } from './resolvers/lens-tasks-resolvers.ts';
import { libraryResolvers } from './resolvers/library-resolvers.ts';
import { listResolvers } from './resolvers/list-resolvers.ts';

/** The SDL lives in server/schema/*.graphql; this joins it with the resolvers, which stay thin. */
const SCHEMA_DIR = import.meta.dirname;

export function typeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: typeDefs(),
    resolvers: [listResolvers, analysisResolvers, lensResolvers, lensTasksResolvers, libraryResolvers, entityResolvers, evidenceResolvers],
    // A field in the SDL without a resolver would silently answer null; fail at start-up instead.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
