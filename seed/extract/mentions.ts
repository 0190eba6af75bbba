/**
 * Entity mentions in a stretch of policy text: gazetteer names first, pattern discoveries where
 * the gazetteer is silent. A discovery whose name is a known alias resolves to the gazetteer entry,
 * so "Beijing Haidian Park" spelled out in a new document still lands on park:haidian-park.
 */

import { type EntityLabel, entityId } from '../../core/ids.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import { resolveOverlaps } from './entity-matcher.ts';
import type { AgencyLevel, GazetteerEntry, ParkKind } from './gazetteer.ts';
import { DEFAULT_PLACE, type IssuingPlace } from './issuing-place.ts';
import { type Discovery, discoverEntities } from './patterns.ts';
import { isGeneric } from './patterns-en.ts';

export interface Mention {
  id: string;
  label: EntityLabel;
  name: string;
  start: number;
  end: number;
  /** The gazetteer entry, or undefined for a pattern discovery. */
  entry?: GazetteerEntry;
  kind?: ParkKind;
  level?: AgencyLevel;
}

const fromEntry = (entry: GazetteerEntry, start: number, end: number): Mention => {
  const m: Mention = { id: entry.id, label: entry.label, name: entry.name, start, end, entry };
  if (entry.kind) m.kind = entry.kind;
  if (entry.level) m.level = entry.level;
  return m;
};

/** Leading "Beijing"/"China (Beijing)" is dropped from discovered park names when a specific name remains. */
function canonicalName(name: string): string {
  const stripped = name.replace(/^(?:China\s+)?\(?Beijing\)?\s+/, '');
  return stripped !== name && stripped.split(/\s+/).length >= 2 ? stripped : name;
}

// "district finance arranges …": the district finance bureau, not the finance industry.
const OFFICE_BEFORE = /(?:district|municipal)\s+$/i;
const OFFICE_AFTER = /^\s+(?:bureau|department|commission|office)\b/i;

/**
 * "National Digital Trade Demonstration Zone": generic words around an industry name describe a type of zone
 * that many places may hold, not one place; the industry is the mention there.
 */
function isZoneType(matcher: EntityMatcher, text: string, d: Discovery): boolean {
  let rest = text.slice(d.start, d.end);
  const industries = matcher.find(text, d.start, d.end).filter((m) => m.entry.label === 'Industry');
  if (industries.length === 0) return false;
  for (const m of industries.reverse()) rest = rest.slice(0, m.start - d.start) + rest.slice(m.end - d.start);
  return isGeneric(rest.split(/[\s]+/).filter(Boolean));
}

/**
 * Every entity mention in text[from, to). `place` is the issuing government's (see issuingPlace), so that
 * 市商务局 or "District Finance Bureau" resolve to its city's or district's office.
 */
export function findMentions(
  matcher: EntityMatcher,
  text: string,
  from: number,
  to: number,
  place: IssuingPlace = DEFAULT_PLACE,
): Mention[] {
  const matches = matcher.find(text, from, to);
  const known = matches
    .filter(
      (m) =>
        m.entry.label !== 'Industry' ||
        !(OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || OFFICE_AFTER.test(text.slice(m.end, m.end + 12))),
    )
    .map((m) => fromEntry(m.entry, m.start, m.end));
  const overlapsKnown = (d: Discovery) => matches.some((m) => m.start < d.end && d.start < m.end);
  const discovered = discoverEntities(text, from, to, place)
    .filter((d) => !(d.yieldsToGazetteer && overlapsKnown(d)) && !(d.label === 'Park' && isZoneType(matcher, text, d)))
    .map((d) => ({ start: d.start, end: d.end, mention: d.blockOnly ? undefined : resolve(matcher, d) }));
  // Gazetteer matches are listed first so they win ties of equal span; a generic name only hides what it holds.
  return resolveOverlaps([...known.map((m) => ({ start: m.start, end: m.end, mention: m })), ...discovered]).flatMap((c) =>
    c.mention ? [c.mention] : [],
  );
}

/** A discovery as a mention: the gazetteer entry its name's key finds, else a new entity of that name. */
function resolve(matcher: EntityMatcher, d: Discovery): Mention {
  // Only place names shed a leading "Beijing"; for agencies it is part of the name.
  const name = d.label === 'Park' ? canonicalName(d.name) : d.name;
  const entry = matcher.lookup(d.name, d.label) ?? matcher.lookup(name, d.label);
  if (entry) return fromEntry(entry, d.start, d.end);
  const m: Mention = { id: entityId(d.label, name), label: d.label, name, start: d.start, end: d.end };
  if (d.kind) m.kind = d.kind;
  if (d.label === 'Agency')
    m.level = d.level ?? (/District/.test(name) ? 'district' : /Beijing|Municipal/.test(name) ? 'municipal' : 'national');
  return m;
}
