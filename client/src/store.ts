import type { NodeLabel, Via } from '../../core/graph-contract.ts';
import type { LensAnswer } from './lens-answer.ts';

/**
 * The one UI state store. Panels read it and call `set`; nobody keeps a private copy of these fields,
 * so the URL, the graph and the panels cannot disagree.
 */
export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';

/**
 * The lens question: the measures that affect a park, concern an industry and/or name an agency (at least one id is
 * set; several mean their intersection), narrowed by the optional filters. The year range is the store's `years`.
 */
export interface Lens {
  parkId: string | null;
  industryId?: string | null;
  agencyId?: string | null;
  subParks: boolean;
  parentZones: boolean;
  issuer?: string | null;
  documentId?: string | null;
  via?: Via | null;
}

/** A year range chosen on the timeline; a null bound is open. It narrows the library and the lens alike. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface UiState {
  /** Id of the selected node or edge. */
  selection: string | null;
  lens: Lens | null;
  years: YearRange | null;
  hidden: NodeLabel[];
  layout: LayoutName;
  /** Requests in flight; the loading indicator shows while this is above zero. */
  pending: number;
  /** A plain-language problem to show in the banner, with a way to try again. */
  problem: { message: string; retry: (() => void) | null } | null;
  path: { from: string | null; to: string | null };
  /** The lens answer for `lens` and `years` (null while none is shown or it is loading). */
  lensAnswer: LensAnswer | null;
  /** Ids on the shortest path between path.from and path.to; [] when there is none, null when not asked. */
  pathIds: string[] | null;
  /** A short, passing message (bad input, 'no path'), shown near the toolbar. */
  notice: string | null;
  /** Bumped whenever elements are added to or removed from the graph, for panels that show counts. */
  version: number;
}

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  // A listener may set state while others are still being told about the previous change; queueing keeps
  // every listener seeing every change, in order, with the matching previous state.
  const queue: [S, S][] = [];
  let dispatching = false;
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const changes = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(changes) as (keyof S)[];
      if (keys.every((key) => Object.is(changes[key], previous[key]))) return;
      state = { ...state, ...changes };
      queue.push([state, previous]);
      if (dispatching) return;
      dispatching = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          for (const listener of [...listeners]) listener(next[0], next[1]);
        }
      } finally {
        dispatching = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function initialUiState(): UiState {
  return {
    selection: null,
    lens: null,
    years: null,
    hidden: [],
    layout: 'fcose',
    pending: 0,
    problem: null,
    path: { from: null, to: null },
    lensAnswer: null,
    pathIds: null,
    notice: null,
    version: 0,
  };
}

/** True when `key` differs between two states: listeners use it to skip work they do not own. */
export function changed<S>(state: S, previous: S, ...keys: (keyof S)[]): boolean {
  return keys.some((key) => !Object.is(state[key], previous[key]));
}
