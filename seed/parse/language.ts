/**
 * The language a document is written in, from the share of Chinese characters among its letters.
 * English renderings quote Chinese titles and numbers, and Chinese texts carry "AI" and "5G", so the rule
 * is a share, not "any Chinese character": one character carries about a word, so a Chinese text has far
 * fewer letters than its English translation, and a share of 20% already means most of the words are Chinese.
 */
export type Language = 'zh' | 'en';

/** Han share of letters at or above which a text is Chinese. */
export const CHINESE_SHARE = 0.2;

/** `zh` or `en`; undefined for a text with no letters at all (nothing to tell it by). */
export function detectLanguage(text: string): Language | undefined {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (han + latin === 0) return undefined;
  return han / (han + latin) >= CHINESE_SHARE ? 'zh' : 'en';
}
