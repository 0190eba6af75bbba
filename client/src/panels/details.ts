import { isNodeLabel } from '../../../core/graph-contract.ts';
import type { Actions } from '../actions.ts';
import type { ApiGraph, ApiNode, Evidence } from '../api-graph.ts';
import { fill, h, setVar } from '../dom.ts';
import type { GraphView } from '../graph.ts';
import { LOOK } from '../graph-style.ts';
import { fetchDetails, fetchTaskMentions } from '../queries.ts';
import { changed, type Store, type UiState } from '../store.ts';
import { findMentions, type Mark, markRuns } from '../text-marks.ts';
import { groupRelationships, idTail } from '../to-elements.ts';
import { lensButtons } from './lens-buttons.ts';
import { documentRows, languageOf, translationSections } from './versions.ts';

/**
 * The details panel: what the selected node is (label, name, aliases, key properties), where it comes from
 * (its source sentence with every mention marked, and the same text in the document's other languages) and what
 * it is connected to (grouped by relationship type).
 * A selected edge shows its evidence the same way.
 */
interface Loaded {
  node: ApiNode | null;
  neighborhood: ApiGraph;
  mentions: string[];
}

const KEY_PROPERTIES: Record<string, string[]> = {
  Document: ['docNumber', 'year', 'date', 'issuer'],
  Category: ['number', 'title'],
  Task: ['number', 'title'],
  Measure: ['order', 'amounts', 'years'],
  Park: ['kind'],
  Industry: [],
  Agency: ['level'],
};

function badge(label: string) {
  const el = h('span', { class: 'badge' }, label);
  return isNodeLabel(label) ? setVar(el, '--swatch', LOOK[label].color) : el;
}

function marked(text: string, base: number, marks: Mark[], lang?: string) {
  return h(
    'p',
    { class: 'source', lang: lang ?? null },
    markRuns(text, base, marks).map((run) => (run.marked ? h('mark', {}, run.text) : run.text)),
  );
}

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return Array.isArray(value) ? (value.length ? value.join(', ') : null) : String(value);
}

const namesOf = (entity: { name: string; aliases?: string[] | null }) => [entity.name, ...(entity.aliases ?? [])];

/** Evidence offsets mark the mention itself when they are narrower than the sentence they sit in. */
function evidenceMarks(length: number, evidence: Evidence | null | undefined): Mark[] {
  if (!evidence || evidence.start == null || evidence.end == null) return [];
  return evidence.end - evidence.start < length * 0.6 ? [{ start: evidence.start, end: evidence.end }] : [];
}

