import type { Actions } from '../actions.ts';
import { fill, h } from '../dom.ts';
import type { LensAnswer, LensSubject } from '../lens-answer.ts';
import { changed, type Lens, type Store, type UiState } from '../store.ts';
import { lensList } from './lens-list.ts';
import { setupLensPick } from './lens-pick.ts';

/**
 * The lens panel: which measures affect a park, concern an industry, name an agency, or any intersection of them.
 * Its header names the question (each part removable) and offers another part to intersect with; then the park's
 * path toggles, the filters (years, issuer, document, via: each with the answer's counts) and the list. The year
 * range is the store's shared `years`, so the timeline and the lens narrow alike. Arrow keys move through the rows.
 */
const KEY = { Park: 'parkId', Industry: 'industryId', Agency: 'agencyId' } as const;
const PHRASE = { Park: 'affecting', Industry: 'concerning', Agency: 'naming' } as const;

function question(subjects: LensSubject[]): string {
  return `Measures ${subjects.map((s) => `${PHRASE[s.label as keyof typeof PHRASE] ?? 'linked to'} ${s.name}`).join(' and ')}`;
}

function year(value: string): number | null {
  return /^\d{4}$/.test(value.trim()) ? Number(value) : null;
}

export function setupLens(root: HTMLElement, store: Store<UiState>, actions: Actions) {
  const setLens = (patch: Partial<Lens>) => {
    const lens = store.get().lens;
    if (lens) store.set({ lens: { ...lens, ...patch } });
  };
  // Built once, so a control keeps its focus while the list below reloads.
  const title = h('p', { class: 'title', id: 'lens-title' });
  const subjects = h('div', { class: 'lens-subjects' });
  const pick = setupLensPick((p) => actions.intersectLens(p.id, p.label));
  const toggles = {
    subParks: h('input', { type: 'checkbox', 'data-toggle': 'subParks' }),
    parentZones: h('input', { type: 'checkbox', 'data-toggle': 'parentZones' }),
  };
  for (const [key, box] of Object.entries(toggles) as ['subParks' | 'parentZones', HTMLInputElement][]) {
    box.addEventListener('change', () => setLens({ [key]: box.checked }));
  }
  const toggleRow = h(
    'div',
    { class: 'toggles' },
    h('label', {}, toggles.subParks, ' include parks inside it'),
    h('label', {}, toggles.parentZones, ' include zones containing it'),
  );
  const from = h('input', { type: 'number', id: 'lens-year-from', min: 1000, max: 9999, placeholder: 'from', 'aria-label': 'From year' });
  const to = h('input', { type: 'number', id: 'lens-year-to', min: 1000, max: 9999, placeholder: 'to', 'aria-label': 'To year' });
  const setYears = () => {
    const range = { from: year(from.value), to: year(to.value) };
    if (range.from !== null && range.to !== null && range.from > range.to) [range.from, range.to] = [range.to, range.from];
    store.set({ years: range.from === null && range.to === null ? null : range });
  };
  from.addEventListener('change', setYears);
  to.addEventListener('change', setYears);
  const select = (id: string, label: string, onchange: (value: string | null) => void) => {
    const el = h('select', { id, 'aria-label': label });
    el.addEventListener('change', () => onchange(el.value || null));
    return el;
  };
  const issuer = select('lens-issuer', 'Issuer', (value) => setLens({ issuer: value }));
  const documentSelect = select('lens-document', 'Document', (value) => setLens({ documentId: value }));
  const via = select('lens-via', 'How the measure reaches the park', (value) => setLens({ via: value as Lens['via'] }));
  const filters = h('div', { class: 'lens-filters' }, h('label', {}, 'Years ', from, ' – ', to), issuer, documentSelect, via);
  const body = h('div', {});
  root.append(
    h('h2', {}, 'Lens'),
    title,
    subjects,
    pick,
    toggleRow,
    filters,
    body,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'close-lens', onclick: () => store.set({ lens: null }) }, 'Close lens'),
    ),
  );

  const options = (el: HTMLSelectElement, any: string, items: [string, string][], chosen: string | null | undefined) => {
    const known = items.some(([value]) => value === chosen);
    fill(el, [
      h('option', { value: '' }, any),
      chosen && !known && h('option', { value: chosen }, chosen),
      items.map(([value, text]) => h('option', { value }, text)),
    ]);
    el.value = chosen ?? '';
  };

  function renderFilters(lens: Lens, answer: LensAnswer | null) {
    const facets = answer?.facets;
    from.value = String(store.get().years?.from ?? '');
    to.value = String(store.get().years?.to ?? '');
    options(
      issuer,
      'All issuers',
      (facets?.issuers ?? []).filter((i) => i.issuer).map((i) => [i.issuer!, `${i.issuer} (${i.count})`]),
      lens.issuer,
    );
    // The most productive documents first, as the facet orders them; a select of thousands helps nobody.
    const docs = (facets?.documents ?? [])
      .slice(0, 300)
      .map((d) => [d.document.id, `${d.document.docNumber ?? d.document.name} (${d.count})`] as [string, string]);
    options(documentSelect, 'All documents', docs, lens.documentId);
    options(
      via,
      'Any path',
      (facets?.vias ?? []).map((v) => [v.via, `${v.via} (${v.count})`]),
      lens.via,
    );
    via.hidden = !lens.parkId;
  }

  function render(state: UiState) {
    const { lens, lensAnswer: answer } = state;
    root.hidden = !lens;
    if (!lens) return body.replaceChildren();
    const asked = answer?.subjects ?? [];
    title.textContent = asked.length ? question(asked) : 'Measures';
    fill(
      subjects,
      asked.map((s) =>
        h(
          'span',
          { class: 'chip', 'data-subject': s.id },
          `${s.label} · ${s.name}`,
          h(
            'button',
            {
              type: 'button',
              'aria-label': `Remove ${s.name} from the lens`,
              'data-action': 'lens-remove',
              onclick: () => {
                const key = KEY[s.label as keyof typeof KEY];
                const next = { ...lens, [key]: null, ...(key === 'parkId' ? { via: null } : {}) };
                store.set({ lens: next.parkId || next.industryId || next.agencyId ? next : null });
              },
            },
            '×',
          ),
        ),
      ),
    );
    toggleRow.hidden = !lens.parkId;
    toggles.subParks.checked = lens.subParks;
    toggles.parentZones.checked = lens.parentZones;
    renderFilters(lens, answer);
    fill(body, [
      answer === null
        ? h('p', { class: 'placeholder' }, 'Looking for measures…')
        : answer.totalCount === 0
          ? h(
              'p',
              { class: 'placeholder', id: 'lens-count', 'data-total': 0 },
              'No measure in the documents answers this (with these filters).',
            )
          : lensList(
              { answer, selection: state.selection, select: (id) => store.set({ selection: id }), lens: actions.lens },
              title.textContent,
            ),
    ]);
  }

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('#lens-list button[data-id]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'lens', 'lensAnswer', 'selection', 'years')) {
      const focused = (document.activeElement as HTMLElement | null)?.dataset.id;
      render(state);
      if (focused) root.querySelector<HTMLElement>(`button[data-id="${CSS.escape(focused)}"]`)?.focus();
    }
  });
  render(store.get());
}
