import { fetchStartView, type StartData } from './queries.ts';

/**
 * The start view is the first thing a visit needs, and the server takes a few hundred ms to answer it. So
 * boot.ts asks before the explorer's code (600 KB, mostly Cytoscape) has arrived and started, and the
 * first loadStart takes that answer; every later one (retry, reset) asks afresh.
 */
let early: Promise<StartData> | null = null;

export function prefetchStartView(): void {
  early = fetchStartView();
  // Nobody listens yet: a failure surfaces when loadStart takes the promise, not as an unhandled rejection.
  early.catch(() => {});
}

export function takeStartView(): Promise<StartData> {
  const answer = early ?? fetchStartView();
  early = null;
  return answer;
}
