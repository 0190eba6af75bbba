/**
 * Stable node ids. Seeding twice must produce the same ids, so every id is derived from text
 * (a canonical name or a normalised document number), never from counters or clocks.
 */

/** Lower-case ASCII-ish slug; CJK letters survive so Chinese-only names still get distinct ids. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export const documentId = (docSlug: string): string => `document:${docSlug}`;
export const categoryId = (docSlug: string, n: number): string => `category:${docSlug}:${n}`;
export const taskId = (docSlug: string, n: number): string => `task:${docSlug}:${n}`;
export const measureId = (docSlug: string, task: number, order: number): string => `measure:${docSlug}:${task}.${order}`;

export type EntityLabel = 'Park' | 'Agency' | 'Industry';

/** `park:haidian-park`, `agency:ministry-of-commerce`, `industry:venture-capital`. */
export function entityId(label: EntityLabel, name: string): string {
  return `${label.toLowerCase()}:${slugify(name)}`;
}

/** Documents without a recognisable number fall back to their file name, minus folders and extension. */
export function sourceSlug(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return slugify(base.replace(/\.[^.]+$/, '')) || 'document';
}
