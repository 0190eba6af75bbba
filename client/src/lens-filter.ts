import { VIAS, type Via } from '../../core/graph-contract.ts';
import type { LensFilter } from './generated/graphql.ts';
import type { Lens, YearRange } from './store.ts';

/** The lens question as the API's arguments: the ids asked about and the filter, from the lens and the shared years. Pure. */
/** The ids asked about, in the API's argument names; null for those not asked. */
export function lensIds(lens: Lens): { parkId: string | null; industryId: string | null; agencyId: string | null } {
  return { parkId: lens.parkId ?? null, industryId: lens.industryId ?? null, agencyId: lens.agencyId ?? null };
}

/**
 * The paths to the park that count: the two toggles decide whether sub-parks and parent zones do, `via` narrows to
 * one path. null means all (no filter); [] means none can, so the answer is empty without asking.
 */
export function lensVias(lens: Lens): Via[] | null {
  if (!lens.parkId) return null;
  const allowed = VIAS.filter(
    (via) => (via !== 'SUB_PARK' || lens.subParks) && (via !== 'PARENT_ZONE' || lens.parentZones) && (!lens.via || via === lens.via),
  );
  return allowed.length === VIAS.length ? null : allowed;
}

export function lensFilter(lens: Lens, years: YearRange | null, documentId?: string): LensFilter {
  const filter: LensFilter = {};
  if (years?.from != null) filter.yearFrom = years.from;
  if (years?.to != null) filter.yearTo = years.to;
  if (lens.issuer) filter.issuer = lens.issuer;
  const document = documentId ?? lens.documentId;
  if (document) filter.documentId = document;
  const via = lensVias(lens);
  if (via) filter.via = via;
  return filter;
}
