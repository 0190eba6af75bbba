import {
  GROUPINGS,
  initialLibraryState,
  type LibraryGrouping,
  type LibrarySort,
  type LibraryState,
  type Screen,
  SORTS,
} from './library-state.ts';

/**
 * The library's part of the link: `view` (library or overview; absent for the explorer), `doc` (the chosen
 * document), the list's `q`, `issuer`, `series`, `lang`, `held` (1 or 0), `sort` (number or title; date is the
 * default) and `page` (1-based), the overview's `group` (issuer or series; issuer is the default) and `open` (the
 * group listed). The year range is `from`/`to`, written by url-state.ts. Pure; malformed values are dropped.
 */
export type LibraryUrlState = Omit<LibraryState, 'screen'> & { screen: Screen | null };

const MAX_TEXT = 200;
const SORT_NAMES: Record<LibrarySort, string> = { DATE: 'date', DOC_NUMBER: 'number', TITLE: 'title' };
const VIEWS: readonly Screen[] = ['library', 'overview'];

function clean(value: string | null, max = MAX_TEXT): string | null {
  const text = value?.trim() ?? '';
  return text.length > 0 && text.length <= max ? text : null;
}

export function encodeLibraryParams(params: URLSearchParams, state: LibraryUrlState): void {
  if (state.screen === 'library' || state.screen === 'overview') params.set('view', state.screen);
  if (state.document) params.set('doc', state.document);
  const { filter } = state;
  if (filter.text.trim()) params.set('q', filter.text.trim());
  if (filter.issuer) params.set('issuer', filter.issuer);
  if (filter.series) params.set('series', filter.series);
  if (filter.language) params.set('lang', filter.language);
  if (filter.held !== null) params.set('held', filter.held ? '1' : '0');
  if (state.sort !== 'DATE') params.set('sort', SORT_NAMES[state.sort]);
  if (state.page > 0) params.set('page', String(state.page + 1));
  if (state.groupBy !== 'ISSUER') params.set('group', state.groupBy.toLowerCase());
  if (state.group) params.set('open', state.group);
}

export function decodeLibraryParams(search: string): LibraryUrlState {
  const params = new URLSearchParams(search);
  const initial = initialLibraryState();
  const view = params.get('view');
  const sort = SORTS.find((s) => SORT_NAMES[s] === params.get('sort')) ?? initial.sort;
  const groupBy = GROUPINGS.find((g) => g.toLowerCase() === params.get('group')) ?? initial.groupBy;
  const page = Number(params.get('page'));
  const held = params.get('held');
  const lang = params.get('lang');
  return {
    screen: VIEWS.find((v) => v === view) ?? null,
    document: clean(params.get('doc'), 300),
    filter: {
      text: clean(params.get('q')) ?? '',
      issuer: clean(params.get('issuer')),
      series: clean(params.get('series')),
      language: lang === 'zh' || lang === 'en' ? lang : null,
      held: held === '1' ? true : held === '0' ? false : null,
    },
    sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page - 1 : 0,
    groupBy: groupBy satisfies LibraryGrouping,
    group: clean(params.get('open'), 300),
  };
}
