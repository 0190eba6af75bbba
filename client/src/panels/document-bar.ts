import { fill, h } from '../dom.ts';
import { STRUCTURE_PAGE } from '../library-queries.ts';
import { pageSummary } from '../library-state.ts';
import { onShown, type Shown } from '../start-view.ts';

/**
 * The strip above the graph that says which document the explorer shows (its number and title select it, its
 * counts say how big it is), pages through its tasks when it has more than one page of them, and leads back to the
 * library.
 */
export interface DocumentBarActions {
  select(id: string): void;
  page(offset: number): void;
  library(): void;
}

const n = (count: number) => count.toLocaleString('en-US');

export function setupDocumentBar(root: HTMLElement, act: DocumentBarActions) {
  const back = () => h('button', { type: 'button', 'data-action': 'library', onclick: act.library }, 'All documents');

  function render(shown: Shown) {
    const s = shown.structure;
    if (!s) {
      fill(root, [h('span', { class: 'muted' }, shown.document ? 'This document is not in the library.' : 'No document chosen.'), back()]);
      return;
    }
    const d = s.document;
    const tasks = pageSummary(shown.offset / STRUCTURE_PAGE, s.taskCount, STRUCTURE_PAGE);
    const paged = s.taskCount > STRUCTURE_PAGE;
    fill(root, [
      h(
        'button',
        {
          type: 'button',
          class: 'linkish doc',
          'data-action': 'select-document',
          'data-id': d.id,
          title: d.title ?? d.name,
          onclick: () => act.select(d.id),
        },
        d.docNumber ?? d.name,
      ),
      h('span', { class: 'doc-title' }, d.docNumber && d.title ? d.title : ''),
      h(
        'span',
        { class: 'muted', id: 'docbar-counts' },
        `${n(s.categories.length)} categories · ${n(s.taskCount)} tasks · ${n(s.measureCount)} measures`,
      ),
      paged && h('span', { class: 'muted' }, `· tasks ${tasks.text.replace(/ documents?$/, '')}`),
      paged &&
        h(
          'button',
          {
            type: 'button',
            id: 'docbar-prev',
            disabled: shown.offset === 0,
            onclick: () => act.page(Math.max(0, shown.offset - STRUCTURE_PAGE)),
          },
          'Previous tasks',
        ),
      paged &&
        h(
          'button',
          {
            type: 'button',
            id: 'docbar-next',
            disabled: shown.offset + STRUCTURE_PAGE >= s.taskCount,
            onclick: () => act.page(shown.offset + STRUCTURE_PAGE),
          },
          'Next tasks',
        ),
      back(),
    ]);
  }
  onShown(render);
}
