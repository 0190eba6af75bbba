import { isNodeLabel, NODE_LABELS, type NodeLabel, VIAS, type Via } from '../../core/graph-contract.ts';
import { encodeLibraryParams, type LibraryUrlState } from './library-url.ts';
import type { Lens, YearRange } from './store.ts';

/**
 * What a shared link restores: the selected node, the lens, the timeline's year range and the hidden labels.
 * The lens is `lens` (a park), `industry` and `agency` (any of them, several meaning their intersection) with its
 * filters `lens-issuer`, `lens-doc` and `lens-via`. Both park toggles default to on (the fullest answer), so only
 * switching one off shows in the link.
 * Pure: the caller reads and writes `location`. Unknown or malformed parameters are dropped,
 * so an old or hand-edited link still opens the explorer. The library's part of the link (view, document, list
 * filters) is library-url.ts's; encodeUrlState writes it when given, between the years and the hidden labels.
 */
export interface UrlState {
  selection: string | null;
  lens: Lens | null;
  years: YearRange | null;
  hidden: NodeLabel[];
}

const MAX_ID = 300;

/** Years outside 1000–9999 are not years a document carries; such a bound is dropped like any malformed one. */
function cleanYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= 1000 ? year : null;
}

function decodeYears(params: URLSearchParams): YearRange | null {
  let from = cleanYear(params.get('from'));
  let to = cleanYear(params.get('to'));
  if (from === null && to === null) return null;
  // A hand-edited link with the bounds crossed still means the years between them.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { from, to };
}

function cleanId(value: string | null): string | null {
  if (value === null) return null;
  const id = value.trim();
  return id.length > 0 && id.length <= MAX_ID ? id : null;
}

function decodeLens(params: URLSearchParams): Lens | null {
  const parkId = cleanId(params.get('lens'));
  const industryId = cleanId(params.get('industry'));
  const agencyId = cleanId(params.get('agency'));
  if (!parkId && !industryId && !agencyId) return null;
  const lens: Lens = { parkId, subParks: params.get('sub') !== '0', parentZones: params.get('parent') !== '0' };
  // Only what the link names is set, so a park-only link decodes to exactly the lens it always did.
  if (industryId) lens.industryId = industryId;
  if (agencyId) lens.agencyId = agencyId;
  const issuer = cleanId(params.get('lens-issuer'));
  if (issuer) lens.issuer = issuer;
  const documentId = cleanId(params.get('lens-doc'));
  if (documentId) lens.documentId = documentId;
  const via = params.get('lens-via');
  // A path to a park filters nothing without a park, so such a via is dropped like any malformed one.
  if (parkId && via && (VIAS as readonly string[]).includes(via)) lens.via = via as Via;
  return lens;
}

export function encodeUrlState(state: UrlState, library?: LibraryUrlState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set('node', state.selection);
  if (state.lens) {
    const lens = state.lens;
    if (lens.parkId) params.set('lens', lens.parkId);
    if (lens.industryId) params.set('industry', lens.industryId);
    if (lens.agencyId) params.set('agency', lens.agencyId);
    if (!lens.subParks) params.set('sub', '0');
    if (!lens.parentZones) params.set('parent', '0');
    if (lens.issuer) params.set('lens-issuer', lens.issuer);
    if (lens.documentId) params.set('lens-doc', lens.documentId);
    if (lens.via) params.set('lens-via', lens.via);
  }
  if (state.years?.from != null) params.set('from', String(state.years.from));
  if (state.years?.to != null) params.set('to', String(state.years.to));
  if (library) encodeLibraryParams(params, library);
  // Canonical order keeps equal states equal as strings (so history is not spammed with duplicates).
  const hidden = NODE_LABELS.filter((label) => state.hidden.includes(label));
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const hiddenRaw = (params.get('hide') ?? '').split(',').map((part) => part.trim());
  return {
    selection: cleanId(params.get('node')),
    lens: decodeLens(params),
    years: decodeYears(params),
    hidden: NODE_LABELS.filter((label) => hiddenRaw.includes(label) && isNodeLabel(label)),
  };
}
