import { fill, h } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import { VIA_TEXT } from '../labels.ts';
import type { ParkMeasure } from '../queries.ts';
import { changed, type Store, type UiState } from '../store.ts';
import { findMentions, markRuns } from '../text-marks.ts';
import { truncate } from '../to-elements.ts';

/**
 * The park lens: 'which measures affect this park', as a list beside the graph (task number, measure text,
 * how it reaches the park) with toggles for sub-parks and parent zones. Choosing a row selects the measure.
 * Arrow keys move through the rows.
 */
export function setupLens(root: HTMLElement, store: Store<UiState>, graph: GraphView) {
  // The header and toggles are built once, so a toggle keeps its focus while the list below reloads.
  const title = h('p', { class: 'title' });
  const toggles = {
    subParks: h('input', { type: 'checkbox', 'data-toggle': 'subParks' }),
    parentZones: h('input', { type: 'checkbox', 'data-toggle': 'parentZones' }),
  };
  for (const [key, box] of Object.entries(toggles) as ['subParks' | 'parentZones', HTMLInputElement][]) {
    box.addEventListener('change', () => {
      const lens = store.get().lens;
      if (lens) store.set({ lens: { ...lens, [key]: box.checked } });
    });
  }
  const body = h('div', {});
  root.append(
    h('h2', {}, 'Park lens'),
    title,
    h(
      'div',
      { class: 'toggles' },
      h('label', {}, toggles.subParks, ' include parks inside it'),
      h('label', {}, toggles.parentZones, ' include zones containing it'),
    ),
    body,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'close-lens', onclick: () => store.set({ lens: null }) }, 'Close lens'),
    ),
  );

  function row(r: ParkMeasure, parkNames: string[]) {
    const text = r.measure.text ?? r.measure.name;
    const runs = markRuns(text, 0, findMentions(text, [r.park.name, ...parkNames]));
    const current = store.get().selection === r.measure.id;
    const zone = r.via === 'SUB_PARK' || r.via === 'PARENT_ZONE';
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          'data-id': r.measure.id,
          'data-task': r.task.number ?? '',
          'data-via': r.via,
          'aria-current': current ? 'true' : null,
          title: `${VIA_TEXT[r.via]}${r.alsoVia.length ? ` (also ${r.alsoVia.join(', ')})` : ''}`,
          onclick: () => store.set({ selection: r.measure.id }),
        },
        h('span', { class: 'task' }, `${r.task.number ?? '?'}.${r.measure.order ?? ''}`),
        h('span', { class: `via via-${r.via}` }, r.via),
        zone ? h('span', { class: 'muted' }, truncate(r.park.name, 28)) : null,
        h(
          'span',
          { class: `text${current ? '' : ' clamped'}` },
          runs.map((run) => (run.marked ? h('mark', {}, run.text) : run.text)),
        ),
      ),
    );
  }

  /** Rows arrive in task order; one heading per task keeps 'which tasks' readable at a glance. */
  function groups(rows: ParkMeasure[], parkNames: string[]) {
    const byTask = new Map<string, ParkMeasure[]>();
    for (const r of rows) byTask.set(r.task.id, [...(byTask.get(r.task.id) ?? []), r]);
    return [...byTask.values()].map((taskRows) => {
      const task = taskRows[0]!.task;
      return h(
        'li',
        { class: 'task-group', 'data-task': task.number ?? '' },
        h(
          'h3',
          {},
          h('button', { type: 'button', class: 'linkish', onclick: () => store.set({ selection: task.id }) }, `Task ${task.number ?? '?'}`),
          ` · ${truncate(task.title ?? task.name, 70)}`,
        ),
        h(
          'ol',
          {},
          taskRows.map((r) => row(r, parkNames)),
        ),
      );
    });
  }

  function render(state: UiState) {
    const lens = state.lens;
    root.hidden = !lens;
    if (!lens) return body.replaceChildren();
    const park = graph.data(lens.parkId);
    const parkName = String(park?.name ?? lens.parkId);
    const rows = state.lensRows;
    const tasks = rows ? new Set(rows.map((r) => r.task.id)).size : 0;
    title.textContent = `Measures affecting ${parkName}`;
    toggles.subParks.checked = lens.subParks;
    toggles.parentZones.checked = lens.parentZones;
    fill(body, [
      rows === null
        ? h('p', { class: 'placeholder' }, 'Looking for measures…')
        : rows.length === 0
          ? h('p', { class: 'placeholder' }, 'No measure in the documents affects this park.')
          : [
              h(
                'p',
                { class: 'muted', id: 'lens-count' },
                `${rows.length} measure${rows.length === 1 ? '' : 's'} from ${tasks} task${tasks === 1 ? '' : 's'}`,
              ),
              h('ol', { id: 'lens-list', 'aria-label': `Measures affecting ${parkName}` }, groups(rows, (park?.aliases as string[]) ?? [])),
            ],
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
