/**
 * Discovery rules for entities the gazetteer does not know yet, English and Chinese. A text may mix both
 * (a translation quoting its original), so both rule sets run on every stretch; each skips what it cannot read.
 */
import type { Discovery } from './discovery.ts';
import { DEFAULT_PLACE, type IssuingPlace } from './issuing-place.ts';
import { discoverEnglish } from './patterns-en.ts';
import { discoverChinese } from './patterns-zh.ts';

export type { DiscoveredLabel, Discovery } from './discovery.ts';

/** Every pattern-discovered entity mention in text[from, to). Overlaps are left to the caller. */
export function discoverEntities(text: string, from: number, to: number, place: IssuingPlace = DEFAULT_PLACE): Discovery[] {
  return [...discoverEnglish(text, from, to, place), ...discoverChinese(text, from, to, place)];
}
