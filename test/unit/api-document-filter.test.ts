import { describe, expect, it } from 'vitest';
import { documentFilter } from '../../server/schema/document-filter.ts';
import { refusal } from '../support/refusal.ts';

const ANY = { yearFrom: null, yearTo: null, issuer: null, series: null, language: null, held: null, text: null };

describe('documentFilter', () => {
  it('no filter, an empty one and explicit nulls all keep every document, with every parameter present', () => {
    expect(documentFilter(undefined)).toEqual(ANY);
    expect(documentFilter(null)).toEqual(ANY);
    expect(documentFilter({ yearFrom: null, text: null, held: null })).toEqual(ANY);
  });

  it('passes values through, trims names and text, and keeps held: false', () => {
    expect(
      documentFilter({
        yearFrom: 2020,
        yearTo: 2020,
        issuer: ' State Council ',
        series: 'Guo Han',
        language: 'zh',
        held: false,
        text: ' [2021] ',
      }),
    ).toEqual({ yearFrom: 2020, yearTo: 2020, issuer: 'State Council', series: 'Guo Han', language: 'zh', held: false, text: '[2021]' });
  });

  it('a blank text keeps every document; a blank issuer or series is refused', () => {
    expect(documentFilter({ text: '  ' }).text).toBeNull();
    expect(refusal(() => documentFilter({ series: '' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'filter.series must not be blank; leave it out to keep every series.',
    });
  });

  it('refuses years out of range or out of order, unknown languages and long strings', () => {
    expect(refusal(() => documentFilter({ yearFrom: 10_000 })).message).toBe(
      'filter.yearFrom must be a whole number from 1000 to 9999 (got 10000).',
    );
    expect(refusal(() => documentFilter({ yearFrom: 2021, yearTo: 2020 })).message).toBe(
      'filter.yearFrom (2021) is after filter.yearTo (2020); swap them.',
    );
    expect(refusal(() => documentFilter({ language: 'fr' })).message).toBe('filter.language must be zh or en (got "fr").');
    expect(refusal(() => documentFilter({ issuer: 'x'.repeat(201) })).message).toBe(
      'filter.issuer must be at most 200 characters (got 201); shorten it.',
    );
  });
});
