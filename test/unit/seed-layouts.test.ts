import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../seed/parse/parse.ts';

/**
 * Every fixture layout (test/fixtures/layouts, written by hand with its expected structure) parses with its
 * categories and provisions right, and nothing that is not a provision (preambles, safeguards, signatures, notes)
 * becomes part of one.
 */
const DIR = path.join(import.meta.dirname, '../fixtures/layouts');

interface Expected {
  categories: { marker: string; title: string }[];
  provisions: { marker: string; category: number | null; startsWith: string }[];
  notProvisions: string[];
}

/** The fixtures write "Two," where the parser keeps the marker "Two" and treats the comma as punctuation. */
const bare = (marker: string) => marker.replace(/[,，:：]$/, '');

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({
    file,
    text: readFileSync(path.join(DIR, file), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected,
  }));

describe.each(fixtures)('$file', ({ file, text, expected }) => {
  const parsed = parsePolicy(text, file);

  it('has the expected categories, in order', () => {
    const real = parsed.categories.filter((c) => c.marker !== '');
    expect(real.map((c) => c.marker)).toEqual(expected.categories.map((c) => bare(c.marker)));
    for (const [i, c] of real.entries()) expect(c.title.startsWith(expected.categories[i]!.title), c.title).toBe(true);
  });

  it('keeps every provision, in order, under its category', () => {
    expect(parsed.tasks.map((t) => t.marker)).toEqual(expected.provisions.map((p) => bare(p.marker)));
    const keys = parsed.categories.map((c) => c.key);
    parsed.tasks.forEach((t, i) => {
      const want = expected.provisions[i]!;
      expect(t.text.startsWith(want.startsWith), `${t.marker} starts "${t.text.slice(0, 30)}"`).toBe(true);
      expect(t.categoryKey, `${t.marker} ${t.title}`).toBe(want.category === null ? '1' : keys[want.category]);
    });
  });

  it('gives every provision a unique key', () => {
    expect(new Set(parsed.tasks.map((t) => t.key)).size).toBe(parsed.tasks.length);
  });

  it('lets no preamble, safeguard, signature or note into a provision', () => {
    for (const words of expected.notProvisions) {
      for (const t of parsed.tasks) expect(t.text.includes(words), `"${words}" inside ${t.marker} ${t.title}`).toBe(false);
    }
  });
});
