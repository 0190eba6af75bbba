import path from 'node:path';

/**
 * Where the graph lives, read from the environment and validated once; the database layer's only settings, so
 * the seed CLI, the server and the launcher read them the same way. A bad value fails fast with a sentence naming
 * what to set; there is never a default password: the local Neo4j's password comes from its 0600 file.
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

export interface ConnectionSettings {
  neo4j: Neo4jTarget;
  local: LocalNeo4jSettings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

export function portSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name}=${raw} is not a port number; set ${name} to a whole number from 1 to 65535.`);
  }
  return value;
}

export function loadConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const local: LocalNeo4jSettings = {
    port: portSetting(env, 'NEO4J_PORT', 7687),
    dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.data/neo4j'),
    heap: env.NEO4J_HEAP || '1g',
  };
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    return {
      local,
      neo4j: { kind: 'local', uri: `bolt://127.0.0.1:${local.port}`, user: 'neo4j', password: undefined, database: undefined },
    };
  }
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI=${uri} is not a Bolt URI; use bolt://host:7687 or neo4j+s://host.`);
  }
  if (!env.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not; set NEO4J_PASSWORD (and NEO4J_USER if it is not neo4j).');
  }
  return {
    local,
    neo4j: {
      kind: 'external',
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
    },
  };
}
