/**
 * Where a document was issued, so that 市商务局 / "Municipal Bureau of Commerce" in it can be resolved to
 * that city's bureau and 区财政局 / "District Finance Bureau" to that district's. Districts are the
 * gazetteer's (kind district), which gives each its English and Chinese name.
 */
import { gazetteer } from './gazetteer.ts';

export interface IssuingPlace {
  /** English city name, e.g. 'Beijing'. */
  city?: string;
  /** English district name without "District", e.g. 'Haidian'. */
  district?: string;
}

export interface District {
  /** 'Haidian' */
  en: string;
  /** '海淀' (the alias without its final 区) */
  zh: string;
}

export const DISTRICTS: readonly District[] = gazetteer
  .filter((e) => e.label === 'Park' && e.kind === 'district' && / District$/.test(e.name))
  .flatMap((e) => {
    const zh = e.aliases.find((a) => /^[\u4e00-\u9fff]{2,3}区$/.test(a));
    return zh ? [{ en: e.name.replace(/ District$/, ''), zh: zh.slice(0, -1) }] : [];
  });

/** Every document in the library so far is about Beijing; a document from elsewhere names its city. */
export const DEFAULT_PLACE: IssuingPlace = { city: 'Beijing' };

/** The place of an issuer's name ("北京市海淀区人民政府", "Daxing District People's Government"). */
export function issuingPlace(issuer: string | undefined): IssuingPlace {
  const place: IssuingPlace = { ...DEFAULT_PLACE };
  if (!issuer) return place;
  const district = DISTRICTS.find((d) => issuer.includes(`${d.zh}区`) || new RegExp(`\\b${d.en}\\s+District\\b`, 'i').test(issuer));
  if (district) place.district = district.en;
  return place;
}
