import { NODE_LABELS } from '../../../core/graph-contract.ts';
import { h, setVar } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import { LOOK } from '../graph-style.ts';
import { changed, type Store, type UiState } from '../store.ts';

/** The legend doubles as the label filter: each label's colour, shape and count, with a checkbox to hide it. */
export function setupLegend(root: HTMLElement, store: Store<UiState>, graph: GraphView) {
  const counts = new Map<string, HTMLElement>();
  const boxes = new Map<string, HTMLInputElement>();
  const size = h('p', { class: 'edges', id: 'graph-size' });
  root.append(
    h('h2', {}, 'Show'),
    h(
      'ul',
      {},
      NODE_LABELS.map((label) => {
        const box = h('input', {
          type: 'checkbox',
          'data-label': label,
          onchange: (e: Event) => {
            const visible = (e.target as HTMLInputElement).checked;
            store.set((s) => ({ hidden: visible ? s.hidden.filter((l) => l !== label) : [...s.hidden, label] }));
          },
        });
        const count = h('span', { class: 'count', 'data-count': label }, '0');
        boxes.set(label, box);
        counts.set(label, count);
        const swatch = setVar(
          h('span', { class: `swatch shape-${LOOK[label].shape}`, 'aria-hidden': 'true' }),
          '--swatch',
          LOOK[label].color,
        );
        return h('li', {}, h('label', {}, box, swatch, label, count));
      }),
    ),
    size,
  );

  function render(state: UiState) {
    const n = graph.counts();
    for (const label of NODE_LABELS) {
      boxes.get(label)!.checked = !state.hidden.includes(label);
      counts.get(label)!.textContent = String(n[label]);
    }
    const visible = graph.size();
    size.textContent = `${visible.nodes} nodes and ${visible.edges} links shown`;
  }

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'hidden', 'version')) render(state);
  });
  render(store.get());
}
