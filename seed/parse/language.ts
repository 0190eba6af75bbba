import type { Language } from '../../core/graph-contract.ts';

/**
 * The language a document is written in, from the share of Chinese characters among its letters.
 * English renderings quote Chinese titles and numbers, and Chinese texts carry "AI" and "5G", so the rule
 * is a share, not "any Chinese character": one character carries about a word, so a Chinese text has far
 * fewer letters than its English translation, and a share of 20% already means most of the words are Chinese.
 */

/** Han share of letters at or above which a text is Chinese. */
export const CHINESE_SHARE = 0.2;

const HAN = /\p{Script=Han}/u;
// Per code unit from U+2E80 up: 1 Han, 0 not, unset until first seen. The regex test on a one-character string was
// most of this function's time on Chinese text; the answer for a code unit never changes.
const hanUnits = new Int8Array(0x10000).fill(-1);
const isHanUnit = (text: string, i: number, c: number): boolean => {
  let known = hanUnits[c]!;
  if (known < 0) hanUnits[c] = known = HAN.test(text[i]!) ? 1 : 0;
  return known === 1;
};

/** `zh` or `en`; undefined for a text with no letters at all (nothing to tell it by). */
export function detectLanguage(text: string): Language | undefined {
  // Counted in one pass without building arrays of matches: a 40,000-character text made two arrays of that size.
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x2e80 && isHanUnit(text, i, c)) han++;
  }
  if (han + latin === 0) return undefined;
  return han / (han + latin) >= CHINESE_SHARE ? 'zh' : 'en';
}
