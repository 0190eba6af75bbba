import neo4j, { type Driver } from 'neo4j-driver';
import type { ConnectionSettings } from './connection-settings.ts';
import { localPassword } from './local-neo4j.ts';

/**
 * One driver per process. Integers come back as JS numbers (our counts and offsets are far below 2^53),
 * so value conversion stays trivial everywhere else.
 */
export function createDriver(config: ConnectionSettings): Driver {
  const target = config.neo4j;
  const password = target.kind === 'local' ? localPassword(config.local) : (target.password ?? '');
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    // executeRead/executeWrite retry transient failures for 30 s by default; during an outage that
    // would keep every request hanging. Five seconds rides out a blip, then reports the outage.
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => {} },
  });
}

export function sessionConfig(config: ConnectionSettings): { database?: string } {
  return config.neo4j.database ? { database: config.neo4j.database } : {};
}
