import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, InputFolderError } from '../../seed/read/expand-inputs.ts';

function folderWith(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'seed-inputs-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'text');
  }
  return root;
}

describe('expandInputs', () => {
  it('reads a folder as its .txt files, sub-folders too, in path order, skipping other files', () => {
    const root = folderWith(['b.txt', 'a.TXT', 'notes.md', '2021/c.txt', '2019/z.txt']);
    expect(expandInputs([root]).map((file) => path.relative(root, file))).toEqual(['2019/z.txt', '2021/c.txt', 'a.TXT', 'b.txt']);
  });

  it('passes files and missing paths on unchanged, in the order given', () => {
    const root = folderWith(['one.txt']);
    expect(expandInputs(['missing.txt', root, 'x.md'])).toEqual(['missing.txt', path.join(root, 'one.txt'), 'x.md']);
  });

  it('refuses a folder without any .txt file, naming it', () => {
    const root = folderWith(['readme.md']);
    expect(() => expandInputs([root])).toThrow(InputFolderError);
    expect(() => expandInputs([root])).toThrow(`${root}: the folder holds no .txt files`);
  });
});
