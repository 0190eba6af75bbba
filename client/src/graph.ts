import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { NODE_LABELS, type NodeLabel } from '../../core/graph-contract.ts';
import { GRAPH_STYLE } from './graph-style.ts';
import type { LayoutName } from './store.ts';
import { mergeElements } from './to-elements.ts';

/**
 * The only module that touches Cytoscape. Everything else asks it to add, remove, select or mark
 * elements; marking is done with classes the stylesheet (graph-style.ts) knows, never inline styles.
 */
cytoscape.use(fcose);

export interface GraphEvents {
  select(id: string | null): void;
  expand(id: string): void;
}

export type ElementData = Record<string, unknown> & { id: string };

const RANK: Record<NodeLabel, number> = { Document: 7, Category: 6, Task: 5, Measure: 4, Park: 3, Industry: 2, Agency: 1 };

/**
 * Above this many elements fcose's 'default' quality and the animation cost seconds (bench/: 24 s at 5,000),
 * and so does drawing them with the full look: such views get the `.bulk` look (graph-style.ts) and the
 * renderer internals below.
 */
const LARGE_VIEW = 1000;

/**
 * Two renderer internals (not in Cytoscape's typings) that make a large view interactive as soon as it is
 * drawn; both are read afresh each frame, and if a Cytoscape update renames them nothing breaks, the view is
 * only slower. `forcedPixelRatio` is the `pixelRatio` start-up option, switched with the view's size so small
 * views stay sharp on high-density screens while large ones fill a quarter of the pixels. `firstGet` makes
 * the next frame draw every element into the layered texture cache at once, as Cytoscape does for its very
 * first frame, instead of drawing them one by one and filling the cache over the next second: until it is
 * filled, every frame of a zoom redraws thousands of elements (bench/: 150–600 ms each at 5,000 elements,
 * against ~1 ms for the cached layer). `hideEdgesOnViewport` and `textureOnViewport` were measured too and
 * left off: with the layers ready they only add work (nodes drawn one by one, a snapshot per gesture).
 */
interface RendererInternals {
  forcedPixelRatio?: number | null;
  data?: { lyrTxrCache?: { firstGet: boolean } };
}
const internals = (cy: Core) => (cy as unknown as { renderer(): RendererInternals | undefined }).renderer() ?? {};

function layoutOptions(name: LayoutName, incremental: boolean, animate: boolean, size: number): LayoutOptions {
  const large = size > LARGE_VIEW;
  const common = { animate: animate && !large, animationDuration: 450, fit: true, padding: 30 };
  switch (name) {
    case 'concentric':
      return {
        name,
        ...common,
        minNodeSpacing: 12,
        concentric: (n: NodeSingular) => RANK[n.data('label') as NodeLabel] ?? 0,
        levelWidth: () => 1,
      };
    case 'breadthfirst':
      return { name, ...common, directed: true, spacingFactor: 0.9, roots: 'node[label = "Document"]' } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        ...common,
        quality: large ? 'draft' : 'default',
        // fcose's draft quality is its spectral pass alone, which runs only on randomized layouts: a draft that is
        // not randomized reads the spectral result it never made ('reading nodeIndexes' of undefined, thrown by a
        // park lens with 791 measures). A large view is therefore laid out afresh.
        randomize: !incremental || large,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 85,
        nodeSeparation: 80,
        packComponents: true,
      } as LayoutOptions;
  }
}

