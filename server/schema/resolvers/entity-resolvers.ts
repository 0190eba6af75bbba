import { NODE_LABELS } from '../../../core/graph-contract.ts';
import { entityName } from '../../db/values.ts';
import { page } from '../arguments.ts';
import type { ParkMeasuresArgs, Resolvers, ResolversParentTypes } from '../generated/resolvers-types.ts';
import { documentText } from './document-text.ts';
import { column, related } from './related.ts';
import type { EntityRow } from './rows.ts';
import { taskText } from './task-text.ts';

/** Relationship fields of every entity type, both directions; each is one batched query per level. */
type MeasureLinkPage = ResolversParentTypes['MeasureLinkPage'];
type Link<Key extends 'ParkLink' | 'IndustryLink' | 'AgencyLink' | 'Citation' | 'TaskTranslation' | 'MeasureTranslation'> =
  ResolversParentTypes[Key];

const measurePage = related<MeasureLinkPage, ParkMeasuresArgs>(
  'list-entity-measures',
  (row) => (row ? ({ totalCount: row.totalCount, items: row.items } as MeasureLinkPage) : { totalCount: 0, items: [] }),
  (args) => ({ ...page(args) }),
);
const measureLinks = <Key extends 'ParkLink' | 'IndustryLink' | 'AgencyLink'>(key: string) =>
  related('list-measure-links', column<Link<Key>[]>(key, []));
const citations = (key: string) => related('list-document-citations', column<Link<'Citation'>[]>(key, []));
const versions = <T>(key: string, empty: T) => related('list-document-versions', column<T>(key, empty));
const translations = <Key extends 'TaskTranslation' | 'MeasureTranslation'>(query: string) =>
  related(query, column<Link<Key>[]>('translations', []));
const entities = (query: string, key: string) => related(query, column<EntityRow[]>(key, []));
const entity = (query: string, key: string) => related(query, column<EntityRow | null>(key, null));

const names = Object.fromEntries(NODE_LABELS.map((label) => [label, { name: (row: EntityRow) => entityName(row) }]));

export const entityResolvers = {
  Entity: {
    __resolveType: (row) => row.label as (typeof NODE_LABELS)[number],
  },
  Document: {
    ...names.Document,
    // Left out of a document's rows (`text: null` in the queries), fetched only when asked for.
    text: (row, _, ctx) => documentText(ctx, row.id),
    categories: entities('list-document-categories', 'categories'),
    cites: citations('cites'),
    citedBy: citations('citedBy'),
    issuedBy: entities('list-document-issuers', 'agencies'),
    // Documents seeded before salutations were read have no `addressees` property: none known.
    addressees: (row) => (row.addressees as string[] | null | undefined) ?? [],
    addressedTo: entities('list-document-addressees', 'agencies'),
    versions: versions<EntityRow[]>('versions', []),
    versionOf: versions<EntityRow | null>('versionOf', null),
  },
  Category: {
    ...names.Category,
    document: entity('get-category-documents', 'document'),
    tasks: entities('list-category-tasks', 'tasks'),
  },
  Task: {
    ...names.Task,
    text: taskText,
    category: entity('get-task-categories', 'category'),
    measures: entities('list-task-measures', 'measures'),
    translations: translations<'TaskTranslation'>('list-task-translations'),
  },
  Measure: {
    ...names.Measure,
    task: entity('get-measure-tasks', 'task'),
    parks: measureLinks<'ParkLink'>('parks'),
    industries: measureLinks<'IndustryLink'>('industries'),
    agencies: measureLinks<'AgencyLink'>('agencies'),
    translations: translations<'MeasureTranslation'>('list-measure-translations'),
  },
  Park: {
    ...names.Park,
    parent: entity('get-park-parents', 'parent'),
    subParks: entities('list-sub-parks', 'parks'),
    measures: measurePage,
  },
  Industry: { ...names.Industry, measures: measurePage },
  Agency: {
    ...names.Agency,
    measures: measurePage,
    documents: entities('list-agency-documents', 'documents'),
    addressedBy: entities('list-agency-addressed-documents', 'documents'),
  },
} satisfies Resolvers;
