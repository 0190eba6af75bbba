import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS, type NodeLabel } from '../../core/graph-contract.ts';

/**
 * The explorer's look as data: one rule per label, keyed on data(label), and one per state class.
 * Code elsewhere only adds or removes classes (faded, highlighted, path, hidden-label, lens-park);
 * it never styles a single element. The legend reads LOOK so its swatches match the graph.
 */
export const LOOK: Record<NodeLabel, { color: string; shape: string; size: number }> = {
  Document: { color: '#1f4e79', shape: 'round-rectangle', size: 46 },
  Category: { color: '#7b4fa0', shape: 'hexagon', size: 38 },
  Task: { color: '#2a9d8f', shape: 'ellipse', size: 28 },
  Measure: { color: '#8d99ae', shape: 'diamond', size: 18 },
  Park: { color: '#3a8f3a', shape: 'round-triangle', size: 30 },
  Industry: { color: '#e07b39', shape: 'round-octagon', size: 24 },
  Agency: { color: '#c0392b', shape: 'barrel', size: 24 },
};

const EDGE_COLORS: Record<string, string> = {
  AFFECTS: '#3a8f3a',
  REACHES: '#7fbf7f',
  TARGETS: '#e07b39',
  INVOLVES: '#c0392b',
  PART_OF: '#5d7f5d',
  CITES: '#1f4e79',
};

const ACCENT = '#f4a300';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(short)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'transition-property': 'opacity, border-color, border-width',
      'transition-duration': 200,
    },
  },
  ...NODE_LABELS.map((label) => ({
    selector: `node[label = "${label}"]`,
    style: {
      'background-color': LOOK[label].color,
      shape: LOOK[label].shape as never,
      width: LOOK[label].size,
      height: LOOK[label].size,
    },
  })),
  // Measures are many and small: their numbers appear only once one zooms in or looks at them.
  { selector: 'node[label = "Measure"]', style: { 'min-zoomed-font-size': 11, 'font-size': 9 } },
  { selector: 'node[label = "Document"]', style: { 'font-size': 12, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'curve-style': 'bezier',
      'line-color': '#b8c2cc',
      'target-arrow-color': '#b8c2cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'font-size': 8,
      'text-rotation': 'autorotate',
      'transition-property': 'opacity, line-color, width',
      'transition-duration': 200,
    },
  },
  ...Object.entries(EDGE_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  })),
  // Derived task → park edges of the start view: dashed, thicker the more measures they stand for.
  { selector: 'edge[type = "REACHES"]', style: { 'line-style': 'dashed', width: 'mapData(count, 1, 6, 1.2, 4)' } },
  // The lens's aggregate (lens-aggregate.ts): documents → what was asked about and tasks → documents, as wide as
  // their share of the answer's measures and captioned with the count; the rest of a large answer is one 'More' node.
  {
    selector: 'edge[type = "MEASURES"]',
    style: { width: 'data(weight)', label: 'data(caption)', 'line-color': '#7fbf7f', 'target-arrow-color': '#7fbf7f', 'font-size': 9 },
  },
  { selector: 'node[label = "More"]', style: { shape: 'round-rectangle', 'background-color': '#aab4be', width: 44, height: 26 } },
  // An edge names its type only when selected. The label is set here rather than hidden everywhere else,
  // since Cytoscape measures and places every label it has, shown or not, whenever an edge moves.
  { selector: 'edge:selected', style: { label: 'data(type)' } },
  // Large views (graph.ts marks every element .bulk above its LARGE_VIEW): the costs Cytoscape's performance
  // guide names first go. Edges become straight haystack lines without arrows or dashes, nothing transitions,
  // and captions wait until one has zoomed in past 2× (Cytoscape rounds zoom up to a power of two here),
  // where a screen holds few enough of them to read: the draft fcose layout fits thousands of nodes into
  // one screen at about 1×, where every caption would be drawn, on top of one another, in every frame.
  {
    selector: 'edge.bulk',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'line-style': 'solid',
      'transition-property': 'none',
    },
  },
  { selector: 'node.bulk', style: { 'min-zoomed-font-size': 24, 'transition-property': 'none' } },
  { selector: 'node:selected', style: { 'overlay-color': ACCENT, 'overlay-opacity': 0.35, 'overlay-padding': 7, 'z-index': 30 } },
  { selector: 'edge:selected', style: { 'line-color': ACCENT, 'target-arrow-color': ACCENT, width: 3 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.highlighted', style: { 'border-color': ACCENT, 'border-width': 3, 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { width: 3, 'z-index': 10 } },
  { selector: 'node.lens-park', style: { 'border-color': '#111', 'border-width': 5, 'font-weight': 'bold' } },
  {
    selector: '.path',
    style: { 'line-color': ACCENT, 'target-arrow-color': ACCENT, 'border-color': ACCENT, 'border-width': 4, width: 4, 'z-index': 20 },
  },
  { selector: '.hidden-label', style: { display: 'none' } },
];
