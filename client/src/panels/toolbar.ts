import type { Actions } from '../actions.ts';
import { h } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import type { LayoutName, Store, UiState } from '../store.ts';

/** View controls over the graph: layout, fit, zoom, reset, and the two exports (loaded only when used). */
export function setupToolbar(root: HTMLElement, store: Store<UiState>, graph: GraphView, actions: Actions) {
  const layouts: [LayoutName, string][] = [
    ['fcose', 'Force (default)'],
    ['concentric', 'Rings by label'],
    ['breadthfirst', 'Document hierarchy'],
  ];
  const select = h(
    'select',
    {
      'aria-label': 'Layout',
      id: 'layout',
      onchange: (e: Event) => store.set({ layout: (e.target as HTMLSelectElement).value as LayoutName }),
    },
    layouts.map(([value, text]) => h('option', { value, selected: store.get().layout === value }, text)),
  );
  const exporter = () => import('./export.ts');
  root.append(
    select,
    h('button', { type: 'button', title: 'Fit the graph to the screen', onclick: () => graph.fit() }, 'Fit'),
    h('button', { type: 'button', title: 'Zoom in', 'aria-label': 'Zoom in', onclick: () => graph.zoom(1.3) }, '+'),
    h('button', { type: 'button', title: 'Zoom out', 'aria-label': 'Zoom out', onclick: () => graph.zoom(1 / 1.3) }, '−'),
    h('button', { type: 'button', title: 'Back to the start view', 'data-action': 'reset', onclick: () => void actions.reset() }, 'Reset'),
    h(
      'button',
      {
        type: 'button',
        title: 'Download the view as an image',
        'data-action': 'png',
        onclick: async () => (await exporter()).exportPng(graph),
      },
      'PNG',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Download the nodes and links shown, with their data',
        'data-action': 'json',
        onclick: async () => (await exporter()).exportJson(graph),
      },
      'JSON',
    ),
  );
  store.subscribe((state) => {
    if (select.value !== state.layout) select.value = state.layout;
  });
}
