import { isNodeLabel } from '../../core/graph-contract.ts';
import { ApiError } from './api.ts';
import type { ApiGraph } from './api-graph.ts';
import type { GraphView } from './graph.ts';
import { createLensActions } from './lens-actions.ts';
import { fetchNeighborhood, fetchPath } from './queries.ts';
import { takeStartView } from './start-view.ts';
import type { Store, UiState } from './store.ts';
import { startGraph, toElements } from './to-elements.ts';

/**
 * What the explorer can do, in one place: each action fetches, shapes (to-elements) and hands the result
 * to the graph, and reports failures in plain language with a retry. Panels call these; none fetch graph data
 * themselves except the details panel, which only reads.
 */
export const EXPAND_STEP = 15;

export function createActions(store: Store<UiState>, graph: GraphView) {
  const limits = new Map<string, number>();
  const truncated = new Set<string>();
  let startLoaded = false;

  async function attempt<T>(work: () => Promise<T>, retry: () => void): Promise<T | undefined> {
    try {
      const result = await work();
      if (store.get().problem) {
        store.set({ problem: null });
        if (!startLoaded) void loadStart();
      }
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'input') {
        store.set({ notice: error.message });
        return undefined;
      }
      if (!(error instanceof ApiError)) console.error(error);
      const message = error instanceof ApiError ? error.message : 'Something went wrong while showing the graph. Try again.';
      store.set({ problem: { message, retry } });
      return undefined;
    }
  }

  const lens = createLensActions(store, graph, attempt);

  async function loadStart(): Promise<boolean> {
    const data = await attempt(takeStartView, () => void loadStart());
    if (!data) return false;
    startLoaded = true;
    await graph.replace(toElements(startGraph(data)));
    store.set((s) => ({ version: s.version + 1 }));
    return true;
  }

  async function merge(result: ApiGraph, owner?: string) {
    await graph.merge(toElements(result), owner);
  }

  async function expand(id: string, limit = limits.get(id) ?? EXPAND_STEP) {
    // In a large lens, documents and tasks grow the lens's own aggregate (their counts), not their neighbourhood.
    if (lens.expandsLens(id)) return lens.expandLens(id);
    const result = await attempt(
      () => fetchNeighborhood(id, limit),
      () => void expand(id, limit),
    );
    if (!result) return;
    limits.set(id, limit);
    if (result.truncated) truncated.add(id);
    else truncated.delete(id);
    await merge(result, id);
    store.set((s) => ({ version: s.version + 1 }));
  }

  /** Puts a node on screen (fetching its neighbourhood when it is not there), shows its label, selects it. */
  async function focus(id: string) {
    const chosen = store.get().selection;
    if (!graph.has(id)) await expand(id);
    // Someone chose another node while this one's neighbours loaded (a link's node on a library that starts
    // empty takes a moment): the later choice wins.
    if (store.get().selection !== chosen && store.get().selection !== id) return;
    const label = graph.data(id)?.label;
    if (typeof label === 'string' && isNodeLabel(label) && store.get().hidden.includes(label)) {
      store.set((s) => ({ hidden: s.hidden.filter((l) => l !== label) }));
    }
    if (!graph.has(id)) return;
    store.set({ selection: id });
    graph.select(id); // also when the link already named it, so the store did not change
  }

  async function findPath(from: string, to: string) {
    const result = await attempt(
      () => fetchPath(from, to),
      () => void findPath(from, to),
    );
    if (result === undefined) return;
    if (!result) {
      graph.markPath(null);
      store.set({ pathIds: [], notice: 'These two are not connected within 8 steps.' });
      return;
    }
    await merge(result, 'path');
    const ids = [...result.nodes.map((n) => n.id), ...result.edges.map((e) => e.id)];
    graph.markPath(ids);
    store.set((s) => ({ pathIds: result.nodes.map((n) => n.id), version: s.version + 1 }));
  }

  return {
    attempt,
    loadStart,
    focus,
    expand,
    runLens: lens.runLens,
    lens,
    findPath,
    /** Loads the next EXPAND_STEP neighbours of a node whose neighbourhood was cut off. */
    showMore: (id: string) => expand(id, (limits.get(id) ?? EXPAND_STEP) + EXPAND_STEP),
    collapse(id: string) {
      graph.collapse(id);
      limits.delete(id);
      truncated.delete(id);
      if (store.get().selection && !graph.has(store.get().selection!)) store.set({ selection: null });
      store.set((s) => ({ version: s.version + 1 }));
    },
    isExpanded: (id: string) => graph.isExpanded(id),
    isTruncated: (id: string) => truncated.has(id),
    /** Opens the lens on a park, an industry or an agency (by the node's label). */
    openLens(id: string, label: string) {
      const key = label === 'Industry' ? 'industryId' : label === 'Agency' ? 'agencyId' : 'parkId';
      store.set({ lens: { parkId: null, subParks: true, parentZones: true, [key]: id } });
    },
    /** Adds a park, industry or agency to the open lens (replacing one of the same kind): their intersection. */
    intersectLens(id: string, label: string) {
      const open = store.get().lens;
      if (!open) return;
      const key = label === 'Industry' ? 'industryId' : label === 'Agency' ? 'agencyId' : 'parkId';
      // The document filter of one question rarely holds answers to the narrower one; start from all documents.
      store.set({ lens: { ...open, [key]: id, documentId: null } });
    },
    async reset() {
      limits.clear();
      truncated.clear();
      store.set({ selection: null, lens: null, path: { from: null, to: null }, pathIds: null, hidden: [], notice: null });
      await loadStart();
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
