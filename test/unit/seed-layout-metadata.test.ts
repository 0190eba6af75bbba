import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAddressees } from '../../seed/parse/addressees.ts';
import { findDate, findIssuers, findOwnNumber, findTitle } from '../../seed/parse/doc-metadata.ts';
import { findDocNumbers } from '../../seed/parse/doc-numbers.ts';
import { detectLanguage } from '../../seed/parse/language.ts';
import { findOrderNumbers } from '../../seed/parse/order-numbers.ts';
import { findOutline } from '../../seed/parse/outline.ts';
import { findAmounts, findTargetYears } from '../../seed/parse/quantities.ts';
import { findUnreadableNumbers } from '../../seed/parse/unreadable-numbers.ts';

/**
 * Every layout fixture's hand-written metadata (test/fixtures/layouts/*.expected.json), read the way
 * parse.ts composes the readers: numbers and orders → own number → date → issuers → addressees.
 */
const DIR = new URL('../fixtures/layouts/', import.meta.url);
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const distinct = <T>(xs: T[]) => [...new Set(xs)];

function readMetadata(text: string) {
  const lines = findOutline(text).lines;
  const numbers = [...findDocNumbers(text), ...findOrderNumbers(text)].sort((a, b) => a.start - b.start);
  const own = findOwnNumber(lines, numbers);
  const date = findDate(text, lines);
  const issuers = findIssuers(text, lines, date, own && 'kind' in own ? own.issuerRange : undefined);
  const title = findTitle(text, lines, own);
  const addressees = findAddressees(text, lines, own?.end ?? title?.end ?? 0);
  return { numbers, own, date, issuers, addressees, unreadable: findUnreadableNumbers(text, numbers) };
}

describe.each(FIXTURES)('%s', (file) => {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), DIR), 'utf8'));
  const meta = readMetadata(text);

  it('reads the own number, the signing date and the issuers', () => {
    expect(meta.own?.evidence).toBe(expected.docNumber);
    expect(meta.date?.iso).toBe(expected.date);
    // Joint issuers are separate ranges; together they span the signature line as written.
    expect(meta.issuers.length).toBeGreaterThan(0);
    expect(text.slice(meta.issuers[0]!.start, meta.issuers.at(-1)!.end)).toBe(expected.issuer);
    for (const r of [...meta.issuers, ...meta.addressees]) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('reads the addressees, the cited numbers and nothing unreadable', () => {
    expect(meta.addressees.map((a) => a.text)).toEqual(expected.addressees);
    const cites = meta.numbers.filter((n) => n.slug !== meta.own?.slug).map((n) => n.evidence);
    expect(distinct(cites)).toEqual(expected.cites);
    expect(meta.unreadable).toEqual([]);
  });

  it('reads the amounts (each form once, in order), the target years and the language', () => {
    expect(distinct(findAmounts(text))).toEqual(expected.amounts);
    expect(findTargetYears(text)).toEqual(expected.targetYears);
    expect(detectLanguage(text)).toBe(expected.language);
  });

  if (expected.translationOf) {
    it(`shares its normalised number with ${expected.translationOf}`, () => {
      const original = readMetadata(readFileSync(new URL(expected.translationOf, DIR), 'utf8'));
      expect(meta.own?.slug).toBeDefined();
      expect(meta.own?.docNumber).toBe(original.own?.docNumber);
      expect(meta.own?.slug).toBe(original.own?.slug);
    });
  }
});

it('covers all twelve layout fixtures', () => expect(FIXTURES).toHaveLength(12));
