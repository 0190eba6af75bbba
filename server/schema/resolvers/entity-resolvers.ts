import { NODE_LABELS } from '../../../core/graph-contract.ts';
import { entityName } from '../../db/values.ts';
import { page } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { column, related } from './related.ts';

/** Relationship fields of every entity type, both directions; each is one batched query per level. */
type Row = { label?: unknown } & Record<string, unknown>;
type PageArgs = { limit?: number | null; offset?: number | null };

const measurePage = related<PageArgs>(
  'list-entity-measures',
  (row) => (row ? { totalCount: row.totalCount, items: row.items } : { totalCount: 0, items: [] }),
  (args) => ({ ...page(args) }),
);
const measureLinks = (key: string) => related('list-measure-links', column(key, []));
const citations = (key: string) => related('list-document-citations', column(key, []));

/** Text left out of a row (`text: null` in the query) is fetched on demand, batched per level. */
const loadText = related('get-entity-texts', column('text'));
const textOnDemand = (row: Row & { id: string }, args: Record<string, never>, ctx: ApiContext) =>
  typeof row.text === 'string' ? row.text : loadText(row, args, ctx);

const names = Object.fromEntries(NODE_LABELS.map((label) => [label, { name: (row: Row) => entityName(row) }]));

export const entityResolvers = {
  Entity: {
    __resolveType: (row: Row) => String(row.label),
  },
  Document: {
    ...names.Document,
    text: loadText,
    categories: related('list-document-categories', column('categories', [])),
    cites: citations('cites'),
    citedBy: citations('citedBy'),
    issuedBy: related('list-document-issuers', column('agencies', [])),
  },
  Category: {
    ...names.Category,
    document: related('get-category-documents', column('document')),
    tasks: related('list-category-tasks', column('tasks', [])),
  },
  Task: {
    ...names.Task,
    text: textOnDemand,
    category: related('get-task-categories', column('category')),
    measures: related('list-task-measures', column('measures', [])),
  },
  Measure: {
    ...names.Measure,
    task: related('get-measure-tasks', column('task')),
    parks: measureLinks('parks'),
    industries: measureLinks('industries'),
    agencies: measureLinks('agencies'),
  },
  Park: {
    ...names.Park,
    parent: related('get-park-parents', column('parent')),
    subParks: related('list-sub-parks', column('parks', [])),
    measures: measurePage,
  },
  Industry: { ...names.Industry, measures: measurePage },
  Agency: {
    ...names.Agency,
    measures: measurePage,
    documents: related('list-agency-documents', column('documents', [])),
  },
};
