import { readFileSync, statSync } from 'node:fs';

/** Checks a file is a readable UTF-8 text before parsing, so each bad input gets one plain reason. */

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function readDocument(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new DocumentError(file, 'is a directory; name the policy text files inside it.');
    if (!stat.isFile()) throw new DocumentError(file, 'is not a regular file.');
    size = stat.size;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentError(file, code === 'ENOENT' ? 'no such file.' : `cannot be read (${code ?? String(error)}).`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      file,
      `is ${(size / 1024 / 1024).toFixed(1)} MB; a policy text is expected to be under ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new DocumentError(file, 'is empty.');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DocumentError(file, 'is UTF-16 text; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`).');
  }
  if (bytes.includes(0)) throw new DocumentError(file, 'looks binary (it contains NUL bytes); give a plain-text policy document.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(file, 'is not valid UTF-8 text; convert it first (e.g. `iconv -f GB18030 -t UTF-8`).');
  }
  if (text.trim() === '') throw new DocumentError(file, 'holds only white space.');
  return text;
}
