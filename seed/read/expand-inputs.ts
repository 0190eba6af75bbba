import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What seeding a folder reads: plain-text policy files. Anything else in the folder is left alone. */
const POLICY_EXTENSION = '.txt';

export class InputFolderError extends Error {}

/**
 * The seed CLI's arguments as files: a folder stands for every `.txt` file under it (sub-folders too), in
 * path order, so `npm run seed -- my-corpus/` loads a library of thousands without a shell glob (and without
 * the argument-length limit a glob of ten thousand paths can hit). Anything that is not a folder is passed on
 * unchanged, so a missing or unreadable file still gets the reader's own `error:` line.
 * A folder with no `.txt` file at all is refused: seeding nothing from it is almost certainly a wrong path.
 */
export function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => (isFolder(input) ? policyFilesIn(input) : [input]));
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}

function policyFilesIn(folder: string): string[] {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(POLICY_EXTENSION))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  if (files.length === 0) {
    throw new InputFolderError(`${folder}: the folder holds no ${POLICY_EXTENSION} files; give the files or a folder of them.`);
  }
  return files;
}
