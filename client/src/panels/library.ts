import type { Actions } from '../actions.ts';
import { fill, h } from '../dom.ts';
import { fetchLibrary, type LibraryPage, type LibraryRow } from '../library-queries.ts';
import { isFiltered, type LibraryFilter, type LibrarySort, type LibraryState, NO_FILTER, pageSummary } from '../library-state.ts';
import { changed, type Store, type UiState } from '../store.ts';

/**
 * The library list: every document, a page of 50 at a time, narrowed by a text filter (debounced), issuer, series,
 * language and held/cited (choices counted from the API's facets) and the timeline's years, in the API's orders.
 * The count line says which rows show of how many; choosing a title opens the document's structure.
 */
const TEXT_DELAY_MS = 250;
const SORT_TEXT: Record<LibrarySort, string> = { DATE: 'Newest first', DOC_NUMBER: 'Document number', TITLE: 'Title' };
const LANGUAGES: Record<string, string> = { en: 'English', zh: '中文 Chinese' };

type Facet = { value: string | null; count: number };

export function setupLibrary(
  root: HTMLElement,
  library: Store<LibraryState>,
  store: Store<UiState>,
  actions: Actions,
  open: (id: string) => void,
) {
  const setFilter = (patch: Partial<LibraryFilter>) => library.set((s) => ({ filter: { ...s.filter, ...patch }, page: 0 }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = h('input', {
    type: 'search',
    id: 'library-search',
    placeholder: 'Title or number…',
    'aria-label': 'Filter documents by title or number',
    value: library.get().filter.text,
    oninput: (event: Event) => {
      clearTimeout(timer);
      const text = (event.target as HTMLInputElement).value;
      timer = setTimeout(() => setFilter({ text }), TEXT_DELAY_MS);
    },
  });
  const selects = h('div', { class: 'library-selects' });
  const count = h('p', { class: 'library-count', id: 'library-count', 'aria-live': 'polite' }, 'Loading the library…');
  const body = h('div', { class: 'library-body' });
  const pager = h('nav', { class: 'pager', id: 'library-pager', 'aria-label': 'Library pages' });
  root.append(h('div', { class: 'library-filters' }, search, selects), count, body, pager);

  function select(id: string, label: string, value: string, options: [string, string][], onchange: (value: string) => void) {
    return h(
      'label',
      {},
      h('span', { class: 'visually-hidden' }, label),
      h(
        'select',
        { id, 'aria-label': label, onchange: (event: Event) => onchange((event.target as HTMLSelectElement).value) },
        options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
      ),
    );
  }

  /** Choices from the facets, most documents first; the chosen one stays listed even when nothing matches it now. */
  function facetOptions(all: string, facets: Facet[], chosen: string | null, name = (v: string) => v): [string, string][] {
    const options: [string, string][] = facets
      .filter((f) => f.value !== null)
      .map((f) => [f.value!, `${name(f.value!)} (${f.count.toLocaleString('en-US')})`]);
    if (chosen && !options.some(([v]) => v === chosen)) options.unshift([chosen, `${name(chosen)} (0)`]);
    return [['', all], ...options];
  }

  function renderSelects(page: LibraryPage | null) {
    const { filter, sort } = library.get();
    const facets = page?.facets;
    const heldCount = (held: boolean) => facets?.held.find((f) => f.held === held)?.count ?? 0;
    fill(selects, [
      select('library-issuer', 'Issuer', filter.issuer ?? '', facetOptions('All issuers', facets?.issuers ?? [], filter.issuer), (v) =>
        setFilter({ issuer: v || null }),
      ),
      select('library-series', 'Number series', filter.series ?? '', facetOptions('All series', facets?.series ?? [], filter.series), (v) =>
        setFilter({ series: v || null }),
      ),
      select(
        'library-language',
        'Language',
        filter.language ?? '',
        facetOptions('All languages', facets?.languages ?? [], filter.language, (v) => LANGUAGES[v] ?? v),
        (v) => setFilter({ language: v || null }),
      ),
      select(
        'library-held',
        'Held in full or cited only',
        filter.held === null ? '' : String(filter.held),
        [
          ['', 'Held and cited'],
          ['true', `Held in full (${heldCount(true).toLocaleString('en-US')})`],
          ['false', `Cited only (${heldCount(false).toLocaleString('en-US')})`],
        ],
        (v) => setFilter({ held: v === '' ? null : v === 'true' }),
      ),
      select('library-sort', 'Order', sort, Object.entries(SORT_TEXT) as [string, string][], (v) =>
        library.set({ sort: v as LibrarySort, page: 0 }),
      ),
      isFiltered(filter) &&
        h(
          'button',
          {
            type: 'button',
            id: 'library-clear',
            onclick: () => {
              search.value = '';
              library.set({ filter: NO_FILTER, page: 0 });
            },
          },
          'Clear filters',
        ),
    ]);
  }

  function row(d: LibraryRow) {
    const held = d.language !== null;
    // A number seeded only in another language: its own node is the stub citations point at, and the document is
    // held as that version, which is what opening the row should show.
    const version = held ? undefined : d.versions.find((v) => v.language !== null);
    const heldAs = version?.language ? `cited; held in ${LANGUAGES[version.language] ?? version.language}` : 'cited only';
    return h(
      'tr',
      { 'data-id': d.id },
      h('td', { class: 'number' }, d.docNumber ?? '—'),
      h(
        'td',
        { class: 'title', lang: d.language ?? null },
        h(
          'button',
          { type: 'button', class: 'linkish open', 'data-id': d.id, onclick: () => open(version?.id ?? d.id) },
          d.title ?? d.docNumber ?? d.id,
        ),
      ),
      h('td', { class: 'issuer' }, d.issuer ?? '—'),
      h('td', { class: 'year' }, d.year ?? '—'),
      h('td', { class: 'language' }, d.language ? (LANGUAGES[d.language] ?? d.language) : '—'),
      h('td', { class: 'measures' }, held ? d.measureCount.toLocaleString('en-US') : '—'),
      h('td', { class: 'held' }, held ? 'held' : heldAs),
    );
  }

  function pagerButton(id: string, label: string, page: number, disabled: boolean) {
    return h('button', { type: 'button', id, disabled, onclick: () => library.set({ page }) }, label);
  }

  function render(page: LibraryPage) {
    const summary = pageSummary(library.get().page, page.totalCount);
    if (summary.page !== library.get().page) {
      library.set({ page: summary.page }); // a page past the end (stale link, narrower filter): show the last one
      return;
    }
    count.textContent = page.totalCount === 0 ? 'No document matches these filters.' : `Showing ${summary.text}`;
    fill(body, [
      page.items.length > 0 &&
        h(
          'table',
          { class: 'library-table', id: 'library-table' },
          h('caption', { class: 'visually-hidden' }, `Documents, ${summary.text}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Number', 'Title', 'Issuer', 'Year', 'Language', 'Measures', 'Held'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h('tbody', {}, page.items.map(row)),
        ),
    ]);
    const last = summary.pages - 1;
    fill(pager, [
      pagerButton('library-first', 'First', 0, summary.page === 0),
      pagerButton('library-prev', 'Previous', summary.page - 1, summary.page === 0),
      h('span', { id: 'library-page' }, `Page ${(summary.page + 1).toLocaleString('en-US')} of ${summary.pages.toLocaleString('en-US')}`),
      pagerButton('library-next', 'Next', summary.page + 1, summary.page >= last),
      pagerButton('library-last', 'Last', last, summary.page >= last),
    ]);
    renderSelects(page);
  }

  let run = 0;
  async function load() {
    const mine = ++run;
    const { filter, sort, page } = library.get();
    const answer = await actions.attempt(
      () => fetchLibrary({ filter, sort, page, years: store.get().years }),
      () => void load(),
    );
    if (!answer || mine !== run) return;
    render(answer);
  }

  const visible = () => library.get().screen === 'library';
  library.subscribe((state, previous) => {
    if (state.screen !== 'library') return;
    if (changed(state, previous, 'filter', 'sort', 'page', 'screen')) void load();
  });
  store.subscribe((state, previous) => {
    if (!changed(state, previous, 'years')) return;
    if (library.get().page !== 0) library.set({ page: 0 });
    else if (visible()) void load();
  });
  renderSelects(null);
  return { load };
}
