import { LANGUAGES } from '../../core/graph-contract.ts';
import { badUserInput } from '../errors.ts';
import { intInRange, LIMITS } from './arguments.ts';
import type { DocumentFilter } from './generated/resolvers-types.ts';

/**
 * Query.documents' `filter`, checked once and turned into the parameters of cypher/list-documents.cypher and
 * cypher/count-document-facets.cypher. Every key is always present (null = any), because a Cypher parameter
 * that is missing is an error, not a null.
 */
export type DocumentFilterParams = {
  yearFrom: number | null;
  yearTo: number | null;
  issuer: string | null;
  series: string | null;
  language: string | null;
  held: boolean | null;
  text: string | null;
};

const YEARS = { min: 1000, max: 9999 } as const;

function year(name: string, value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : intInRange(`filter.${name}`, value, YEARS.min, YEARS.max);
}

function length(name: string, value: string): string {
  if (value.length > LIMITS.queryLength) {
    throw badUserInput(`filter.${name} must be at most ${LIMITS.queryLength} characters (got ${value.length}); shorten it.`);
  }
  return value;
}

/** An issuer or series is compared whole, so a blank one could only ever match nothing: refused as a likely mistake. */
function name(field: 'issuer' | 'series', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = length(field, value).trim();
  if (trimmed === '') throw badUserInput(`filter.${field} must not be blank; leave it out to keep every ${field}.`);
  return trimmed;
}

export function documentFilter(filter: DocumentFilter | null | undefined): DocumentFilterParams {
  const yearFrom = year('yearFrom', filter?.yearFrom);
  const yearTo = year('yearTo', filter?.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw badUserInput(`filter.yearFrom (${yearFrom}) is after filter.yearTo (${yearTo}); swap them.`);
  }
  const language = filter?.language ?? null;
  if (language !== null && !(LANGUAGES as readonly string[]).includes(language)) {
    throw badUserInput(`filter.language must be ${LANGUAGES.join(' or ')} (got "${language}").`);
  }
  // A search box that was emptied sends "": every title contains it, so it keeps every document, as documented.
  const rawText = filter?.text;
  const text = rawText === null || rawText === undefined ? null : length('text', rawText).trim() || null;
  return {
    yearFrom,
    yearTo,
    issuer: name('issuer', filter?.issuer),
    series: name('series', filter?.series),
    language,
    held: filter?.held ?? null,
    text,
  };
}
