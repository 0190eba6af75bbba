import { getHeapStatistics } from 'node:v8';
import { ConfigError, type ConnectionSettings, loadConnectionSettings, portSetting } from '../neo4j/connection-settings.ts';

/**
 * The server's environment, read and validated once: where the graph lives (the database layer's settings)
 * plus how the API listens. A bad value fails fast with a sentence naming what to set.
 */
export interface ServerSettings {
  host: string;
  port: number;
  corsOrigin: string | undefined;
  /** Bytes of answers the API's cache may hold (server/db/read-cache.ts, from API_CACHE_MB); 0 turns it off. */
  cacheBytes: number;
}

export interface Config extends ConnectionSettings {
  server: ServerSettings;
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
    throw new ConfigError(
      'API_CACHE_ENTRIES is no longer read: the answer cache is bounded by memory now; remove it and set API_CACHE_MB (default 64) instead.',
    );
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
  return {
    ...loadConnectionSettings(env),
    server: {
      host: env.HOST || '127.0.0.1',
      port: portSetting(env, 'PORT', 4000),
      corsOrigin: env.CORS_ORIGIN || undefined,
      cacheBytes: cacheBytes(env),
    },
  };
}
