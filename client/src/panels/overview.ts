import type { Actions } from '../actions.ts';
import { fill, h } from '../dom.ts';
import { fetchGroupDocuments, fetchOverview, GROUP_PAGE, type GroupPage, type Overview, type OverviewGroup } from '../library-queries.ts';
import type { LibraryGrouping, LibraryState } from '../library-state.ts';
import { pageSummary } from '../library-state.ts';
import { layoutGroups, linkPath, linkWidth, VIEW } from '../overview-layout.ts';
import { changed, type Store, type UiState } from '../store.ts';

/**
 * The library at a glance, at any size: documents grouped by issuer, series or year (a circle per group, its area
 * the group's documents), and arrows between groups for the citations and language versions between their
 * documents (width: how many). It is drawn from the API's aggregate (libraryOverview), never from the documents
 * themselves. Choosing a group, on the drawing or in the list beside it, lists its documents a page at a time.
 */
const SVG = 'http://www.w3.org/2000/svg';
const GROUPING_TEXT: Record<LibraryGrouping, string> = { ISSUER: 'Lead issuer', SERIES: 'Number series', YEAR: 'Year' };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

const n = (count: number) => count.toLocaleString('en-US');

export function setupOverview(
  root: HTMLElement,
  library: Store<LibraryState>,
  store: Store<UiState>,
  actions: Actions,
  open: (id: string) => void,
) {
  const controls = h('div', { class: 'overview-controls' });
  const summary = h('p', { class: 'overview-summary', id: 'overview-summary', 'aria-live': 'polite' }, 'Loading the overview…');
  const drawing = h('div', { class: 'overview-drawing' });
  const list = h('ul', { class: 'overview-groups', id: 'overview-groups', 'aria-label': 'Groups' });
  const members = h('section', { class: 'overview-members', id: 'overview-members', 'aria-live': 'polite' });
  root.append(controls, summary, h('div', { class: 'overview-body' }, drawing, h('div', { class: 'overview-side' }, list, members)));
  let overview: Overview | null = null;
  let membersOffset = 0;

  fill(controls, [
    h(
      'label',
      {},
      'Group by ',
      h(
        'select',
        {
          id: 'overview-group-by',
          onchange: (event: Event) => library.set({ groupBy: (event.target as HTMLSelectElement).value as LibraryGrouping, group: null }),
        },
        (Object.entries(GROUPING_TEXT) as [LibraryGrouping, string][]).map(([value, text]) =>
          h('option', { value, selected: library.get().groupBy === value }, text),
        ),
      ),
    ),
  ]);

  const choose = (id: string) => library.set((s) => ({ group: s.group === id ? null : id }));

  function draw(data: Overview) {
    const inOrder = data.groupBy === 'YEAR';
    const placed = layoutGroups(data.groups, inOrder);
    const largestLink = Math.max(1, ...data.links.map((l) => l.count));
    const chosen = library.get().group;
    const byId = new Map(data.groups.map((g) => [g.id, g]));
    const arrow = svg(
      'marker',
      {
        id: 'overview-arrow',
        viewBox: '0 0 10 10',
        refX: 8,
        refY: 5,
        markerWidth: 9,
        markerHeight: 9,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse',
      },
      svg('path', { d: 'M0,0 L10,5 L0,10 z' }),
    );
    const links = data.links.map((l) => {
      const a = placed.get(l.source);
      const b = placed.get(l.target);
      if (!a || !b) return null;
      const involved = chosen !== null && (l.source === chosen || l.target === chosen);
      const noun = l.type === 'VERSION_OF' ? 'language versions' : 'citations';
      return svg(
        'path',
        {
          class: `link ${l.type === 'VERSION_OF' ? 'version' : 'cites'}${involved ? ' involved' : ''}`,
          d: linkPath(a, b, inOrder),
          'stroke-width': linkWidth(l.count, largestLink).toFixed(1),
          'marker-end': 'url(#overview-arrow)',
        },
        svg('title', {}, `${byId.get(l.source)?.name} → ${byId.get(l.target)?.name}: ${n(l.count)} ${noun}`),
      );
    });
    const nodes = data.groups.map((g) => {
      const p = placed.get(g.id)!;
      const label = g.name.length > 28 ? `${g.name.slice(0, 27)}…` : g.name;
      const node = svg(
        'g',
        {
          class: `group${g.folded ? ' folded' : ''}${g.id === chosen ? ' chosen' : ''}`,
          'data-id': g.id,
          transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
        },
        svg('title', {}, `${g.name}: ${n(g.documentCount)} documents`),
        svg('circle', { r: p.r.toFixed(1), class: 'disc' }),
        svg('circle', { r: (p.r * Math.sqrt(g.documentCount ? g.heldCount / g.documentCount : 0)).toFixed(1), class: 'held' }),
        svg('text', { y: p.labelY.toFixed(1), 'text-anchor': 'middle', class: 'name' }, label),
        svg('text', { y: (p.labelY + 12).toFixed(1), 'text-anchor': 'middle', class: 'count' }, n(g.documentCount)),
      );
      node.addEventListener('click', () => choose(g.id));
      return node;
    });
    const picture = svg(
      'svg',
      {
        viewBox: `0 0 ${VIEW.width} ${VIEW.height}`,
        class: 'overview-svg',
        id: 'overview-graph',
        role: 'img',
        'aria-label': `Overview: ${n(data.documentCount)} documents in ${data.groups.length} groups, by ${GROUPING_TEXT[data.groupBy].toLowerCase()}`,
      },
      svg('defs', {}, arrow),
      ...(links.filter(Boolean) as SVGElement[]),
      ...nodes,
    );
    fill(drawing, [
      picture,
      h(
        'p',
        { class: 'overview-legend' },
        'Circle: documents (dark core: held in full). Arrow: citations, dashed: language versions; thicker for more.',
      ),
    ]);
  }

  function groupItem(g: OverviewGroup) {
    const chosen = library.get().group === g.id;
    const parts = [`${n(g.documentCount)} documents`, `${n(g.heldCount)} held`, `${n(g.measureCount)} measures`];
    if (g.internalLinks > 0) parts.push(`${n(g.internalLinks)} links inside`);
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'linkish', 'data-group': g.id, 'aria-expanded': String(chosen), onclick: () => choose(g.id) },
        h('strong', {}, g.name),
        h('span', { class: 'muted' }, ` ${parts.join(' · ')}`),
      ),
    );
  }

  function renderMembers(group: OverviewGroup | null, page: GroupPage | null) {
    if (!group || !page) {
      fill(members, [h('p', { class: 'muted' }, 'Choose a group to list its documents.')]);
      return;
    }
    const summaryText = pageSummary(membersOffset / GROUP_PAGE, page.totalCount, GROUP_PAGE);
    const step = (offset: number) => () => {
      membersOffset = offset;
      void loadMembers();
    };
    fill(members, [
      h('h3', {}, group.name),
      h('p', { class: 'muted', id: 'overview-members-count' }, summaryText.text),
      h(
        'ul',
        { class: 'overview-documents' },
        page.items.map((d) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'linkish open', 'data-id': d.id, lang: d.language ?? null, onclick: () => open(d.id) },
              d.docNumber ?? d.title ?? d.id,
            ),
            h('span', { class: 'muted' }, ` ${d.year ?? ''} ${d.docNumber && d.title ? `· ${d.title}` : ''}`),
          ),
        ),
      ),
      h(
        'div',
        { class: 'pager' },
        h(
          'button',
          {
            type: 'button',
            id: 'overview-members-prev',
            disabled: membersOffset === 0,
            onclick: step(Math.max(0, membersOffset - GROUP_PAGE)),
          },
          'Previous',
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'overview-members-next',
            disabled: membersOffset + GROUP_PAGE >= page.totalCount,
            onclick: step(membersOffset + GROUP_PAGE),
          },
          'Next',
        ),
      ),
    ]);
  }

  let membersRun = 0;
  async function loadMembers() {
    const mine = ++membersRun;
    const group = overview?.groups.find((g) => g.id === library.get().group) ?? null;
    if (!group || !overview) return renderMembers(null, null);
    const { filter, groupBy } = library.get();
    const page = await actions.attempt(
      () => fetchGroupDocuments(groupBy, group.keys, filter, store.get().years, membersOffset),
      () => void loadMembers(),
    );
    if (!page || mine !== membersRun) return;
    renderMembers(group, page);
  }

  let run = 0;
  async function load() {
    const mine = ++run;
    const { filter, groupBy } = library.get();
    const data = await actions.attempt(
      () => fetchOverview(groupBy, filter, store.get().years),
      () => void load(),
    );
    if (!data || mine !== run) return;
    overview = data;
    const between = data.links.filter((l) => l.type === 'CITES').reduce((sum, l) => sum + l.count, 0);
    summary.textContent = `${n(data.documentCount)} documents in ${n(data.groupCount)} ${data.groupBy === 'YEAR' ? 'years' : 'groups'}${data.groups.length < data.groupCount ? `, shown as ${data.groups.length}` : ''}; ${n(between)} citations between groups.`;
    draw(data);
    fill(list, data.groups.map(groupItem));
    membersOffset = 0;
    await loadMembers();
  }

  library.subscribe((state, previous) => {
    if (state.screen !== 'overview') return;
    if (changed(state, previous, 'filter', 'groupBy', 'screen')) void load();
    else if (changed(state, previous, 'group') && overview) {
      draw(overview);
      fill(list, overview.groups.map(groupItem));
      membersOffset = 0;
      void loadMembers();
    }
  });
  store.subscribe((state, previous) => {
    if (changed(state, previous, 'years') && library.get().screen === 'overview') void load();
  });
  return { load };
}
