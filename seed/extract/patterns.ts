/**
 * Discovery rules for entities the gazetteer does not know yet, English and Chinese. A text may mix both
 * (a translation quoting its original), so both rule sets run on a stretch holding their script; a stretch without
 * Han characters (most of an English corpus) skips the Chinese rules, which cost as much as the English ones.
 */
import type { Discovery } from './discovery.ts';
import { DEFAULT_PLACE, type IssuingPlace } from './issuing-place.ts';
import { discoverEnglish } from './patterns-en.ts';
import { discoverChinese } from './patterns-zh.ts';

export type { DiscoveredLabel, Discovery } from './discovery.ts';

const HAN = /[\u3400-\u9fff]/;

/** Every pattern-discovered entity mention in text[from, to). Overlaps are left to the caller. */
export function discoverEntities(text: string, from: number, to: number, place: IssuingPlace = DEFAULT_PLACE): Discovery[] {
  const english = discoverEnglish(text, from, to, place);
  return HAN.test(text.slice(from, to)) ? [...english, ...discoverChinese(text, from, to, place)] : english;
}
