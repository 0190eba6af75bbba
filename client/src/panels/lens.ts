import type { ParkMeasure } from '../api-types.ts';
import { fill, h } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import { VIA_TEXT } from '../labels.ts';
import { changed, type Store, type UiState } from '../store.ts';
import { findMentions, markRuns } from '../text-marks.ts';

/**
 * The park lens: 'which measures affect this park', as a list beside the graph (task number, measure text,
 * how it reaches the park) with toggles for sub-parks and parent zones. Choosing a row selects the measure.
 * Arrow keys move through the rows.
 */
export function setupLens(root: HTMLElement, store: Store<UiState>, graph: GraphView) {
  function toggle(key: 'subParks' | 'parentZones', text: string) {
    const lens = store.get().lens!;
    return h(
      'label',
      {},
      h('input', {
        type: 'checkbox',
        'data-toggle': key,
        checked: lens[key],
        onchange: (e: Event) => store.set({ lens: { ...lens, [key]: (e.target as HTMLInputElement).checked } }),
      }),
      ` ${text}`,
    );
  }

  function row(r: ParkMeasure, parkNames: string[]) {
    const text = r.measure.text ?? r.measure.name;
    const runs = markRuns(text, 0, findMentions(text, [r.park.name, ...parkNames]));
    const current = store.get().selection === r.measure.id;
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          'data-id': r.measure.id,
          'data-task': r.task.number ?? '',
          'aria-current': current ? 'true' : null,
          title: `Via ${r.via}: ${VIA_TEXT[r.via]}${r.alsoVia.length ? ` (also ${r.alsoVia.join(', ')})` : ''}`,
          onclick: () => store.set({ selection: r.measure.id }),
        },
        h('span', { class: 'task' }, `Task ${r.task.number ?? '?'}`),
        h('span', { class: `via via-${r.via}` }, r.via),
        r.via !== 'DIRECT' && r.via !== 'TASK_CONTEXT' ? h('span', { class: 'muted' }, `via ${r.park.name}`) : null,
        h('span', { class: `text${current ? '' : ' clamped'}` }, runs.map((run) => (run.marked ? h('mark', {}, run.text) : run.text))),
      ),
    );
  }

  function render(state: UiState) {
    const lens = state.lens;
    root.hidden = !lens;
    if (!lens) return root.replaceChildren();
    const park = graph.data(lens.parkId);
    const parkName = String(park?.name ?? lens.parkId);
    const rows = state.lensRows;
    const tasks = rows ? new Set(rows.map((r) => r.task.id)).size : 0;
    fill(root, [
      h('h2', {}, 'Park lens'),
      h('p', { class: 'title' }, `Measures affecting ${parkName}`),
      h('div', { class: 'toggles' }, toggle('subParks', 'include parks inside it'), toggle('parentZones', 'include zones containing it')),
      rows === null
        ? h('p', { class: 'placeholder' }, 'Looking for measures…')
        : rows.length === 0
          ? h('p', { class: 'placeholder' }, 'No measure in the documents affects this park.')
          : [
              h('p', { class: 'muted', id: 'lens-count' }, `${rows.length} measure${rows.length === 1 ? '' : 's'} from ${tasks} task${tasks === 1 ? '' : 's'}`),
              h('ol', { id: 'lens-list', 'aria-label': `Measures affecting ${parkName}` }, rows.map((r) => row(r, (park?.aliases as string[]) ?? []))),
            ],
      h('div', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'close-lens', onclick: () => store.set({ lens: null }) }, 'Close lens')),
    ]);
  }

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('#lens-list button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'lens', 'lensRows', 'selection')) {
      const focused = (document.activeElement as HTMLElement | null)?.dataset.id;
      render(state);
      if (focused) root.querySelector<HTMLElement>(`button[data-id="${CSS.escape(focused)}"]`)?.focus();
    }
  });
  render(store.get());
}
