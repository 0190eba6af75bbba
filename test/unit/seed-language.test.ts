import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINESE_SHARE, detectLanguage } from '../../seed/parse/language.ts';

describe('detectLanguage', () => {
  it('reads Chinese with Latin words in it as zh, and English quoting Chinese titles as en', () => {
    expect(detectLanguage('到2025年，全区AI核心产业规模达到3000亿元，5G基站全覆盖。')).toBe('zh');
    expect(detectLanguage('The State Council reply 国函〔2020〕123号 on opening up the service industry in Beijing.')).toBe('en');
  });

  it('has no answer for a text without letters', () => {
    expect(detectLanguage('2025 — 3000 %')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });

  it(`property: zh exactly when Han characters are at least ${CHINESE_SHARE * 100}% of the letters`, () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 400 }),
        fc.nat({ max: 400 }),
        fc.string({ unit: fc.constantFrom(' ', '1', '，', '.') }),
        (han, latin, noise) => {
          fc.pre(han + latin > 0);
          const text = `${'中'.repeat(han)}${noise}${'a'.repeat(latin)}`;
          expect(detectLanguage(text)).toBe(han / (han + latin) >= CHINESE_SHARE ? 'zh' : 'en');
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
