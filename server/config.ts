import { ConfigError, type ConnectionSettings, loadConnectionSettings, portSetting } from '../neo4j/connection-settings.ts';

/**
 * The server's environment, read and validated once: where the graph lives (the database layer's settings)
 * plus how the API listens. A bad value fails fast with a sentence naming what to set.
 */
export interface ServerSettings {
  host: string;
  port: number;
  corsOrigin: string | undefined;
  /** Answers kept by the API's cache (server/db/read-cache.ts); 0 turns it off. */
  cacheEntries: number;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    ...loadConnectionSettings(env),
    server: {
      host: env.HOST || '127.0.0.1',
      port: portSetting(env, 'PORT', 4000),
      corsOrigin: env.CORS_ORIGIN || undefined,
      cacheEntries: wholeNumber(env, 'API_CACHE_ENTRIES', 1000),
    },
  };
}
