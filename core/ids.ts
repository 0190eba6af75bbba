/**
 * Stable node ids. Seeding twice must produce the same ids, so every id is derived from text
 * (a canonical name or a normalised document number), never from counters or clocks.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lower-case ASCII-ish slug; CJK letters survive so Chinese-only names still get distinct ids. */
export function slugify(value: string): string {
  // Printable ASCII (every document number, most names) is unchanged by NFKD and holds no combining mark, and its
  // letters and digits are exactly \p{L} and \p{N}: the same slug without the Unicode passes.
  if (PRINTABLE_ASCII.test(value)) {
    return value
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
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
/**
 * A category's or task's key is its number when the document numbers them once (`task:guo-han-2020-123:13`), and
 * `parent.number` when numbering restarts under each heading (`task:jing-hai-zheng-fa-2023-5:2.1`).
 */
export const categoryId = (docSlug: string, key: number | string): string => `category:${docSlug}:${key}`;
export const taskId = (docSlug: string, key: number | string): string => `task:${docSlug}:${key}`;
export const measureId = (docSlug: string, taskKey: number | string, order: number): string => `measure:${docSlug}:${taskKey}.${order}`;

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

/**
 * The slug of one language version of a document. The English version keeps the bare slug, so the shipped
 * translation's ids never change; another language's version adds it (`guo-han-2021-27:zh`), and its own nodes
 * follow (`task:guo-han-2021-27:zh:13`). Provisions of two versions align on the key after it.
 */
export const versionSlug = (docSlug: string, language: string | undefined): string =>
  language && language !== 'en' ? `${docSlug}:${language}` : docSlug;