export function createGraph(container: HTMLElement, events: GraphEvents) {
  // Cytoscape injects a <style> tag unless one with this id exists; a strict CSP (style-src 'self') would
  // block it, so a placeholder takes its place and styles.css carries the one rule it would have added.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    const placeholder = document.createElement('meta');
    placeholder.id = '__________cytoscape_stylesheet';
    document.head.append(placeholder);
  }
  const cy: Core = cytoscape({
    container,
    style: GRAPH_STYLE,
    boxSelectionEnabled: false,
    selectionType: 'single',
    minZoom: 0.1,
    maxZoom: 4,
  });
  let layoutName: LayoutName = 'fcose';
  let hiddenLabels: NodeLabel[] = [];
  let bulk = false;
  /** Which expansion added which elements, so collapsing undoes exactly that expansion. */
  const addedBy = new Map<string, string[]>();
  // What filters leave on screen, from classes (':visible' lags until Cytoscape's next style pass).
  const shown = () => {
    const nodes = cy.nodes().filter((n) => !n.hasClass('hidden-label'));
    const edges = cy.edges().filter((e) => !e.source().hasClass('hidden-label') && !e.target().hasClass('hidden-label'));
    return nodes.union(edges);
  };
  const byIds = (ids: string[]) => ids.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection());

  cy.on('tap', (event) => {
    if (event.target === cy) events.select(null);
    else events.select(event.target.id());
  });
  cy.on('dbltap', 'node', (event) => events.expand(event.target.id()));

  /**
   * Lays out what is on screen. `animate` moves nodes from where they are to where they go; a view built from
   * scratch has nowhere meaningful to come from (every node starts at the origin), so it is shown laid out
   * in its first frame instead of after a 450 ms burst from one point.
   */
  function runLayout(incremental = true, animate = true): Promise<void> {
    const visible = shown();
    if (visible.length === 0) return Promise.resolve();
    const large = visible.length > LARGE_VIEW;
    const layout = visible.layout(layoutOptions(layoutName, incremental, animate, visible.length));
    const done = layout.promiseOn('layoutstop').then(() => {
      // Large layouts are not animated: the frame after 'layoutstop' is the first to show the result.
      const layers = internals(cy).data?.lyrTxrCache;
      if (large && layers) layers.firstGet = true;
    });
    layout.run();
    return done;
  }

  /** Switches between the full and the large-view look: a class on every element, the pixel ratio on the renderer. */
  function setBulk(large: boolean) {
    if (large === bulk) return;
    bulk = large;
    cy.batch(() => (large ? cy.elements().addClass('bulk') : cy.elements().removeClass('bulk')));
    internals(cy).forcedPixelRatio = large ? 1 : null;
  }

  function add(elements: ElementDefinition[], anchor?: string): string[] {
    const fresh = mergeElements((id) => cy.getElementById(id).nonempty(), elements);
    if (fresh.length === 0) return [];
    // Decided before adding, so new elements get their look in the one style pass their insertion costs.
    setBulk(cy.elements().length + fresh.length > LARGE_VIEW);
    // New nodes start on top of the node they came from, so the animated layout grows them out of it.
    const from = anchor ? cy.getElementById(anchor) : undefined;
    const origin = from?.nonempty() ? from.position() : { x: 0, y: 0 };
    const placed = fresh.map((el, i) =>
      el.group === 'nodes' || el.data.source === undefined
        ? { ...el, position: { x: origin.x + Math.cos(i) * 20, y: origin.y + Math.sin(i) * 20 } }
        : el,
    );
    let added = cy.collection();
    // One batch: Cytoscape then styles the arrivals once at the end instead of notifying the renderer for
    // every property of every element (bench/: about a fifth less CPU for a 5,000-element view).
    cy.batch(() => {
      added = cy.add(bulk ? placed.map((el) => ({ ...el, classes: 'bulk' })) : placed);
      // New arrivals obey the current filters at once: hiding a label never needs a refetch.
      added
        .nodes()
        .filter((n) => hiddenLabels.includes(n.data('label') as NodeLabel))
        .addClass('hidden-label');
    });
    return added.map((el) => el.id());
  }

  function removeOwned(owner: string): number {
    const ids = addedBy.get(owner);
    if (!ids) return 0;
    addedBy.delete(owner);
    let removed = 0;
    for (const id of ids) removed += removeOwned(id);
    const collection = byIds(ids);
    removed += collection.length;
    cy.remove(collection);
    setBulk(cy.elements().length > LARGE_VIEW);
    return removed;
  }

  return {
    /** Replaces everything (start view, reset) and lays it out from scratch. */
    replace(elements: ElementDefinition[]): Promise<void> {
      addedBy.clear();
      cy.elements().remove();
      add(elements);
      return runLayout(false, false);
    },
    /** Adds what is new; when `owner` is given the additions can later be collapsed. */
    async merge(elements: ElementDefinition[], owner?: string): Promise<string[]> {
      const ids = add(elements, owner);
      if (owner && ids.length > 0) addedBy.set(owner, [...(addedBy.get(owner) ?? []), ...ids]);
      if (ids.length > 0) await runLayout(true);
      return ids;
    },
    /** Removes what `owner` added; `relayout` false when new elements are about to arrive and be laid out anyway. */
    collapse(owner: string, relayout = true): number {
      const removed = removeOwned(owner);
      if (removed > 0 && relayout) void runLayout(true);
      return removed;
    },
    /**
     * Lays out only `ids` in rings (`rank` 3 innermost), leaving the rest where it is: the lens's aggregate stays
     * readable on top of a crowded library view, which a force layout of thousands of elements piles up.
     */
    arrange(ids: string[], rank: (data: ElementData) => number): Promise<void> {
      const eles = byIds(ids);
      if (eles.nodes().empty()) return Promise.resolve();
      const layout = eles.layout({
        name: 'concentric',
        concentric: (n: NodeSingular) => rank(n.data() as ElementData),
        levelWidth: () => 1,
        minNodeSpacing: 24,
        animate: false,
        fit: false,
      } as LayoutOptions);
      const done = layout.promiseOn('layoutstop').then(() => undefined);
      layout.run();
      return done;
    },
    isExpanded: (id: string) => addedBy.has(id),
    has: (id: string) => cy.getElementById(id).nonempty(),
    data(id: string): ElementData | null {
      const el = cy.getElementById(id);
      return el.nonempty() ? (el.data() as ElementData) : null;
    },
    /** Data of the edges touching a node that are in view. */
    edgesOf(id: string): ElementData[] {
      return cy
        .getElementById(id)
        .connectedEdges()
        .map((e) => e.data() as ElementData);
    },
    select(id: string | null) {
      cy.elements(':selected').unselect();
      if (!id) return;
      const el = cy.getElementById(id);
      if (el.empty()) return;
      el.select();
      const box = el.renderedBoundingBox();
      const outside = box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
      if (outside) cy.animate({ center: { eles: el }, duration: 300 });
    },
    setHidden(hidden: NodeLabel[]) {
      hiddenLabels = hidden;
      cy.batch(() => {
        for (const label of NODE_LABELS) {
          const nodes = cy.nodes(`[label = "${label}"]`);
          if (hidden.includes(label)) nodes.addClass('hidden-label');
          else nodes.removeClass('hidden-label');
        }
      });
    },
    /** Marks `ids` (and fades everything else), or clears marks with null. */
    highlight(ids: string[] | null, park: string | null = null) {
      cy.batch(() => {
        cy.elements().removeClass('faded highlighted lens-park');
        if (!ids) return;
        const keep = byIds(ids);
        cy.elements().not(keep).addClass('faded');
        keep.addClass('highlighted');
        if (park) cy.getElementById(park).addClass('lens-park');
      });
      // Bring the answer into view: the rest stays on screen, faded, only if it fits around it.
      if (ids) cy.animate({ fit: { eles: byIds(ids), padding: 40 }, duration: 400 });
    },
    markPath(ids: string[] | null) {
      cy.elements().removeClass('path');
      if (ids) byIds(ids).addClass('path');
    },
    setLayout(name: LayoutName) {
      layoutName = name;
      return runLayout(false);
    },
    relayout: () => runLayout(true),
    fit: () => cy.animate({ fit: { eles: shown(), padding: 30 }, duration: 300 }),
    zoom(factor: number) {
      cy.animate({
        zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
        duration: 200,
      });
    },
    /** How many nodes of each label are in the view (hidden ones included: hiding does not refetch). */
    counts(): Record<NodeLabel, number> {
      const counts = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
      cy.nodes().forEach((n) => {
        const label = n.data('label') as NodeLabel;
        if (label in counts) counts[label] += 1;
      });
      return counts;
    },
    size: () => {
      const view = shown();
      return { nodes: view.nodes().length, edges: view.edges().length };
    },
    png: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob,
    /** The visible view as plain data, for the JSON export. */
    json() {
      const strip = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'short'));
      return {
        nodes: shown()
          .nodes()
          .map((n) => strip(n.data())),
        edges: shown()
          .edges()
          .map((e) => strip(e.data())),
      };
    },
    resize: () => cy.resize(),
  };
}

export type GraphView = ReturnType<typeof createGraph>;
