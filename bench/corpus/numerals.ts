/**
 * Numbers as outline markers print them: 十二 and 一百零五 (一、 （一） 第一条), XII (I. (I) Chapter I: toRoman in seed/parse/markers.ts, which reads them back), Twelve (One, /
 * Part One), l ((a), a)), ⑫. The parser reads each back (seed/parse/markers.ts), so each must stay in its range.
 */
const DIGITS = '〇一二三四五六七八九';

/** 1–999 in Chinese numerals: 十, 十二, 二十, 一百零五, 一百一十. */
export function zhNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${zhNumeral(rest)}` : zhNumeral(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

const WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
/** Machine translations of 一、: One … Twelve, the parser's range. */
export const word = (n: number) => WORDS[n - 1]!;
export const MAX_WORD = WORDS.length;

export const letter = (n: number) => String.fromCharCode(96 + n);
export const MAX_LETTER = 26;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const circled = (n: number) => CIRCLED[n - 1]!;
