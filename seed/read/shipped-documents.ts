import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The policy texts that ship with the project and are seeded by default. */
export const SHIPPED_DIR = path.join(import.meta.dirname, '..', 'documents');

export function shippedDocuments(): string[] {
  return readdirSync(SHIPPED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(SHIPPED_DIR, name));
}
