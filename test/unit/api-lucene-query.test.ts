import { describe, expect, it } from 'vitest';
import { escapeLucene, searchTerms, toLuceneQuery } from '../../server/search/lucene-query.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    const specials = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(specials)).toBe([...specials].map((c) => `\\${c}`).join(''));
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it('turns the operator words into plain terms', () => {
    expect(['AND', 'OR', 'NOT'].map(escapeLucene)).toEqual(['and', 'or', 'not']);
    expect(escapeLucene('ANDROID')).toBe('ANDROID');
  });
});

describe('toLuceneQuery', () => {
  it('makes each word a prefix, and a one-edit fuzzy term from four letters on', () => {
    expect(toLuceneQuery('Haidian Park')).toBe('(haidian* OR haidian~1) OR (park* OR park~1)');
    expect(toLuceneQuery('IP')).toBe('ip*');
  });

  it('keeps no user syntax: operators, quotes and fields are only words', () => {
    expect(toLuceneQuery('title:x OR 1=1')).toBe('(title* OR title~1) OR x* OR or* OR 1*');
    expect(toLuceneQuery('") RETURN 1 //')).toBe('(return* OR return~1) OR 1*');
    expect(toLuceneQuery('a AND NOT b')).toBe('a* OR and* OR not* OR b*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['*', ':(', '"', '\\', '~~~', '&& || !', '   ']) expect(toLuceneQuery(input)).toBeNull();
  });

  it('keeps CJK words and caps the number of terms', () => {
    expect(searchTerms('中关村 海淀园')).toEqual(['中关村', '海淀园']);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
    expect(searchTerms('park Park PARK')).toEqual(['park']);
  });
});
