import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countGraph } from '../../neo4j/count-graph.ts';
import { runCli } from '../support/run-cli.ts';
import { SHIPPED_DOCUMENT, seedFiles } from '../support/seed-files.ts';
import { emptyGraph, fingerprintGraph, openTestDriver } from '../support/test-db.ts';

/**
 * The bad files seed.test.ts does not cover: a 20 MB file (a valid policy text, repeated) and UTF-16.
 * Through the CLI as a user runs it: one clear line each, exit 1, the graph exactly as before.
 */
let driver: Driver;
let dir: string;
beforeAll(async () => {
  driver = await openTestDriver();
  dir = mkdtempSync(path.join(tmpdir(), 'seed-hardening-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver?.close();
});

it('refuses a 20 MB file and a UTF-16 file, one line each, exit 1, graph unchanged', async () => {
  await emptyGraph(driver);
  await seedFiles(driver, [SHIPPED_DOCUMENT]);
  const counts = await countGraph(driver);
  const before = await fingerprintGraph(driver);

  const huge = path.join(dir, 'huge.txt');
  const policy = Buffer.from('1. A task. We will support Haidian Park.\n\n', 'utf8');
  writeFileSync(huge, Buffer.concat(Array.from({ length: Math.ceil((20 * 1024 * 1024) / policy.length) }, () => policy)));
  const utf16 = path.join(dir, 'utf16.txt');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1. A task in Haidian Park.\n', 'utf16le')]));

  const started = performance.now();
  const result = runCli('seed/cli.ts', [huge, utf16]);
  const seconds = (performance.now() - started) / 1000;
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^error: .*huge\.txt: is 20\.0 MB; a policy text is expected to be under 10 MB\.$/);
  expect(lines[1]).toMatch(/^error: .*utf16\.txt: is UTF-16 text; save it as UTF-8/);
  expect(result.stdout).toMatch(/2 of 2 file\(s\) rejected; nothing was written for them\./);
  expect(seconds).toBeLessThan(60);
  expect(await countGraph(driver)).toEqual(counts);
  expect(await fingerprintGraph(driver)).toBe(before);
});
