import { h } from '../dom.ts';
import { VIA_TEXT } from '../labels.ts';
import type { LensActions } from '../lens-actions.ts';
import type { LensAnswer, LensRow, LensSubject } from '../lens-answer.ts';
import { ROWS_PAGE } from '../lens-answer.ts';
import { type DocumentGroup, lensGroups, plural } from '../lens-groups.ts';
import { findMentions, markRuns } from '../text-marks.ts';
import { truncate } from '../to-elements.ts';

/**
 * The lens answer as a list: documents → tasks → measures, a count at each level, and buttons that say how much
 * more there is. A row shows its measure (mentions marked), how it reaches a park, and the evidence sentence of
 * each link asked about where that sentence is not the measure itself; the chosen row also shows its translation.
 */
export interface ListContext {
  answer: LensAnswer;
  selection: string | null;
  select(id: string): void;
  lens: Pick<LensActions, 'openDocument' | 'closeDocument' | 'moreRows' | 'moreDocuments'>;
}

const namesOf = (e: { name: string; aliases?: string[] | null }) => [e.name, ...(e.aliases ?? [])];

function marked(tag: 'span' | 'p', cls: string, text: string, names: string[], lang?: string) {
  const runs = markRuns(text, 0, findMentions(text, names));
  return h(
    tag,
    { class: cls, lang: lang ?? null },
    runs.map((run) => (run.marked ? h('mark', {}, run.text) : run.text)),
  );
}

function evidenceLines(row: LensRow, subjects: LensSubject[], names: string[]) {
  const text = row.measure.text ?? '';
  const links = [
    ['Park', row.parkEvidence],
    ['Industry', row.industryEvidence],
    ['Agency', row.agencyEvidence],
  ] as const;
  return links
    .filter(([label, evidence]) => subjects.some((s) => s.label === label) && evidence?.sentence && evidence.sentence !== text)
    .map(([label, evidence]) =>
      h('span', { class: 'evidence', 'data-evidence': label }, `${label}: `, marked('span', '', evidence!.sentence!, names)),
    );
}

function row(r: LensRow, ctx: ListContext, names: string[]) {
  const current = ctx.selection === r.measure.id;
  const text = r.measure.text ?? r.measure.name;
  const zone = r.via === 'SUB_PARK' || r.via === 'PARENT_ZONE';
  const rowNames = r.park ? [...names, ...namesOf(r.park)] : names;
  const translation = current ? r.measure.translations[0] : undefined;
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        'data-id': r.measure.id,
        'data-task': r.task.number ?? '',
        'data-via': r.via ?? null,
        'aria-current': current ? 'true' : null,
        title: r.via ? `${VIA_TEXT[r.via]}${r.alsoVia?.length ? ` (also ${r.alsoVia.join(', ')})` : ''}` : null,
        onclick: () => ctx.select(r.measure.id),
      },
      h('span', { class: 'task' }, `${r.task.number ?? '?'}.${r.measure.order ?? ''}`),
      r.via && h('span', { class: `via via-${r.via}` }, r.via),
      zone && r.park ? h('span', { class: 'muted' }, truncate(r.park.name, 28)) : null,
      marked('span', `text${current ? '' : ' clamped'}`, text, rowNames),
      evidenceLines(r, ctx.answer.subjects, rowNames),
      translation?.measure.text && marked('span', 'translation', translation.measure.text, rowNames, translation.language),
    ),
  );
}

function documentGroup(group: DocumentGroup, ctx: ListContext, names: string[], small: boolean) {
  const d = group.document;
  const heading = [
    h('span', { class: 'doc-number' }, d.docNumber ?? d.name),
    d.year != null && h('span', { class: 'muted' }, ` · ${d.year}`),
    // A number's Chinese original and English translation are two documents of the answer: the language tells them apart.
    d.language &&
      h('span', { class: 'muted', lang: d.language }, ` · ${d.language === 'zh' ? '中文' : d.language === 'en' ? 'English' : d.language}`),
    h('span', { class: 'count' }, ` · ${plural(group.count, 'measure')}`),
  ];
  const toggle = small
    ? h('h3', { class: 'doc-heading', title: d.title ?? d.name }, heading)
    : h(
        'button',
        {
          type: 'button',
          class: 'doc-toggle',
          'data-action': 'toggle-document',
          'aria-expanded': String(group.open),
          title: d.title ?? d.name,
          onclick: () => (group.open ? ctx.lens.closeDocument(d.id) : void ctx.lens.openDocument(d.id)),
        },
        heading,
      );
  return h(
    'li',
    { class: 'doc-group', 'data-document': d.id },
    toggle,
    group.open &&
      h(
        'ol',
        {},
        group.tasks.map((t) =>
          h(
            'li',
            { class: 'task-group', 'data-task': t.task.number ?? '' },
            h(
              'h3',
              {},
              h('button', { type: 'button', class: 'linkish', onclick: () => ctx.select(t.task.id) }, `Task ${t.task.number ?? '?'}`),
              ` · ${truncate(t.task.title ?? t.task.name, 60)} `,
              h('span', { class: 'count muted' }, `(${t.count}${t.rows.length < t.count ? `, ${t.rows.length} shown` : ''})`),
            ),
            t.rows.length > 0 &&
              h(
                'ol',
                {},
                t.rows.map((r) => row(r, ctx, names)),
              ),
          ),
        ),
      ),
    group.open &&
      group.unloaded > 0 &&
      h(
        'button',
        { type: 'button', class: 'more', 'data-action': 'more-rows', onclick: () => void ctx.lens.moreRows(d.id) },
        `Show ${Math.min(ROWS_PAGE, group.unloaded)} more of this document (${plural(group.unloaded, 'measure')} not shown)`,
      ),
  );
}

export function lensList(ctx: ListContext, label: string) {
  const { answer } = ctx;
  const groups = lensGroups(answer);
  const small = answer.rows !== null;
  const names = answer.subjects.flatMap((s) => namesOf(s as { name: string; aliases?: string[] | null }));
  const documents = answer.facets.documents.length || groups.documents.length;
  const tasks = small ? groups.documents.reduce((n, g) => n + g.tasks.length, 0) : null;
  return [
    h(
      'p',
      { class: 'muted', id: 'lens-count', 'data-total': answer.totalCount },
      `${plural(answer.totalCount, 'measure')}${tasks !== null ? ` from ${plural(tasks, 'task')}` : ''} in ${plural(documents, 'document')}`,
      small ? '' : ' · open a document for its tasks and measures',
    ),
    h(
      'ol',
      { id: 'lens-list', 'aria-label': label },
      groups.documents.map((g) => documentGroup(g, ctx, names, small)),
    ),
    groups.moreDocuments > 0 &&
      h(
        'button',
        { type: 'button', class: 'more', 'data-action': 'more-documents', onclick: () => ctx.lens.moreDocuments() },
        `Show more documents (${plural(groups.moreDocuments, 'document')} with ${plural(groups.moreMeasures, 'measure')} not listed)`,
      ),
  ];
}
