import type { ElementDefinition } from 'cytoscape';
import { createGraph } from '../../client/src/graph.ts';
import type { NodeLabel } from '../../core/graph-contract.ts';
import { random } from '../random.ts';

/**
 * bench: lays out a synthetic policy graph of `size` elements (40 % nodes, 60 % edges) with the explorer's
 * own graph module (client/src/graph.ts: its stylesheet and fcose options), and reports how
 * long until the laid-out graph is on screen, the longest main-thread block meanwhile, and how slow the
 * frames are while the explorer's zoom button animates right after.
 */

/** The label whose slice of the cumulative shares holds r (a uniform draw in [0, 1)). */
function labelAt(share: [NodeLabel, number][], r: number): NodeLabel {
  let rest = r;
  for (const [label, p] of share) {
    rest -= p;
    if (rest < 0) return label;
  }
  return 'Measure';
}

function elements(size: number): ElementDefinition[] {
  const rng = random(size);
  const nodeCount = Math.round(size * 0.4);
  const edgeCount = size - nodeCount;
  const nodes: ElementDefinition[] = [];
  // Roughly the shipped graph's mix: mostly measures, then tasks, entities, a few documents and categories.
  const share: [NodeLabel, number][] = [
    ['Document', 0.01],
    ['Category', 0.03],
    ['Task', 0.12],
    ['Measure', 0.5],
    ['Park', 0.16],
    ['Industry', 0.1],
    ['Agency', 0.08],
  ];
  for (let i = 0; i < nodeCount; i++) {
    const label = labelAt(share, rng());
    nodes.push({ group: 'nodes', data: { id: `n${i}`, label, name: `${label} ${i}`, short: `${label} ${i}` } });
  }
  const edges: ElementDefinition[] = [];
  const seen = new Set<string>();
  // A spanning tree first (so the graph is one component, as a neighborhood is), then random extra links.
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) {
    const j = Math.floor(rng() * i);
    seen.add(`${j}-${i}`);
    edges.push({ group: 'edges', data: { id: `e${edges.length}`, source: `n${j}`, target: `n${i}`, type: 'HAS_MEASURE' } });
  }
  while (edges.length < edgeCount) {
    const a = Math.floor(rng() * nodeCount);
    const b = Math.floor(rng() * nodeCount);
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    edges.push({ group: 'edges', data: { id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, type: 'AFFECTS', via: 'DIRECT' } });
  }
  return [...nodes, ...edges];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Cytoscape draws in its own requestAnimationFrame callback: two frames from now, what was asked is drawn. */
const frame = () => nextFrame().then(nextFrame);
/** The explorer's zoom animates for 200 ms; a little longer catches the frame that draws its end. */
const ZOOM_WATCH_MS = 300;

declare global {
  interface Window {
    benchLayout(
      size: number,
    ): Promise<{ size: number; stopMs: number; layoutMs: number; longestBlockMs: number; frameAfterZoomMs: number }>;
    /** The synthetic graphs, for trying other layout options on the same elements. */
    benchElements(size: number): ElementDefinition[];
  }
}

const container = document.getElementById('graph')!;
// Every event the graph may report is ignored here, whatever GraphEvents grows to.
const ignore = new Proxy({}, { get: () => () => {} }) as Parameters<typeof createGraph>[1];
const graph = createGraph(container, ignore);

window.benchElements = elements;
window.benchLayout = async (size: number) => {
  const els = elements(size);
  // The longest gap between timer ticks while the layout runs: how long the page could not react.
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  await graph.replace(els);
  const stopMs = performance.now() - started;
  // 'layoutstop' is not what a person sees: Cytoscape draws the new positions in its next frame, and for
  // thousands of elements that first draw (edge geometry, label sizes, textures) can take as long as the
  // layout. The layout is done when its result is on screen.
  await frame();
  const layoutMs = performance.now() - started;
  clearInterval(probe);
  longest = Math.max(longest, performance.now() - last);
  // Interactive afterwards: press the zoom button at once and keep the slowest frame of its animation
  // (the first one counted from the press), so neither a fast first frame nor a deferred cost hides a stall.
  const zoomStart = performance.now();
  graph.zoom(1.2);
  let previous = zoomStart;
  let frameAfterZoomMs = 0;
  while (previous - zoomStart < ZOOM_WATCH_MS) {
    const now = await nextFrame();
    frameAfterZoomMs = Math.max(frameAfterZoomMs, now - previous);
    previous = now;
  }
  return { size, stopMs, layoutMs, longestBlockMs: longest, frameAfterZoomMs };
};
