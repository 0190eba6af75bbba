import path from 'node:path';
import { getHeapStatistics } from 'node:v8';

/**
 * Environment read and validated once. A bad value fails fast with a sentence naming what to set;
 * there is never a default password: the local Neo4j's password comes from its 0600 file.
 */
export interface Neo4jTarget {
  /** 'local' means the project's own Neo4j, started and stopped by neo4j/local-neo4j.ts. */
  kind: 'local' | 'external';
  uri: string;
  user: string;
  /** For 'local' this is read from the password file when a connection is opened. */
  password: string | undefined;
  database: string | undefined;
}

export interface LocalNeo4jSettings {
  port: number;
  dataDir: string;
  heap: string;
}

export interface ServerSettings {
  host: string;
  port: number;
  corsOrigin: string | undefined;
  /** Bytes of answers the API's cache may hold (server/db/read-cache.ts, from API_CACHE_MB); 0 turns it off. */
  cacheBytes: number;
}

export interface Config {
  neo4j: Neo4jTarget;
  local: LocalNeo4jSettings;
  server: ServerSettings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name}=${raw} is not a port number; set ${name} to a whole number from 1 to 65535.`);
  }
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name}=${raw} is not a whole number; set ${name} to 0 or more.`);
  return value;
}

const MB = 1024 * 1024;

/** The answer cache's budget in bytes, from API_CACHE_MB: a whole number of MB, 0 for no cache. */
function cacheBytes(env: NodeJS.ProcessEnv): number {
  // The old count-bounded setting would now be ignored: say so rather than let someone believe it applies.
  if (env.API_CACHE_ENTRIES !== undefined) {
    throw new ConfigError('API_CACHE_ENTRIES is no longer read: the answer cache is bounded by memory now; remove it and set API_CACHE_MB (default 64) instead.');
  }
  const mb = wholeNumber(env, 'API_CACHE_MB', 64);
  // A budget the heap cannot hold would end in an out-of-memory crash under load, long after start-up.
  const heapMB = Math.floor(getHeapStatistics().heap_size_limit / MB);
  if (mb >= heapMB) {
    throw new ConfigError(
      `API_CACHE_MB=${mb} is not below this Node process's heap limit (${heapMB} MB); set API_CACHE_MB lower, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MB>.`,
    );
  }
  return mb * MB;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const local: LocalNeo4jSettings = {
    port: port(env, 'NEO4J_PORT', 7687),
    dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.data/neo4j'),
    heap: env.NEO4J_HEAP || '1g',
  };
  const uri = env.NEO4J_URI?.trim();
  let neo4j: Neo4jTarget;
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new ConfigError(`NEO4J_URI=${uri} is not a Bolt URI; use bolt://host:7687 or neo4j+s://host.`);
    }
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not; set NEO4J_PASSWORD (and NEO4J_USER if it is not neo4j).');
    }
    neo4j = {
      kind: 'external',
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
    };
  } else {
    neo4j = { kind: 'local', uri: `bolt://127.0.0.1:${local.port}`, user: 'neo4j', password: undefined, database: undefined };
  }
  return {
    neo4j,
    local,
    server: {
      host: env.HOST || '127.0.0.1',
      port: port(env, 'PORT', 4000),
      corsOrigin: env.CORS_ORIGIN || undefined,
      cacheBytes: cacheBytes(env),
    },
  };
}
