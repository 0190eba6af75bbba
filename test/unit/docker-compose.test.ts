import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** No Docker engine runs here, so the compose file and Dockerfile are checked as data. */
interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync('Dockerfile', 'utf8');

describe('docker-compose.yml', () => {
  it('has exactly the neo4j and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  it('runs Neo4j 5.26 Community with a password from the environment and a healthcheck without curl', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    const probe = neo4j.healthcheck!.test.join(' ');
    expect(probe).toContain('wget');
    expect(probe).not.toContain('curl');
  });

  it('starts the app only once Neo4j is healthy and points it at the neo4j service', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USER: 'neo4j', PORT: '4000', HOST: '0.0.0.0' });
    expect(app.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
    expect(app.ports).toEqual(['127.0.0.1:4000:4000']);
    expect(app.healthcheck!.test.join(' ')).toContain('/ready');
  });
});

describe('Dockerfile', () => {
  it('is multi-stage, runs as a non-root user and exposes the API port', () => {
    const stages = dockerfile.match(/^FROM\s+\S+\s+AS\s+\w+/gim) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER\s+node\s*$/m);
    expect(dockerfile).toMatch(/^EXPOSE\s+4000\s*$/m);
    expect(dockerfile).toMatch(/--omit=dev/);
  });
});

describe('Dockerfile runtime stage', () => {
  const runtime = dockerfile.slice(dockerfile.search(/^FROM\s+\S+\s+AS\s+runtime/im));
  const copied = [...runtime.matchAll(/^COPY\s+(?!--from)(\S+)\s/gm)].map((m) => m[1]!.split('/')[0]!);

  it('copies every project folder that server/main.ts imports, so the image starts', async () => {
    const { cruise } = await import('dependency-cruiser');
    const { output } = await cruise(['server/main.ts'], { doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true });
    const modules = typeof output === 'string' ? [] : output.modules;
    const ours = modules.filter((m) => !m.coreModule && !m.couldNotResolve && !m.source.startsWith('node_modules/'));
    const folders = new Set(ours.map((m) => m.source.split('/')[0]!));
    expect([...folders].sort()).toEqual(expect.arrayContaining(['core', 'neo4j', 'seed', 'server']));
    for (const folder of folders) expect(copied, `${folder}/ is imported by the server`).toContain(folder);
    // Queries are read at run time, not imported.
    expect(copied).toContain('cypher');
  });
});
