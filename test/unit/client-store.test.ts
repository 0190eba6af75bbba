import { describe, expect, it, vi } from 'vitest';
import { changed, createStore, initialUiState } from '../../client/src/store.ts';

describe('ui store', () => {
  it('notifies listeners with the new and previous state', () => {
    const store = createStore(initialUiState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selection: 'park:a' });
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0]!;
    expect(state.selection).toBe('park:a');
    expect(previous.selection).toBeNull();
    expect(changed(state, previous, 'selection')).toBe(true);
    expect(changed(state, previous, 'lens', 'hidden')).toBe(false);
  });

  it('ignores patches that change nothing, so listeners cannot loop', () => {
    const store = createStore(initialUiState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selection: null, layout: 'fcose' });
    store.set((s) => ({ pending: s.pending }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying after unsubscribe', () => {
    const store = createStore(initialUiState());
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.set({ pending: 1 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.get().pending).toBe(1);
  });

  it('delivers changes made by a listener after the current one, in order, to every listener', () => {
    const store = createStore(initialUiState());
    const seen: string[] = [];
    store.subscribe((state, previous) => {
      if (state.selection === 'a' && previous.selection === null) store.set({ notice: 'from listener' });
    });
    store.subscribe((state, previous) => seen.push(`${previous.selection}->${state.selection} ${state.notice}`));
    store.set({ selection: 'a' });
    expect(seen).toEqual(['null->a null', 'a->a from listener']);
  });
});
