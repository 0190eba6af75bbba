import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Coding } from './content-encoding.ts';

/**
 * The explorer's files with their gzip and brotli forms, read and compressed once per version of a file
 * and kept in memory. A file's version is its size and mtime, checked on every request (one stat), so a
 * rebuild of client/dist is picked up without a restart. Compression runs on libuv's thread pool, never
 * on the event loop. gzip (~30 ms for the 600 KB bundle) is ready before the file is first served; brotli at
 * its best quality takes ~1.8 s for that bundle, so it is added when done and, until then, gzip is sent:
 * no visitor waits for brotli. A coding is only kept when it is actually smaller than the file.
 */
export interface StoredFile {
  bytes: Buffer;
  /** Grows: gzip at once, brotli when it is done. */
  encoded: Partial<Record<Coding, Buffer>>;
  /** Settles when every coding has been tried. */
  complete: Promise<void>;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const brotliOptions = (size: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

async function load(path: string, compress: boolean): Promise<StoredFile> {
  const bytes = await readFile(path);
  const encoded: StoredFile['encoded'] = {};
  if (!compress) return { bytes, encoded, complete: Promise.resolve() };
  const keep = (coding: Coding) => (out: Buffer) => {
    if (out.length < bytes.length) encoded[coding] = out;
  };
  const complete = brotli(bytes, brotliOptions(bytes.length)).then(keep('br'), () => {});
  await gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }).then(keep('gzip'), () => {});
  return { bytes, encoded, complete };
}

export function createFileStore() {
  // Keyed by absolute path; an entry is replaced when its file changes. Concurrent first requests share
  // one read and one compression. Entries of files deleted by a rebuild are dropped when next asked for.
  const entries = new Map<string, { version: string; file: Promise<StoredFile> }>();

  return {
    /** The file and, when `compress` is set, its encoded forms; null when there is no such regular file. */
    async get(path: string, compress: boolean): Promise<StoredFile | null> {
      let info: Stats;
      try {
        info = await stat(path);
      } catch {
        entries.delete(path);
        return null;
      }
      if (!info.isFile()) return null;
      const version = `${info.size}:${info.mtimeMs}:${compress}`;
      const cached = entries.get(path);
      if (cached?.version === version) return cached.file.catch(() => null);
      const file = load(path, compress);
      entries.set(path, { version, file });
      // A failed read (file removed between stat and read) must not stay cached.
      file.catch(() => entries.get(path)?.file === file && entries.delete(path));
      return file.catch(() => null);
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
