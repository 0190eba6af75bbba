import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { type LensPick, searchLensPicks } from '../lens-fetch.ts';

/**
 * "…and concerns artificial intelligence": a search box inside an open lens that adds an industry, an agency or a
 * park to the question, so the lens answers their intersection.
 */
export function setupLensPick(choose: (pick: LensPick) => void): HTMLElement {
  const input = h('input', {
    type: 'search',
    id: 'lens-pick-input',
    placeholder: 'Intersect with an industry, agency or park…',
    autocomplete: 'off',
    'aria-label': 'Intersect the lens with an industry, agency or park',
  });
  const results = h('ul', { id: 'lens-pick-results', class: 'suggestions-inline', 'aria-label': 'Intersect with' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  function show(picks: LensPick[]) {
    results.replaceChildren(
      ...picks.map((pick) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-id': pick.id,
              onclick: () => {
                input.value = '';
                results.replaceChildren();
                choose(pick);
              },
            },
            h('span', { class: 'muted' }, `${pick.label} · `),
            pick.name,
          ),
        ),
      ),
    );
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    controller?.abort();
    const query = input.value.trim();
    if (query.length < 2) return show([]);
    timer = setTimeout(async () => {
      controller = new AbortController();
      try {
        show(await searchLensPicks(query, controller.signal));
      } catch (error) {
        // A newer keystroke aborted this one; bad input (too long) simply finds nothing.
        if ((error as Error).name === 'AbortError') return;
        if (error instanceof ApiError && error.kind === 'input') return show([]);
        results.replaceChildren(h('li', { class: 'muted' }, 'Search is unavailable; try again.'));
      }
    }, 200);
  });
  return h('div', { class: 'lens-pick' }, input, results);
}
