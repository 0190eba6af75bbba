import type { GraphView } from '../graph.ts';

/** Downloads of the current view; loaded on first use only, since few people export. */
function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function exportPng(graph: GraphView) {
  download(graph.png(), `policy-graph-${stamp()}.png`);
}

export function exportJson(graph: GraphView) {
  const json = JSON.stringify(graph.json(), null, 2);
  download(new Blob([json], { type: 'application/json' }), `policy-graph-${stamp()}.json`);
}
