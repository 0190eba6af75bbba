/**
 * Curated entities (data in ./gazetteer/*.json). Loading validates the data once, so a typo in a
 * `partOf` id or an alias claimed by two entities fails at start-up instead of mislinking measures.
 */

import { type EntityLabel, entityId } from '../../core/ids.ts';
import agencyData from '../gazetteer/agencies.json' with { type: 'json' };
import industryData from '../gazetteer/industries.json' with { type: 'json' };
import parkData from '../gazetteer/parks.json' with { type: 'json' };

export const PARK_KINDS = ['park', 'zone', 'science city', 'base', 'airport', 'street', 'district'] as const;
export type ParkKind = (typeof PARK_KINDS)[number];
export const AGENCY_LEVELS = ['national', 'municipal', 'district'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export interface GazetteerEntry {
  id: string;
  label: EntityLabel;
  name: string;
  /** Every other spelling (English and Chinese), canonical name excluded. */
  aliases: string[];
  kind?: ParkKind;
  level?: AgencyLevel;
  /** Parent park id, parks only. */
  partOf?: string;
}

interface RawEntry {
  name: string;
  aliases: string[];
  kind?: string;
  level?: string;
  partOf?: string;
}

function load(label: EntityLabel, raw: RawEntry[]): GazetteerEntry[] {
  return raw.map((r) => {
    const entry: GazetteerEntry = {
      id: entityId(label, r.name),
      label,
      name: r.name,
      aliases: [...new Set(r.aliases)].filter((a) => a !== r.name).sort(),
    };
    if (label === 'Park') {
      if (!PARK_KINDS.includes(r.kind as ParkKind))
        throw new Error(`Gazetteer park "${r.name}" has unknown kind "${r.kind}"; use one of ${PARK_KINDS.join(', ')}.`);
      entry.kind = r.kind as ParkKind;
      if (r.partOf) entry.partOf = r.partOf;
    }
    if (label === 'Agency') {
      if (!AGENCY_LEVELS.includes(r.level as AgencyLevel))
        throw new Error(`Gazetteer agency "${r.name}" has level "${r.level}"; use one of ${AGENCY_LEVELS.join(', ')}.`);
      entry.level = r.level as AgencyLevel;
    }
    return entry;
  });
}

function validate(entries: GazetteerEntry[]): void {
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`Gazetteer id ${e.id} is defined twice; merge the two entries.`);
    ids.add(e.id);
  }
  for (const e of entries) {
    if (e.partOf && !ids.has(e.partOf))
      throw new Error(`Gazetteer park ${e.id} is partOf unknown ${e.partOf}; fix the id in seed/gazetteer/parks.json.`);
  }
}

export const gazetteer: readonly GazetteerEntry[] = (() => {
  const entries = [
    ...load('Park', parkData as RawEntry[]),
    ...load('Agency', agencyData as RawEntry[]),
    ...load('Industry', industryData as RawEntry[]),
  ];
  validate(entries);
  return entries;
})();

export const gazetteerById: ReadonlyMap<string, GazetteerEntry> = new Map(gazetteer.map((e) => [e.id, e]));
