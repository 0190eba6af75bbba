import type { Actions } from './actions.ts';
import { h } from './dom.ts';
import type { GraphView } from './graph.ts';
import type { HeldDocuments } from './home.ts';
import type { LibraryState, Screen } from './library-state.ts';
import { setupDocumentBar } from './panels/document-bar.ts';
import { setupLibrary } from './panels/library.ts';
import { setupOverview } from './panels/overview.ts';
import { onStartDecided, showDocument, shownDocument } from './start-view.ts';
import { changed, type Store, type UiState } from './store.ts';

/**
 * The two screens: the library (its list or its overview) and the explorer (the graph of one document and what
 * the person adds to it). Switching shows one and hides the other; arriving at the explorer draws the document
 * chosen (or the only one held) unless it is already drawn. The library's own panels load when they are shown.
 */
export interface ScreenParts {
  root: HTMLElement;
  workspace: HTMLElement;
  docbar: HTMLElement;
  openButton: HTMLElement;
  library: Store<LibraryState>;
  store: Store<UiState>;
  graph: GraphView;
  actions: Actions;
}

export function setupScreens({ root, workspace, docbar, openButton, library, store, graph, actions }: ScreenParts) {
  let held: HeldDocuments | null = null;
  const show = (screen: Screen) => library.set({ screen });
  const toggle = (screen: Screen, id: string, text: string) =>
    h('button', { type: 'button', id, 'data-screen': screen, onclick: () => show(screen) }, text);
  const switches = [
    toggle('library', 'show-list', 'List'),
    toggle('overview', 'show-overview', 'Overview'),
    toggle('explorer', 'show-graph', 'Graph'),
  ];
  const listRoot = h('div', { class: 'library-list', id: 'library-list' });
  const overviewRoot = h('div', { class: 'library-overview', id: 'library-overview' });
  root.append(
    h(
      'div',
      { class: 'library-head' },
      h('h2', {}, 'Library'),
      h('div', { class: 'switch', role: 'group', 'aria-label': 'Show' }, switches),
    ),
    listRoot,
    overviewRoot,
  );

  let loading: Promise<void> | null = null;
  let loadingFor: string | null = null;
  /** Draws the chosen document (or the only held one) unless it is already on screen. */
  function ensureDocument(offset = 0, force = false): Promise<void> {
    const wanted = library.get().document ?? held?.only ?? null;
    if (loading && loadingFor === wanted && !force) return loading;
    if (!force && wanted === shownDocument()) return Promise.resolve();
    loadingFor = wanted;
    showDocument(wanted, offset);
    loading = (async () => {
      await actions.loadStart();
      const lens = store.get().lens;
      if (lens) await actions.runLens(lens);
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function open(id: string) {
    library.set({ document: id, screen: 'explorer' });
    await ensureDocument();
    await actions.focus(id); // the document's details; for a document known only from citations, who cites it
  }

  function apply(screen: Screen | null) {
    const inLibrary = screen === 'library' || screen === 'overview';
    root.hidden = !inLibrary;
    workspace.hidden = inLibrary;
    listRoot.hidden = screen !== 'library';
    overviewRoot.hidden = screen !== 'overview';
    for (const button of switches) button.setAttribute('aria-pressed', String(button.dataset.screen === screen));
    openButton.setAttribute('aria-pressed', String(inLibrary));
    if (screen === 'explorer') {
      graph.resize();
      void ensureDocument();
    }
  }

  openButton.addEventListener('click', () => show(library.get().screen === 'library' ? 'explorer' : 'library'));
  setupLibrary(listRoot, library, store, actions, (id) => void open(id));
  setupOverview(overviewRoot, library, store, actions, (id) => void open(id));
  setupDocumentBar(docbar, {
    select: (id) => void actions.focus(id),
    page: (offset) => void ensureDocument(offset, true),
    library: () => show('library'),
  });
  onStartDecided((answer) => {
    held = answer.held;
    library.set({ screen: answer.start.screen });
  });
  library.subscribe((state, previous) => {
    if (changed(state, previous, 'screen')) apply(state.screen);
  });
  apply(library.get().screen);
  return { open };
}
