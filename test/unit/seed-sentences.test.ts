import { describe, expect, it } from 'vitest';
import { isUnterminated, splitSentences } from '../../core/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split inside document numbers, abbreviations, company names or decimals', () => {
    const text =
      'Implement the opinions (GF [2016] No. 53), and optimize the environment. Support Foo Co., Ltd. in R & D, e.g. chips worth 2.5 million yuan. Done.';
    expect(sentences(text)).toEqual([
      'Implement the opinions (GF [2016] No. 53), and optimize the environment.',
      'Support Foo Co., Ltd. in R & D, e.g. chips worth 2.5 million yuan.',
      'Done.',
    ]);
  });

  it('ends a sentence at a blank line even without a full stop', () => {
    expect(sentences('Optimize the layout of shops in the airport isolation area\n\nNext one.')).toEqual([
      'Optimize the layout of shops in the airport isolation area',
      'Next one.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits Chinese full stops', () => {
    expect(sentences('Apply "approval upon filing." Then go。下一句。')).toEqual([
      'Apply "approval upon filing."',
      'Then go。',
      '下一句。',
    ]);
  });

  it('returns offsets into the original string', () => {
    const text = '  First one.  Second one.';
    for (const s of splitSentences(text, 2)) expect(text.slice(s.start, s.end)).toMatch(/^\S.*\.$/);
  });

  it('flags sentences without terminal punctuation', () => {
    expect(isUnterminated('cut off here')).toBe(true);
    expect(isUnterminated('complete.')).toBe(false);
    expect(isUnterminated('quoted."')).toBe(false);
  });
});

describe('Chinese sentences', () => {
  it('end at 。；！？, with closing quotes kept', () => {
    const text = '支持企业上市；鼓励跨境融资。对符合条件的企业给予补贴！是否可行？“数据出境”。';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '支持企业上市；',
      '鼓励跨境融资。',
      '对符合条件的企业给予补贴！',
      '是否可行？',
      '“数据出境”。',
    ]);
  });
});
