import { NODE_LABELS } from '../../../core/graph-contract.ts';
import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { type SearchHit, searchEntities } from '../queries.ts';

/**
 * The search box: suggestions from the API's full-text search as one types, grouped by label.
 * Arrow keys (or Tab) move through them, Enter chooses, Esc closes; `/` anywhere focuses the box.
 */
export function setupSearch(root: HTMLElement, choose: (hit: SearchHit) => void) {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    placeholder: 'Search parks, tasks, measures, agencies…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'suggestions',
    'aria-autocomplete': 'list',
    'aria-label': 'Search the graph',
  });
  const list = h('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
  root.append(input, h('kbd', { 'aria-hidden': 'true' }, '/'), list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function move(to: number) {
    const all = options();
    if (all.length === 0) return;
    active = (to + all.length) % all.length;
    for (const [i, el] of all.entries()) el.setAttribute('aria-selected', String(i === active));
    const current = all[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  function pick(index: number) {
    const option = options()[index];
    const hit = hits.find((x) => x.id === option?.dataset.id);
    if (!hit) return;
    close();
    input.value = hit.name;
    choose(hit);
  }

  function render(message?: string) {
    list.replaceChildren();
    active = -1;
    if (message) list.append(h('li', { class: 'empty', role: 'presentation' }, message));
    // Ordered by the legend's label order, hits inside a group keep the API's ranking.
    for (const label of NODE_LABELS) {
      const group = hits.filter((x) => x.label === label);
      if (group.length === 0) continue;
      list.append(h('li', { class: 'group', role: 'presentation' }, `${label} (${group.length})`));
      for (const hit of group) {
        const snippet = hit.snippet && hit.snippet !== hit.name ? h('span', { class: 'snippet' }, hit.snippet) : null;
        list.append(
          h(
            'li',
            {
              role: 'option',
              id: `opt-${options().length}`,
              'data-id': hit.id,
              'aria-selected': 'false',
              onmousedown: (e: Event) => e.preventDefault(),
            },
            hit.name,
            snippet,
          ),
        );
      }
    }
    for (const [i, el] of options().entries()) el.addEventListener('click', () => pick(i));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  async function suggest(query: string) {
    controller?.abort();
    if (query.trim().length < 2) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    try {
      hits = await searchEntities(query.trim(), controller.signal);
      render(hits.length === 0 ? `Nothing matches “${query.trim()}”.` : undefined);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      hits = [];
      render(error instanceof ApiError ? error.message : 'Search failed; try again.');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(input.value), 180);
  });
  input.addEventListener('focus', () => {
    if (hits.length > 0) render();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options().length > 0;
    if (event.key === 'ArrowDown' || (event.key === 'Tab' && !event.shiftKey && open)) {
      if (!open) return;
      event.preventDefault();
      move(active + 1);
    } else if (event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey && open)) {
      if (!open) return;
      event.preventDefault();
      move(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      if (!list.hidden) event.stopPropagation();
      close();
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
