import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { SECOND_DOCUMENT, SHIPPED_DOCUMENT } from '../support/seed-files.ts';

/** The dry run touches no database: NEO4J_URI points at a closed port, and it must not matter. */
const noDatabase = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused-password' };

describe('npm run seed -- --dry-run --json', () => {
  it('prints exactly the extracted graph as JSON on stdout, and the seed report on stderr', () => {
    const result = runCli('seed/cli.ts', ['--dry-run', '--json', SHIPPED_DOCUMENT, SECOND_DOCUMENT], noDatabase);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('structure: 1、 section (1) › (1) category (4) › 1. provision (26)');
    expect(result.stderr).toMatch(/warning: not under any provision, section "Organization and Implementation"/);
    const graph = JSON.parse(result.stdout) as {
      nodes: { id: string; label: string }[];
      relationships: { type: string; from: string; to: string }[];
    };
    expect(Object.keys(graph)).toEqual(['nodes', 'relationships']);
    const ids = new Set(graph.nodes.map((node) => node.id));
    expect(ids.size).toBe(graph.nodes.length);
    expect(graph.nodes.filter((node) => node.label === 'Document' && node.id === 'document:guo-han-2020-123')).toHaveLength(1);
    for (const rel of graph.relationships) {
      expect(ids.has(rel.from) && ids.has(rel.to), `${rel.type} ${rel.from} -> ${rel.to}`).toBe(true);
    }
  }, 30_000);

  it('reads a folder as every .txt file in it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-folder-'));
    copyFileSync(SHIPPED_DOCUMENT, path.join(folder, 'a.txt'));
    copyFileSync(SECOND_DOCUMENT, path.join(folder, 'b.txt'));
    const result = runCli('seed/cli.ts', ['--dry-run', folder], noDatabase);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${path.join(folder, 'a.txt')}: `);
    expect(result.stdout).toContain(`${path.join(folder, 'b.txt')}: `);
  }, 30_000);

  it('refuses an empty folder with one error line', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-empty-'));
    const result = runCli('seed/cli.ts', ['--dry-run', folder], noDatabase);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`error: ${folder}: the folder holds no .txt files; give the files or a folder of them.`);
  }, 30_000);

  it('refuses --json without --dry-run', () => {
    const result = runCli('seed/cli.ts', ['--json'], noDatabase);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--json goes with --dry-run');
  }, 30_000);
});
