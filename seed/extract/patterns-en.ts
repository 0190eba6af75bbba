/**
 * English discovery rules for entities the gazetteer does not know yet: capitalised names ending in
 * "Park", "Zone", "Science City"…; "Ministry of …", "State Administration of …", "… Commission
 * of …", "… People's Government"; and industries listed as "industries such as A, B and C" or "A, B and
 * other fields". They are deliberately conservative: a missed entity costs less than a fake one linked to measures.
 */
import type { Discovery } from './discovery.ts';
import type { ParkKind } from './gazetteer.ts';
import type { IssuingPlace } from './issuing-place.ts';

// Names never run across a line break: a heading followed by the document number is two things.
const SP = String.raw`[^\S\n]+`;
const CAP = String.raw`(?:[A-Z][A-Za-z0-9'’-]*|\([A-Z][A-Za-z]*\))`;
// Names are at most a dozen words; an unbounded run made every word of a long capitalised line a match
// start that scanned to its end (quadratic; found by fuzzing).
const RUN = `${CAP}(?:${SP}(?:(?:and|of|for|&)${SP})?${CAP}){0,15}`;
const PARK_KEYWORDS: Record<string, ParkKind> = {
  'Science City': 'science city',
  Park: 'park',
  Zone: 'zone',
  Area: 'zone',
  Base: 'base',
  District: 'district',
  Street: 'street',
  Airport: 'airport',
};
const KEYWORD = Object.keys(PARK_KEYWORDS).join('|');
const PARK = new RegExp(`(?<![A-Za-z])${RUN}${SP}(?:${KEYWORD})(?![A-Za-z])`, 'g');
const AGENCY = new RegExp(
  `(?<![A-Za-z])(?:(?:Ministry|State Administration|General Administration|National Administration)${SP}(?:of|for)${SP}${RUN}|${RUN}${SP}(?:Commission|Bureau|Administration|People's Government)(?:${SP}(?:of|for)${SP}${RUN})?)`,
  'g',
);
// Lists are bounded (300 characters) for the same reason as RUN: every 'of'/'in' of a long sentence starts a match.
const INDUSTRY_LISTS = [
  /(?:industries|fields|sectors)\s+such\s+as\s+([^.;:()]{1,300}?)(?=,?\s*etc\b|[.;:()]|\s+and\s+other\b|,\s+(?:and|which|so|to|in order)\b)/g,
  /(?:\b(?:of|in|for|on|including)\s+)([^.;:()]{1,300}?)\s+and\s+other\s+(?:fields|industries|sectors)\b/g,
];

// What each rule cannot match without: a place keyword after a blank, an agency's head word, "and other fields". Checking
// for it first spares the rule's scan (every capitalised word, every "of"/"in" starts one) of stretches that lack it.
const PARK_NEEDS = new RegExp(`${SP}(?:${KEYWORD})(?![A-Za-z])`);
const AGENCY_NEEDS = /Ministry|Administration|Commission|Bureau|People's Government/;
const OTHER_FIELDS_NEEDS = /\sand\s+other\s+(?:fields|industries|sectors)\b/;

// Sentence-initial verbs and function words that are capitalised but never part of a name.
const LEADING_NOISE = new Set(
  'a an the and of for in at on to by with from we our this its all each both also support build promote encourage explore rely relying based take taking establish create develop accelerate improve strengthen expand deepen optimize optimise implement set carry focus guide allow give study research'.split(
    ' ',
  ),
);
// Words that alone describe a kind of zone rather than name one ("Free Trade Zone").
const GENERIC = new Set(
  'world-leading world-class leading first-class free trade pilot industrial industry science technology technological high-tech high-end hi-tech economic development demonstration zone park base city area district street airport international national comprehensive innovation cooperation new special bonded customs software financial business cultural service services key and of for the & logistics experimental'.split(
    ' ',
  ),
);
const INDUSTRY_NOISE = new Set(['other', 'related', 'relevant', 'key', 'specific', 'service', 'services', 'etc', 'financial', 'new']);

export const isGeneric = (words: string[]) => words.every((w) => GENERIC.has(w.toLowerCase()));

/** Splits "Haidian Park and Changping Park" / "Ministry of A and Ministry of B" into separate names. */
function pieces(text: string, offset: number, splitter: RegExp): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(splitter)) {
    out.push({ text: text.slice(last, m.index), start: offset + last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: offset + last });
  return out;
}

/** Drops leading noise words; returns undefined when nothing name-like remains. */
function clean(text: string, start: number): { name: string; start: number; end: number } | undefined {
  const words = [...text.matchAll(/\S+/g)];
  let i = 0;
  while (i < words.length && LEADING_NOISE.has(words[i]![0].toLowerCase())) i++;
  const kept = words.slice(i);
  if (kept.length < 2) return undefined;
  const from = start + kept[0]!.index;
  const to = start + kept[kept.length - 1]!.index + kept[kept.length - 1]![0].length;
  return { name: kept.map((w) => w[0]).join(' '), start: from, end: to };
}

