/**
 * User words → a Lucene query for db.index.fulltext.queryNodes. Input is never passed through as syntax:
 * it is cut into words of letters and digits (which also drops punctuation the index's analyzer would
 * drop anyway), each word is escaped, and operators are only ever added here.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
/** Fuzzy matching on short words matches nearly anything ('of~1' → 'or', 'on', 'if'), so it starts at 4. */
const MIN_FUZZY_LENGTH = 4;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene special character; the operator words are lower-cased so they stay plain terms. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(SPECIAL, (char) => `\\${char}`);
  return /^(AND|OR|NOT)$/.test(escaped) ? escaped.toLowerCase() : escaped;
}

export function searchTerms(input: string): string[] {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((word) => word.length > 0))].slice(0, MAX_TERMS);
}

/** `(haidian* OR haidian~1) OR (park* OR park~1)`; null when nothing searchable is left (e.g. '*' or ':('). */
export function toLuceneQuery(input: string): string | null {
  const clauses = searchTerms(input).map((word) => {
    const term = escapeLucene(word);
    return word.length >= MIN_FUZZY_LENGTH ? `(${term}* OR ${term}~1)` : `${term}*`;
  });
  return clauses.length > 0 ? clauses.join(' OR ') : null;
}
