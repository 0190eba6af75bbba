import type { Actions } from '../actions.ts';
import { fill, h } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import { changed, type Store, type UiState } from '../store.ts';

/**
 * Shortest path between two nodes: 'Path from here' and 'Path to here' in the details panel pick the ends;
 * this panel shows them and the steps found, and clears them.
 */
export function setupPath(root: HTMLElement, store: Store<UiState>, graph: GraphView, actions: Actions) {
  const name = (id: string | null) => (id ? String(graph.data(id)?.name ?? id) : '—');
  const link = (id: string) => h('button', { type: 'button', class: 'linkish', onclick: () => void actions.focus(id) }, name(id));

  function render(state: UiState) {
    const { from, to } = state.path;
    root.hidden = !from && !to;
    if (root.hidden) return;
    fill(root, [
      h('h2', {}, 'Path'),
      h(
        'dl',
        { class: 'props' },
        h('dt', {}, 'from'),
        h('dd', {}, from ? link(from) : '—'),
        h('dt', {}, 'to'),
        h('dd', {}, to ? link(to) : 'select another node, then “Path to here”'),
      ),
      state.pathIds === null
        ? null
        : state.pathIds.length === 0
          ? h('p', { class: 'placeholder' }, 'No path within 8 steps.')
          : h(
              'ol',
              { id: 'path-steps' },
              state.pathIds.map((id) => h('li', {}, link(id))),
            ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => store.set({ path: { from: null, to: null }, pathIds: null }) }, 'Clear path'),
      ),
    ]);
  }

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'path')) {
      const { from, to } = state.path;
      if (from && to) void actions.findPath(from, to);
      else graph.markPath(null);
    }
    if (changed(state, previous, 'path', 'pathIds')) render(state);
  });
  render(store.get());
}