function discoverParks(text: string, from: number, to: number): Discovery[] {
  const out: Discovery[] = [];
  const slice = text.slice(from, to);
  if (!PARK_NEEDS.test(slice)) return out;
  const splitter = new RegExp(String.raw`(?<=\b(?:${KEYWORD}))\s+(?:and|of|&)\s+`, 'g');
  for (const m of slice.matchAll(PARK)) {
    for (const piece of pieces(m[0], from + m.index, splitter)) {
      const c = clean(piece.text, piece.start);
      const keyword = c && Object.keys(PARK_KEYWORDS).find((k) => c.name.endsWith(` ${k}`));
      if (!c || !keyword || isGeneric(c.name.split(/\s+/))) continue;
      // "Development of Shougang Park": what precedes the last "of" names no place, so it is not part of the name.
      const of = /^(.*)\s(?:of|for)\s/.exec(c.name);
      const cut = of && !new RegExp(`\\b(?:${KEYWORD})\\b`).test(of[1]!) ? of[0].length : 0;
      if (cut && (c.name.slice(cut).split(/\s+/).length < 2 || isGeneric(c.name.slice(cut).split(/\s+/)))) continue;
      out.push({ label: 'Park', name: c.name.slice(cut), start: c.start + cut, end: c.end, kind: PARK_KEYWORDS[keyword]! });
    }
  }
  return out;
}

// A name that says whose agency it is; "the Commerce and Finance Bureau" alone could be any zone's.
const QUALIFIED = /\b(?:Beijing|Municipal|Municipality|District|State|National|China|Chinese|Ministry|Central|General|People's)\b/;

/** "Municipal Finance Bureau" / "District Finance Bureau" are the issuing city's / district's. */
function resolveRelative(name: string, place: IssuingPlace): string | undefined {
  if (/^Municipal\s/.test(name)) return place.city ? `${place.city} ${name}` : undefined;
  if (/^District\s/.test(name)) return place.district ? `${place.district} ${name}` : undefined;
  return name;
}

function discoverAgencies(text: string, from: number, to: number, place: IssuingPlace): Discovery[] {
  const out: Discovery[] = [];
  const slice = text.slice(from, to);
  if (!AGENCY_NEEDS.test(slice)) return out;
  const splitter = /\s+(?:and|&)\s+(?=(?:Ministry|State|National|General|Beijing|China)\b)/g;
  for (const m of slice.matchAll(AGENCY)) {
    for (const piece of pieces(m[0], from + m.index, splitter)) {
      const c = clean(piece.text, piece.start);
      if (!c || !new RegExp(`^(?:${AGENCY.source})$`).test(c.name)) continue;
      const name = QUALIFIED.test(c.name) ? resolveRelative(c.name, place) : undefined;
      const agency: Discovery = { label: 'Agency', name: name ?? c.name, start: c.start, end: c.end };
      if (!name) agency.blockOnly = true;
      out.push(agency);
    }
  }
  return out;
}

function discoverIndustries(text: string, from: number, to: number): Discovery[] {
  const out: Discovery[] = [];
  const slice = text.slice(from, to);
  for (const re of INDUSTRY_LISTS) {
    if (re === INDUSTRY_LISTS[1] && !OTHER_FIELDS_NEEDS.test(slice)) continue;
    for (const m of slice.matchAll(re)) {
      // Keep only what follows the last preposition: "R & D of A, B and other fields" lists A and B.
      const lead = /^.*\b(?:of|in|for|on|including|like)\s+/s.exec(m[1]!)?.[0].length ?? 0;
      const list = m[1]!.slice(lead);
      const listStart = from + m.index + m[0].indexOf(m[1]!) + lead;
      const items = [...list.matchAll(/[^,，、]+/g)];
      items.forEach((item, n) => {
        // "A, B and C": only the last comma item is a pair; "game and animation copyright" mid-list is one item.
        const splitter = n === items.length - 1 ? /\s+and\s+/g : /$^/g;
        for (const part of pieces(item[0], listStart + item.index, splitter)) {
          const lead = part.text.length - part.text.trimStart().length;
          const name = part.text.trim().replace(/^(?:the|advanced|other)\s+/i, '');
          const start = part.start + lead + (part.text.trim().length - name.length);
          const words = name.split(/\s+/);
          if (!name || words.length > 4 || !/^[A-Za-z][A-Za-z -]*$/.test(name) || INDUSTRY_NOISE.has(name.toLowerCase())) continue;
          out.push({ label: 'Industry', name, start, end: start + name.length });
        }
      });
    }
  }
  return out;
}

/** English discoveries in text[from, to); `place` resolves "Municipal …" / "District …" agencies. Overlaps are left to the caller. */
// Every English rule needs a Latin letter (a capital, or "industries"/"fields"/"sectors"); a Chinese stretch skips them.
const LATIN = /[A-Za-z]/;

export function discoverEnglish(text: string, from: number, to: number, place: IssuingPlace): Discovery[] {
  if (!LATIN.test(text.slice(from, to))) return [];
  return [...discoverParks(text, from, to), ...discoverAgencies(text, from, to, place), ...discoverIndustries(text, from, to)];
}
