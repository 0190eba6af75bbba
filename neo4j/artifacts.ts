import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the launcher and its jars live; the jars are fetched once by Maven and gitignored. */
export const NEO4J_DIR = import.meta.dirname;
export const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const MARKER = path.join(LIB_DIR, '.complete');

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const NO_JAVA =
  'Java 17 was not found. Install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) ' +
  'or point the project at another Neo4j by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';
const NO_MAVEN =
  'Maven was not found; it fetches Neo4j once. Install it (e.g. `apt-get install maven`) ' +
  'or point the project at another Neo4j by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';

/** Neo4j 5.26 runs on Java 17 or 21; newer JDKs (e.g. Temurin 25) are not supported by it. */
export function checkJava(java = 'java'): number {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new LocalNeo4jError(NO_JAVA);
  const match = /version "(\d+)/.exec(probe.stderr + probe.stdout);
  const major = match ? Number(match[1]) : 0;
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(`Java ${major || '?'} was found, but Neo4j 5.26 needs Java 17 or 21. ${NO_JAVA}`);
  }
  return major;
}

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`${POM} has no <neo4j.version>; restore it from git.`);
  return match[1];
}

export function artifactsReady(): boolean {
  return existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === neo4jVersion();
}

/** Copies org.neo4j:neo4j and its runtime dependencies into neo4j/lib (a no-op when already there). */
export function fetchArtifacts(log: (line: string) => void = () => {}): void {
  if (artifactsReady()) return;
  const version = neo4jVersion();
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) throw new LocalNeo4jError(NO_MAVEN);
  log(`Fetching Neo4j Community ${version} from Maven Central (once; about 130 MB)…`);
  rmSync(LIB_DIR, { recursive: true, force: true });
  const run = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) {
    const tail = (run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Maven could not fetch org.neo4j:neo4j:${version}:\n${tail}`);
  }
  writeFileSync(MARKER, `${version}\n`);
}
