import { describe, expect, it } from 'vitest';
import { findAmounts, findTargetYears } from '../../seed/parse/quantities.ts';

describe('findAmounts', () => {
  it('reads Chinese amounts in yuan, foreign currencies and percentages as written', () => {
    expect(findAmounts('安排5000万元，规模3000亿元，引资10亿美元、2亿欧元，占比20%，提高百分之二十，达到1.5万亿元。')).toEqual([
      '5000万元',
      '3000亿元',
      '10亿美元',
      '2亿欧元',
      '20%',
      '百分之二十',
      '1.5万亿元',
    ]);
  });

  it('does not read a date followed by 元旦 as yen', () => {
    expect(findAmounts('2022年1月1日元旦起施行')).toEqual([]);
  });

  it('reads English amounts as written', () => {
    expect(findAmounts('exceed US$150 billion, RMB 500,000 and 400 billion yuan, 25 percent and 30%')).toEqual([
      'US$150 billion',
      'RMB 500,000',
      '400 billion yuan',
      '25 percent',
      '30%',
    ]);
  });
});

describe('findTargetYears', () => {
  it.each([
    ['到2025年，全市数字贸易进出口额达到1500亿美元', [2025]],
    ['2025年前建成，到2035年底全面建成', [2025, 2035]],
    ['By 2025, the park will host more than 100 firms; by the end of 2030 it will lead', [2025, 2030]],
    ['本措施自印发之日起施行，有效期至2023年12月31日。', []],
    ['《实施方案（2023—2025年）》印发给你们，自2022年1月1日起施行', []],
    ['remain valid until 31 December 2023', []],
    ['《规划（2021年至2025年）》，到2030年基本建成', [2030]],
  ])('%s → %j', (text, years) => expect(findTargetYears(text)).toEqual(years));
});
