import { VIAS } from '../../core/graph-contract.ts';
import { badUserInput } from '../errors.ts';
import { atLeastOne, openRange } from './arguments.ts';
import type { LensFilter, Maybe } from './generated/resolvers-types.ts';

/** The arguments every lens question takes (Query.lens, Query.lensTasks), so both refuse the same input alike. */
export type LensArgs = {
  parkId?: Maybe<string>;
  industryId?: Maybe<string>;
  agencyId?: Maybe<string>;
  filter?: Maybe<LensFilter>;
};

const IDS = ['parkId', 'industryId', 'agencyId'] as const;

/**
 * The lens's ids and filter as $params: every key present, null for "any", so every lens query sees the same
 * shape. Throws BAD_USER_INPUT for no id, crossed years, an empty via list, or via without a park.
 */
export function lensParams(args: LensArgs): Record<string, unknown> {
  atLeastOne(args, IDS);
  const filter: LensFilter = args.filter ?? {};
  openRange(['yearFrom', filter.yearFrom], ['yearTo', filter.yearTo]);
  const via = filter.via ?? null;
  if (via !== null && via.length === 0) throw badUserInput(`via must name at least one of ${VIAS.join(', ')}; leave it out for all.`);
  if (via !== null && (args.parkId === null || args.parkId === undefined)) {
    throw badUserInput('via filters the paths to a park; give parkId too, or leave via out.');
  }
  return {
    parkId: args.parkId ?? null,
    industryId: args.industryId ?? null,
    agencyId: args.agencyId ?? null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    issuer: filter.issuer ?? null,
    documentId: filter.documentId ?? null,
    via: via === null ? null : [...new Set(via)],
  };
}
