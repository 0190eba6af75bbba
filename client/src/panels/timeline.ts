import type { Actions } from '../actions.ts';
import { fill, h } from '../dom.ts';
import { fetchDocuments, type TimelineDocument } from '../queries.ts';

/** The predecessor timeline: every known document in year order (2015 → 2017 → …), each one click from view. */
export function setupTimeline(root: HTMLElement, actions: Actions) {
  async function load() {
    const documents = await actions.attempt(fetchDocuments, () => void load());
    if (!documents) return;
    const sorted = [...documents].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || (a.date ?? '').localeCompare(b.date ?? ''));
    const button = (d: TimelineDocument) =>
      h(
        'button',
        { type: 'button', 'data-id': d.id, title: d.title ?? d.name, onclick: () => void actions.focus(d.id) },
        h('span', { class: 'year' }, d.year ?? '—'),
        d.docNumber ?? d.name,
      );
    fill(root, [
      h('span', { class: 'label' }, 'Documents:'),
      sorted.map((d, i) => [i > 0 ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→') : null, button(d)]),
    ]);
  }
  return { load };
}
