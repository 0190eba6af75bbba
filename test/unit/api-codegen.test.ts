import { describe, expect, it } from 'vitest';
import { generate, inlineDocuments, staleFiles } from '../../codegen.ts';
import { typeDefs } from '../../server/schema/create-schema.ts';

/**
 * The generated types (codegen.ts) against the schema: the committed files are what the schema gives now,
 * and a schema change that breaks a query the explorer or a test sends is caught before any type check.
 */
describe('generated types', () => {
  it('the committed files match what server/schema/*.graphql generates now', async () => {
    const outputs = await generate();
    expect([...outputs.keys()]).toContain('client/src/generated/graphql.ts');
    expect(staleFiles(outputs)).toEqual([]);
  });

  it('reports a file as stale once the schema changes, even in a description', async () => {
    const changed = typeDefs().join('\n').replace('"How a measure reaches a park."', '"How a measure reaches a park or zone."');
    expect(staleFiles(await generate(changed))).toContain('server/schema/generated/resolvers-types.ts');
  });

  it('refuses a schema without a field the explorer asks for, naming the query and the place', async () => {
    const renamed = typeDefs().join('\n').replace('  hops: Int\n', '  steps: Int\n');
    await expect(generate(renamed)).rejects.toThrow(/Cannot query field "hops" on type "LensRow"[\s\S]*client\/src\/queries\.graphql:\d+/);
  });

  it('finds graphql(`…`) queries in test files and refuses ones whose text is only known at run time', () => {
    const found = inlineDocuments('t.ts', 'const q = graphql(`query A { stats { nodeCount } }`); graphql( `{ b: stats { nodeCount } }` );');
    expect(found.map((d) => d.rawSDL)).toEqual(['query A { stats { nodeCount } }', '{ b: stats { nodeCount } }']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the test feeds the scanner a template placeholder on purpose
    expect(() => inlineDocuments('t.ts', 'graphql(`{ node(id: "${id}") { id } }`)')).toThrow(/t\.ts: .*\$variable/);
    expect(() => inlineDocuments('t.ts', 'graphql(`{ node(id: ) }`)')).toThrow(/t\.ts: .*does not parse/);
  });
});
