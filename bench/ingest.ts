import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IngestResult } from './ingest-worker.ts';

/**
 * Section 2: each (N, writer) run in a fresh process (bench/ingest-worker.ts), so peak RSS is that run's
 * alone and one run's garbage cannot slow the next. Each run starts from an empty bench graph.
 */
export type { IngestResult };

/**
 * The V8 flags `npm run seed` runs with (package.json's seed script), so each worker's heap behaves as the
 * seeding CLI's does: its peak RSS is what a user sees.
 */
export function seedNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: { seed: string } };
  return manifest.scripts.seed.split(/\s+/).filter((word) => word.startsWith('--') && word !== '--import');
}

export function runIngestWorker(n: number, writer: 'batched' | 'naive'): Promise<IngestResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', ...seedNodeFlags(), path.join(import.meta.dirname, 'ingest-worker.ts'), String(n), writer],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`ingest-worker ${n} ${writer} exited with ${code}:\n${out}`));
      resolve(JSON.parse(line) as IngestResult);
    });
  });
}
