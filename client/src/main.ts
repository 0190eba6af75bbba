import { createActions } from './actions.ts';
import { createGraph } from './graph.ts';
import { initialLibraryState, type LibraryState } from './library-state.ts';
import { decodeLibraryParams } from './library-url.ts';
import { setupDetails } from './panels/details.ts';
import { setupLegend } from './panels/legend.ts';
import { setupLens } from './panels/lens.ts';
import { setupPath } from './panels/path.ts';
import { setupSearch } from './panels/search.ts';
import { setupStatus } from './panels/status.ts';
import { setupTimeline } from './panels/timeline.ts';
import { setupToolbar } from './panels/toolbar.ts';
import { setupScreens } from './screens.ts';
import { changed, createStore, initialUiState } from './store.ts';
import { decodeUrlState, encodeUrlState } from './url-state.ts';

/** Wiring only: build the store from the link, connect store → graph → panels, then load the start view. */
const $ = (id: string) => document.getElementById(id) as HTMLElement;

const store = createStore({ ...initialUiState(), ...decodeUrlState(location.search) });
// The screen stays unset until the start is decided (start-view.ts reads the link's view for that).
const library = createStore<LibraryState>({ ...initialLibraryState(), ...decodeLibraryParams(location.search), screen: null });
const syncUrl = () => {
  const search = encodeUrlState(store.get(), library.get());
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
};
const graph = createGraph($('graph'), {
  select: (id) => store.set({ selection: id }),
  expand: (id) => void actions.expand(id),
});
const actions = createActions(store, graph);
graph.setHidden(store.get().hidden);

// The graph follows the store first, so panels that read the graph (legend counts) see the new state.
store.subscribe((state, previous) => {
  if (changed(state, previous, 'selection')) graph.select(state.selection);
  if (changed(state, previous, 'hidden')) graph.setHidden(state.hidden);
  if (changed(state, previous, 'layout')) void graph.setLayout(state.layout);
  // The lens answers within the shared year range, so a new range asks it again.
  if (changed(state, previous, 'lens') || (state.lens && changed(state, previous, 'years'))) void actions.runLens(state.lens);
  if (changed(state, previous, 'selection', 'lens', 'years', 'hidden')) syncUrl();
});
library.subscribe(syncUrl);

setupStatus($('loading'), $('banner'), store);
setupSearch($('search'), (hit) => void actions.focus(hit.id));
setupLegend($('legend'), store, graph);
setupToolbar($('toolbar'), store, graph, actions);
setupLens($('lens'), store, actions);
setupPath($('path'), store, graph, actions);
setupDetails($('details'), store, graph, actions);
const timeline = setupTimeline($('timeline'), store, actions);
const workspace = document.querySelector('main.workspace') as HTMLElement;
setupScreens({ root: $('library'), workspace, docbar: $('docbar'), openButton: $('open-library'), library, store, graph, actions });

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || (event.target as HTMLElement).closest('input, select, textarea')) return;
  store.set({ selection: null });
});
window.addEventListener('resize', () => graph.resize());

async function boot() {
  void timeline.load();
  if (!(await actions.loadStart())) return;
  const { lens, selection } = store.get();
  if (lens) await actions.runLens(lens);
  if (selection) await actions.focus(selection);
}
void boot();
