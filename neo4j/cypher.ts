import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './connection-settings.ts';

/** Every query lives in cypher/<name>.cypher; code refers to it by name and passes values as $params. */
const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`"${name}" is not a query name (kebab-case file name under cypher/)`);
  const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  cache.set(name, text);
  return text;
}

/** Only schema.cypher holds several statements (constraints and indexes), separated by semicolons. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
