import { entityName } from '../../db/values.ts';
import { searchTerms, toLuceneQuery } from '../../search/lucene-query.ts';
import { matchingName, sentenceAround } from '../../search/snippet.ts';
import { intInRange, LIMITS, labelFilter, searchText } from '../arguments.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { EntityRow } from './rows.ts';

/**
 * Query.search. Over-long input is refused (BAD_USER_INPUT), not truncated, so nobody is silently shown
 * answers to a different question; input with no words left (e.g. '*', ':(') simply finds nothing.
 */
interface HitRow {
  entity: EntityRow;
  score: number;
  matched: 'name' | 'text';
  /** For a text hit, the sentence that matched: the measure's own, or a task's best-matching measure's. */
  sentence: string | null;
}

function snippet(row: HitRow, terms: string[]): string {
  const entity = row.entity;
  const name = entityName(entity);
  if (row.matched === 'text' && typeof row.sentence === 'string') return sentenceAround(row.sentence, terms);
  const aliases = Array.isArray(entity.aliases) ? entity.aliases.map(String) : [];
  const candidates = [entity.name, entity.title, entity.docNumber, ...aliases].filter((v): v is string => typeof v === 'string');
  return matchingName(candidates, terms, name);
}

/**
 * A search for tasks finds them through their measures (cypher/search-entities.cypher), and a task's best measures
 * may crowd out other tasks': the first try reads this many measures per hit asked for.
 */
const MEASURES_PER_TASK_HIT = 10;

export const searchResolver: NonNullable<QueryResolvers['search']> = async (_, args, ctx) => {
  const text = searchText(args.query);
  const limit = intInRange('limit', args.limit ?? 20, 1, LIMITS.searchLimit);
  const labels = labelFilter(args.labels);
  const lucene = toLuceneQuery(text);
  if (lucene === null) return [];
  const terms = searchTerms(text);
  const tasks = labels?.includes('Task') ?? false;
  const search = (measureLimit: number | null) => ctx.read<HitRow>('search-entities', { lucene, labels, limit, measureLimit });
  let rows = await search(tasks ? limit * MEASURES_PER_TASK_HIT : limit);
  // Short: fewer tasks match than asked for (then few measures do, and reading them all is cheap), or the best
  // measures belonged to too few tasks. Reading every matching measure settles both.
  if (tasks && rows.length < limit) rows = await search(null);
  return rows.map((row) => ({
    id: row.entity.id,
    label: row.entity.label,
    name: entityName(row.entity),
    score: row.score,
    snippet: snippet(row, terms),
    node: row.entity,
  }));
};
