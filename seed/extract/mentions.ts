/**
 * Entity mentions in a stretch of policy text: gazetteer names first, pattern discoveries where
 * the gazetteer is silent. A discovery whose name is a known alias resolves to the gazetteer entry,
 * so "Beijing Haidian Park" spelled out in a new document still lands on park:haidian-park.
 */

import { type EntityLabel, entityId } from '../../core/ids.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import { resolveOverlaps } from './entity-matcher.ts';
import type { AgencyLevel, GazetteerEntry, ParkKind } from './gazetteer.ts';
import { discoverEntities } from './patterns.ts';

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

export function findMentions(matcher: EntityMatcher, text: string, from: number, to: number): Mention[] {
  const known = matcher.find(text, from, to).map((m) => fromEntry(m.entry, m.start, m.end));
  const discovered = discoverEntities(text, from, to).map((d): Mention => {
    // Only place names shed a leading "Beijing"; for agencies it is part of the name.
    const name = d.label === 'Park' ? canonicalName(d.name) : d.name;
    const entry = matcher.lookup(d.name) ?? matcher.lookup(name);
    if (entry) return fromEntry(entry, d.start, d.end);
    const m: Mention = { id: entityId(d.label, name), label: d.label, name, start: d.start, end: d.end };
    if (d.kind) m.kind = d.kind;
    if (d.label === 'Agency') m.level = /Beijing|Municipal|Municipality|District/.test(d.name) ? 'municipal' : 'national';
    return m;
  });
  // Gazetteer matches are listed first so they win ties of equal span.
  return resolveOverlaps([...known, ...discovered]);
}
