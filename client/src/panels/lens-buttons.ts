import type { Actions } from '../actions.ts';
import { h } from '../dom.ts';
import type { Lens } from '../store.ts';

/**
 * The details panel's ways into the lens: ask the lens question of a park, an industry or an agency, and, while a
 * lens is open on something else, narrow it to what also concerns this one (the intersection).
 */
const QUESTION: Record<string, string> = {
  Park: 'Which measures affect this park?',
  Industry: 'Which measures concern this industry?',
  Agency: 'Which measures name this agency?',
};
const KEY: Record<string, 'parkId' | 'industryId' | 'agencyId'> = { Park: 'parkId', Industry: 'industryId', Agency: 'agencyId' };

export function lensButtons(id: string, label: string, open: Lens | null, actions: Pick<Actions, 'openLens' | 'intersectLens'>) {
  const question = QUESTION[label];
  const key = KEY[label];
  if (!question || !key) return null;
  const asked = open ? [open.parkId, open.industryId, open.agencyId].filter(Boolean) : [];
  const canNarrow = open !== null && !asked.includes(id) && asked.length > 0;
  return [
    h('button', { type: 'button', class: 'primary', 'data-action': 'lens', onclick: () => actions.openLens(id, label) }, question),
    canNarrow &&
      h(
        'button',
        { type: 'button', 'data-action': 'lens-intersect', onclick: () => actions.intersectLens(id, label) },
        // One of each kind: a second industry replaces the first rather than asking for both.
        open[key] ? `Lens on this ${label.toLowerCase()} instead` : `Intersect the open lens with this ${label.toLowerCase()}`,
      ),
  ];
}
