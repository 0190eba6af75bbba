import { onPending } from '../api.ts';
import { fill, h } from '../dom.ts';
import { changed, type Store, type UiState } from '../store.ts';

/**
 * The loading indicator (any request in flight) and the banner that says, in plain words, when the
 * server or its database is down, with a retry. Passing notices ('no path') share the loading spot.
 */
export function setupStatus(loading: HTMLElement, banner: HTMLElement, store: Store<UiState>) {
  const text = loading.querySelector('.loading-text')!;
  const spinner = loading.querySelector('.spinner') as HTMLElement;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  onPending((pending) => store.set({ pending }));

  function render(state: UiState) {
    const busy = state.pending > 0;
    loading.hidden = !busy && !state.notice;
    spinner.hidden = !busy;
    text.textContent = busy ? 'Loading…' : (state.notice ?? '');
    document.body.setAttribute('aria-busy', String(busy));
    banner.hidden = !state.problem;
    if (state.problem) {
      const retry = state.problem.retry;
      fill(banner, [
        h('p', { id: 'banner-text' }, state.problem.message),
        retry && h('button', { type: 'button', 'data-action': 'retry', onclick: () => retry() }, 'Try again'),
      ]);
    }
  }

  store.subscribe((state, previous) => {
    if (changed(state, previous, 'notice') && state.notice) {
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => store.set({ notice: null }), 5000);
    }
    if (changed(state, previous, 'pending', 'problem', 'notice')) render(state);
  });
  render(store.get());
}
