import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../core/sentences.ts';
import { entityName } from '../../server/db/values.ts';
import { matchingName, sentenceAround } from '../../server/search/snippet.ts';

const TEXT =
  '13. Take Haidian Park as the carrier. We will support cloud applications; open source grows.\n\nNext paragraph. Guo Han [2015] No. 81 applies.';

describe('sentenceAt', () => {
  it('returns the sentence that holds a span', () => {
    const start = TEXT.indexOf('Haidian Park');
    expect(sentenceAt(TEXT, start, start + 12)).toBe('Take Haidian Park as the carrier.');
    const cloud = TEXT.indexOf('cloud');
    // A semicolon does not end a sentence for the seed either, so the evidence sentence is the measure's own.
    expect(sentenceAt(TEXT, cloud, cloud + 5)).toBe('We will support cloud applications; open source grows.');
  });

  it('does not cross a blank line, and is empty for offsets outside the text', () => {
    const next = TEXT.indexOf('Next');
    expect(sentenceAt(TEXT, next, next + 4)).toBe('Next paragraph.');
    expect(sentenceAt(TEXT, -1, 3)).toBe('');
    expect(sentenceAt(TEXT, 5, TEXT.length + 10)).toBe('');
  });
});

describe('search snippets', () => {
  it('shows the sentence around the first matching word', () => {
    expect(sentenceAround(TEXT, ['cloud'])).toBe('We will support cloud applications; open source grows.');
    expect(sentenceAround(TEXT, ['nomatch'])).toBe('13.');
  });

  it('cuts a very long sentence to a window around the match', () => {
    const long = `${'word '.repeat(200)}target ${'word '.repeat(200)}.`;
    const snippet = sentenceAround(long, ['target']);
    expect(snippet.length).toBeLessThan(300);
    expect(snippet).toContain('target');
  });

  it('names the alias that matched', () => {
    expect(matchingName(['Zhongguancun Zone', 'ZGC'], ['zgc'], 'Zhongguancun Zone')).toBe('ZGC');
    expect(matchingName(['A'], ['b'], 'fallback')).toBe('fallback');
  });
});

describe('entityName', () => {
  it('prefers name, then title, then document number, then a shortened text', () => {
    expect(entityName({ id: 'p', name: 'Haidian Park', title: 'x' })).toBe('Haidian Park');
    expect(entityName({ id: 'd', docNumber: 'Guo Han [2020] No. 123' })).toBe('Guo Han [2020] No. 123');
    const measure = entityName({ id: 'm', text: 'x'.repeat(200) });
    expect(measure).toHaveLength(80);
    expect(measure.endsWith('…')).toBe(true);
    expect(entityName({ id: 'bare' })).toBe('bare');
  });
});
