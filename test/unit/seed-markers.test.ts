import { describe, expect, it } from 'vitest';
import { chineseNumber, readMarker, romanNumber } from '../../seed/parse/markers.ts';
import { isNonTaskHeading } from '../../seed/parse/non-task-sections.ts';

describe('readMarker', () => {
  it.each([
    ['一、总体要求', 'zh-dun', 1, '一、'],
    ['（十二）深化改革', 'zh-paren', 12, '（十二）'],
    ['1．建设平台。', 'arabic-dot', 1, '1．'],
    ['26. Improve land support.', 'arabic-dot', 26, '26.'],
    ['（3）对购买算力的企业', 'arabic-paren', 3, '（3）'],
    ['②支持企业上市', 'circled', 2, '②'],
    ['第二十一条　本办法自发布之日起施行。', 'article', 21, '第二十一条'],
    ['第三章　保障措施', 'chapter', 3, '第三章'],
    ['第二节 监督', 'section', 2, '第二节'],
    ['Chapter IV Supervision', 'chapter', 4, 'Chapter IV'],
    ['Article 10 These Measures apply', 'article', 10, 'Article 10'],
    ['III. Safeguards', 'roman-dot', 3, 'III.'],
    ['(IV) Deepening opening-up', 'roman-paren', 4, '(IV)'],
    ['(b) Support fintech.', 'alpha-paren', 2, '(b)'],
    ['3) Build a platform.', 'arabic-close', 3, '3)'],
    ['Two, the general work guideline', 'word', 2, 'Two'],
    ['Part Three: Key Tasks', 'word', 3, 'Part Three'],
    ['4、 Organization and Implementation', 'arabic-dun', 4, '4、'],
  ])('%s → %s %i', (line, style, number, text) => {
    expect(readMarker(line)).toMatchObject({ style, number, text });
  });

  it('sees no marker in prose, amounts or a bare page number', () => {
    for (const line of [
      'One on one service for appointment experts',
      '1.5 billion yuan will be invested.',
      '2021年3月15日',
      '12',
      'I think so.',
      '(This document is released to the public)',
    ]) {
      expect(readMarker(line), line).toBeUndefined();
    }
  });

  it('puts the item text right after the marker and its punctuation', () => {
    const line = 'Part Four: Supporting Measures';
    expect(line.slice(readMarker(line)!.length)).toBe('Supporting Measures');
    expect('（一）　夯实基础'.slice(readMarker('（一）　夯实基础')!.length)).toBe('夯实基础');
  });
});

describe('numerals', () => {
  it('reads Chinese and Roman numerals, and refuses malformed ones', () => {
    expect([chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十一'), chineseNumber('一百零五')]).toEqual([10, 12, 21, 105]);
    expect([romanNumber('IV'), romanNumber('IX'), romanNumber('XIV'), romanNumber('IIII'), romanNumber('VX')]).toEqual([
      4,
      9,
      14,
      undefined,
      undefined,
    ]);
  });
});

describe('isNonTaskHeading', () => {
  it('knows the sections around the tasks, but not a task that merely mentions one', () => {
    for (const title of [
      '总体要求',
      '保障措施',
      'General Requirements',
      'Safeguards',
      'safeguard measures',
      'Supporting Measures',
      'Organization and Implementation',
    ])
      expect(isNonTaskHeading(title), title).toBe(true);
    for (const title of [
      '加强组织保障，建立跨部门协调机制',
      'Main Tasks',
      'Strengthen organizational guarantees for cross-border data flows',
    ])
      expect(isNonTaskHeading(title), title).toBe(false);
  });
});
