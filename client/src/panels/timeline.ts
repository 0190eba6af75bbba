import type { Actions } from '../actions.ts';
import { fill, h, setVar } from '../dom.ts';
import { type Bar, describeYears, labelledBars, pickYears, yearBars } from '../histogram.ts';
import { fetchYears, type YearFacet } from '../library-queries.ts';
import { changed, type Store, type UiState } from '../store.ts';

/**
 * The timeline: the library's documents by year as a histogram, where a person picks the years the library and
 * the lens show (store `years`). A click picks a bar's years (again: all years), Shift+click or a drag across
 * bars picks a range; the From/To lists do the same for keyboards and screen readers, and every bar is a button
 * that says its years and count.
 */
export function setupTimeline(root: HTMLElement, store: Store<UiState>, actions: Actions) {
  let counts: YearFacet = [];
  let anchor: Bar | null = null;
  let dragFrom: Bar | null = null;
  let dragged = false;

  const setYears = (years: UiState['years']) => store.set({ years });

  function barButton(bar: Bar, edge: boolean) {
    const noun = bar.count === 1 ? 'document' : 'documents';
    const button = h(
      'button',
      {
        type: 'button',
        class: `bar${bar.selected ? ' selected' : ''}`,
        'data-from': bar.from,
        'data-to': bar.to,
        'aria-pressed': String(bar.selected && store.get().years !== null),
        'aria-label': `${bar.label}: ${bar.count} ${noun}`,
        title: `${bar.label}: ${bar.count} ${noun}`,
        onpointerdown: (event: Event) => {
          if ((event as PointerEvent).button !== 0) return;
          dragFrom = bar;
          dragged = false;
        },
        onpointerenter: () => {
          if (!dragFrom || dragFrom === bar) return;
          dragged = true;
          setYears(pickYears(store.get().years, bar, true, dragFrom));
        },
        onclick: (event: Event) => {
          // A drag ends in a click on the bar it started from; a keyboard click (detail 0) never follows a drag.
          if (dragged && (event as MouseEvent).detail > 0) return;
          const extend = (event as MouseEvent).shiftKey;
          setYears(pickYears(store.get().years, bar, extend, anchor));
          if (!extend) anchor = bar;
        },
      },
      setVar(h('span', { class: 'fill', 'aria-hidden': 'true' }), '--h', String(bar.height)),
      h('span', { class: `year${edge ? '' : ' minor'}` }, bar.label),
    );
    return button;
  }

  function yearSelect(id: string, label: string, bars: Bar[], end: 'from' | 'to') {
    const value = store.get().years?.[end] ?? null;
    return h(
      'label',
      { class: 'bound' },
      label,
      h(
        'select',
        {
          id,
          onchange: (event: Event) => {
            const raw = (event.target as HTMLSelectElement).value;
            const year = raw === '' ? null : Number(raw);
            const years = { from: store.get().years?.from ?? null, to: store.get().years?.to ?? null, [end]: year };
            if (years.from !== null && years.to !== null && years.from > years.to) [years.from, years.to] = [years.to, years.from];
            setYears(years.from === null && years.to === null ? null : years);
          },
        },
        h('option', { value: '', selected: value === null }, 'any'),
        bars.map((b) => {
          const year = end === 'from' ? b.from : b.to;
          return h('option', { value: year, selected: value === year }, year);
        }),
      ),
    );
  }

  function render() {
    const years = store.get().years;
    const bars = yearBars(counts, years);
    const shown = bars.filter((b) => b.selected).reduce((sum, b) => sum + b.count, 0);
    // Only some years are written under the bars (first, last, every fifth, never touching), so they stay legible.
    const labelled = labelledBars(bars);
    fill(root, [
      h('span', { class: 'label', id: 'timeline-label' }, 'Years'),
      h(
        'div',
        { class: 'histogram', role: 'group', 'aria-labelledby': 'timeline-label' },
        bars.map((b, i) => barButton(b, labelled[i] ?? false)),
      ),
      h(
        'div',
        { class: 'bounds' },
        yearSelect('years-from', 'From', bars, 'from'),
        yearSelect('years-to', 'to', bars, 'to'),
        h('button', { type: 'button', id: 'years-all', disabled: years === null, onclick: () => setYears(null) }, 'All years'),
        h(
          'span',
          { class: 'summary', id: 'years-summary', 'aria-live': 'polite' },
          `${describeYears(years)}: ${shown.toLocaleString('en-US')} documents`,
        ),
      ),
    ]);
  }

  window.addEventListener('pointerup', () => {
    dragFrom = null;
  });
  store.subscribe((state, previous) => {
    if (changed(state, previous, 'years')) render();
  });

  async function load() {
    const answer = await actions.attempt(fetchYears, () => void load());
    if (!answer) return;
    counts = answer;
    render();
  }
  return { load };
}
