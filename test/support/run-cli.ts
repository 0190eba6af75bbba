import { spawnSync } from 'node:child_process';
import { testConfig } from './test-config.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project CLI as a user would (through tsx), pointed at the test Neo4j. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const { local } = testConfig();
  const result = spawnSync('npx', ['tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', NEO4J_PORT: String(local.port), NEO4J_DATA_DIR: local.dataDir, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
