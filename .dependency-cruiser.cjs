/**
 * The layering (docs/architecture.md), checked on every `npm run lint` (and so on every `npm test`):
 *   core/   the graph contract and the sentence splitter: imports nothing of ours, so every part can take it;
 *   neo4j/  the database layer (connection settings, driver, cypher loader, error mapping, local launcher);
 *   seed/   read → parse → extract → write, on core and the database layer;
 *   server/ the API, on core and the database layer;
 *   client/ the explorer, on core only.
 * Only the composition roots tie parts together: server/main.ts (first-start seeding) and seed/cli.ts.
 * bench/ and test/ may use anything; nothing may use them.
 */
const part = (name) => `^${name}/`;
const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    rule(
      'core-imports-nothing',
      'core/ is shared by the browser and Node: it may import only core/.',
      { path: part('core') },
      { pathNot: ['^core/'] },
    ),
    rule(
      'db-layer-below-everything',
      'The database layer is imported by seed and server and imports neither.',
      { path: part('neo4j') },
      { path: '^(seed|server|client|bench|test)/' },
    ),
    rule(
      'seed-not-server',
      'seed/ writes through the database layer; it never needs the server.',
      { path: part('seed') },
      { path: '^(server|client|bench|test)/' },
    ),
    rule(
      'server-not-seed',
      'Only server/main.ts, the composition root, may reach into seed/.',
      { path: part('server'), pathNot: '^server/main\\.ts$' },
      { path: '^(seed|client|bench|test)/' },
    ),
    rule(
      'client-on-core-only',
      'The explorer talks to the server over HTTP; in code it shares only core/.',
      { path: part('client') },
      { path: '^(seed|server|neo4j|bench|test)/' },
    ),
    rule(
      'parse-is-pure',
      'Parsing turns text into an outline: no extraction, no writing, no database.',
      { path: '^seed/(read|parse)/' },
      { path: ['^seed/(extract|write)/', '^neo4j/', 'neo4j-driver'] },
    ),
    rule(
      'extract-is-pure',
      'Extraction turns an outline into a graph: no writing, no database.',
      { path: '^seed/extract/' },
      { path: ['^seed/write/', '^neo4j/', 'neo4j-driver'] },
    ),
    rule(
      'stages-not-pipeline',
      'Stages do not import the pipelines that compose them (seed/*.ts).',
      { path: '^seed/(read|parse|extract|write)/' },
      { path: '^seed/[^/]+\\.ts$' },
    ),
    rule('no-circular', 'Cycles make a module impossible to understand alone.', {}, { circular: true }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
