import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type LocalNeo4jSettings, loadConnectionSettings, PROJECT_ROOT } from '../neo4j/connection-settings.ts';
import { runningPid, stopLocalNeo4j } from '../neo4j/local-neo4j.ts';

/**
 * Section 5: `npm start` as a user runs it, from spawn until /ready answers 200, on its own Neo4j data
 * folder and port (.data/neo4j-bench-start, 7690) so no other instance is touched. Cold: that folder
 * emptied first (a first start: password, store, schema, seeding). Warm: started again on that store.
 * Stopped with SIGINT to the process group, as Ctrl-C does. `npm start` includes its prestart step
 * (the client build), as a user sees it.
 */
export interface StartupRun {
  kind: 'cold' | 'warm';
  readyMs: number;
  neo4jReadyMs: number | undefined;
  seeded: boolean;
}

const NEO4J_PORT = process.env.BENCH_START_NEO4J_PORT || '7690';
const DATA_DIR = '.data/neo4j-bench-start';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startOnce(kind: 'cold' | 'warm', settings: LocalNeo4jSettings): Promise<StartupRun> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_URI: '', NEO4J_PORT, NEO4J_DATA_DIR: DATA_DIR, PORT: String(port), HOST: '127.0.0.1' },
  });
  let out = '';
  let neo4jReadyMs: number | undefined;
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (neo4jReadyMs === undefined && /Neo4j is ready/.test(out)) neo4jReadyMs = performance.now() - started;
  });
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (exited) throw new Error(`npm start exited before it was ready:\n${out}`);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return { kind, readyMs: performance.now() - started, neo4jReadyMs, seeded: /Seeded /.test(out) };
      await sleep(50);
    }
    throw new Error(`npm start was not ready within 240 s:\n${out}`);
  } finally {
    if (!exited) {
      process.kill(-child.pid!, 'SIGINT');
      const deadline = Date.now() + 90_000;
      while (!exited && Date.now() < deadline) await sleep(100);
      if (!exited) process.kill(-child.pid!, 'SIGKILL');
    }
    // npm may exit before the server has finished stopping the Neo4j it started; wait for that too.
    const deadline = Date.now() + 90_000;
    while (runningPid(settings) !== undefined && Date.now() < deadline) await sleep(100);
  }
}

export async function runStartupBench(log: (line: string) => void): Promise<StartupRun[]> {
  const config = loadConnectionSettings({ NEO4J_PORT, NEO4J_DATA_DIR: DATA_DIR });
  try {
    await stopLocalNeo4j(config.local);
    rmSync(path.resolve(PROJECT_ROOT, DATA_DIR), { recursive: true, force: true });
    const cold = await startOnce('cold', config.local);
    log(`  cold: ready in ${(cold.readyMs / 1000).toFixed(1)} s (seeded: ${cold.seeded})`);
    const warm = await startOnce('warm', config.local);
    log(`  warm: ready in ${(warm.readyMs / 1000).toFixed(1)} s (seeded: ${warm.seeded})`);
    return [cold, warm];
  } finally {
    // Whatever happened, leave no Neo4j of ours running.
    await stopLocalNeo4j(config.local);
  }
}