export function setupDetails(root: HTMLElement, store: Store<UiState>, graph: GraphView, actions: Actions) {
  const cache = new Map<string, Loaded>();
  let shown: string | null = null;

  const link = (id: string, name: string) => h('button', { class: 'linkish', type: 'button', onclick: () => void actions.focus(id) }, name);

  function nodeActions(id: string, label: string) {
    const expanded = actions.isExpanded(id);
    const path = store.get().path;
    return h(
      'div',
      { class: 'actions' },
      lensButtons(id, label, store.get().lens, actions),
      h(
        'button',
        { type: 'button', 'data-action': 'expand', onclick: () => void actions.expand(id) },
        expanded ? 'Expand again' : 'Expand neighbours',
      ),
      expanded && h('button', { type: 'button', 'data-action': 'collapse', onclick: () => actions.collapse(id) }, 'Collapse'),
      actions.isTruncated(id) &&
        h('button', { type: 'button', 'data-action': 'more', onclick: () => void actions.showMore(id) }, 'Show more neighbours'),
      h(
        'button',
        {
          type: 'button',
          'data-action': 'path-from',
          onclick: () => store.set({ path: { from: id, to: path.to === id ? null : path.to }, pathIds: null }),
        },
        'Path from here',
      ),
      path.from &&
        path.from !== id &&
        h(
          'button',
          { type: 'button', 'data-action': 'path-to', onclick: () => store.set({ path: { from: path.from, to: id }, pathIds: null }) },
          'Path to here',
        ),
    );
  }

  function renderNode(id: string, loaded: Loaded) {
    const node = loaded.node ?? (graph.data(id) as ApiNode | null);
    if (!node) {
      root.replaceChildren(h('p', { class: 'placeholder' }, 'This node is no longer in the graph.'));
      return;
    }
    const names = new Map(loaded.neighborhood.nodes.map((n) => [n.id, n.name]));
    const groups = groupRelationships(id, loaded.neighborhood.edges, (other) => names.get(other) ?? other);
    const props = (KEY_PROPERTIES[node.label] ?? []).map((key) => [key, show(node[key])] as const).filter(([, v]) => v);
    const extra: [string, Node | string][] = documentRows(node, (other) => void actions.focus(other));
    const lang = languageOf(node);
    const task = node.task as { id: string; name: string; number: number | null } | null | undefined;
    if (task) extra.push(['task', link(task.id, `${task.number ?? ''} ${task.name}`.trim())]);
    const category = node.category as { id: string; name: string } | null | undefined;
    if (category) extra.push(['category', link(category.id, category.name)]);
    const parent = node.parent as { id: string; name: string } | null | undefined;
    if (parent) extra.push(['part of', link(parent.id, parent.name)]);
    const subParks = (node.subParks as { id: string; name: string }[] | undefined) ?? [];
    if (subParks.length)
      extra.push([
        'contains',
        h(
          'span',
          {},
          subParks.flatMap((p, i) => [i ? ', ' : '', link(p.id, p.name)]),
        ),
      ]);

    let source: HTMLElement | null = null;
    const text = typeof node.text === 'string' ? node.text : null;
    if (text) {
      const base = typeof node.start === 'number' ? node.start : 0;
      const links = [
        ...((node.parks as { park: { name: string; aliases: string[] | null }; evidence: Evidence | null }[]) ?? []).map((l) => ({
          names: namesOf(l.park),
          evidence: l.evidence,
        })),
        ...((node.industries as { industry: { name: string; aliases: string[] | null }; evidence: Evidence | null }[]) ?? []).map((l) => ({
          names: namesOf(l.industry),
          evidence: l.evidence,
        })),
        ...((node.agencies as { agency: { name: string; aliases: string[] | null }; evidence: Evidence | null }[]) ?? []).map((l) => ({
          names: namesOf(l.agency),
          evidence: l.evidence,
        })),
      ];
      const terms = [...links.flatMap((l) => l.names), ...loaded.mentions];
      const marks = [
        ...findMentions(text, terms).map((m) => ({ start: m.start + base, end: m.end + base })),
        ...links.flatMap((l) => evidenceMarks(text.length, l.evidence)),
      ];
      source = h('div', {}, h('h3', { class: 'muted' }, 'Source text'), marked(text, base, marks, lang));
    }

    fill(root, [
      h('h2', {}, 'Details'),
      badge(node.label),
      h(
        'p',
        { class: 'title', id: 'details-title', lang: node.label === 'Measure' ? null : (lang ?? null) },
        node.label === 'Measure' ? `Measure ${idTail(node.id)}` : String(node.name),
      ),
      show(node.aliases) && h('p', { class: 'muted' }, `Also called: ${show(node.aliases)}`),
      (props.length > 0 || extra.length > 0) &&
        h(
          'dl',
          { class: 'props' },
          props.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
          extra.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
        ),
      nodeActions(id, node.label),
      source,
      translationSections(node, (other) => void actions.focus(other)),
      h('h3', { class: 'muted' }, `Relationships${loaded.neighborhood.truncated ? ' (first 300 neighbours)' : ''}`),
      groups.length === 0
        ? h('p', { class: 'placeholder' }, 'None.')
        : groups.map((group) =>
            h(
              'details',
              { class: 'rels', open: group.items.length <= 6 },
              h('summary', {}, `${group.key} (${group.items.length})`),
              h(
                'ul',
                {},
                group.items.map((item) => h('li', {}, link(item.id, item.name))),
              ),
            ),
          ),
    ]);
  }

  function renderEdge(id: string) {
    const edge = graph.data(id);
    if (!edge) return;
    const source = graph.data(String(edge.source));
    const target = graph.data(String(edge.target));
    const sourceName = String(source?.name ?? edge.source);
    const targetName = String(target?.name ?? edge.target);
    const evidence = edge.evidence as Evidence | null | undefined;
    const measures = (edge.measures as string[] | undefined) ?? [];
    let body: (HTMLElement | string)[] = [];
    if (evidence?.text) {
      const terms = [source, target].flatMap((n) => (n ? namesOf(n as unknown as ApiNode & { aliases?: string[] }) : []));
      body = [h('h3', { class: 'muted' }, 'Evidence'), marked(evidence.text, 0, findMentions(evidence.text, terms))];
    } else if (edge.type === 'REACHES') {
      body = [
        h('p', {}, `Task reaches this park through ${measures.length} measure${measures.length === 1 ? '' : 's'}:`),
        h(
          'ul',
          {},
          measures.map((m) => h('li', {}, link(m, `Measure ${m.slice(m.lastIndexOf(':') + 1)}`))),
        ),
      ];
    }
    fill(root, [
      h('h2', {}, 'Details'),
      badge(String(edge.type)),
      h('p', { class: 'title', id: 'details-title' }, link(String(edge.source), sourceName), ' → ', link(String(edge.target), targetName)),
      show(edge.via) && h('p', {}, `Via: ${show(edge.via)}`),
      show(edge.role) && h('p', {}, `Role: ${show(edge.role)}`),
      body,
    ]);
  }

  async function render() {
    const id = store.get().selection;
    shown = id;
    if (!id) {
      root.replaceChildren(
        h('h2', {}, 'Details'),
        h(
          'p',
          { class: 'placeholder' },
          'Search for a park (press /) or click a node to see what it is, where it comes from and what it links to. Double-click a node to expand it.',
        ),
      );
      return;
    }
    const data = graph.data(id);
    if (data && data.source !== undefined) return renderEdge(id);
    const cached = cache.get(id);
    if (cached) return renderNode(id, cached);
    root.replaceChildren(h('h2', {}, 'Details'), h('p', { class: 'placeholder' }, 'Loading…'));
    const loaded = await actions.attempt(
      async () => {
        const label = data?.label;
        const [details, mentions] = await Promise.all([fetchDetails(id), label === 'Task' ? fetchTaskMentions(id) : null]);
        // A deep link can name a task before it is on screen: its label is known only once fetched.
        const names = mentions ?? (details.node?.label === 'Task' ? await fetchTaskMentions(id) : { names: [] });
        return { ...details, mentions: names.names };
      },
      () => void render(),
    );
    if (!loaded) return;
    cache.set(id, loaded);
    if (shown === id) renderNode(id, loaded);
  }

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'selection')) void render();
    else if (changed(state, previous, 'version', 'path') && state.selection) void render();
  });
  void render();
}
