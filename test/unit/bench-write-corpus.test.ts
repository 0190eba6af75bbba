import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocument } from '../../bench/corpus.ts';
import { runCli } from '../support/run-cli.ts';

describe('npm run corpus', () => {
  it('writes the generator documents as .txt files, then refuses to write into them again', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-')), 'library');
    const first = runCli('bench/write-corpus.ts', ['--count', '3', '--out', out]);
    expect(first.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corpus-00000.txt', 'corpus-00001.txt', 'corpus-00002.txt']);
    expect(readFileSync(path.join(out, 'corpus-00002.txt'), 'utf8')).toBe(`${corpusDocument(2).text}\n`);
    const again = runCli('bench/write-corpus.ts', ['--count', '3', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe(`error: ${out} already holds .txt files; choose an empty or new folder.`);
  }, 30_000);
});
