import { chooseStart, type HeldDocuments, type Start } from './home.ts';
import { type DocumentStructure, fetchHeld, fetchStructure } from './library-queries.ts';
import { decodeLibraryParams } from './library-url.ts';
import type { StartData } from './queries.ts';
import { decodeUrlState } from './url-state.ts';

/**
 * Where the explorer starts, and the structure of the document it shows. The first answer is needed before
 * anything can be drawn, and the server takes a moment: so boot.ts asks (how many documents are held, and the
 * linked document's structure) before the explorer's code (600 KB, mostly Cytoscape) has arrived, and the first
 * loadStart takes those answers; every later one (retry, reset, another document) asks afresh.
 */
export interface StartAnswer {
  start: Start;
  held: HeldDocuments;
}

let decision: Promise<StartAnswer> | null = null;
let decided: StartAnswer | null = null;
const early = new Map<string, Promise<DocumentStructure | null>>();
const decidedListeners = new Set<(answer: StartAnswer) => void>();
const shownListeners = new Set<(shown: Shown) => void>();

export interface Shown {
  document: string | null;
  offset: number;
  structure: DocumentStructure | null;
}
let shown: Shown = { document: null, offset: 0, structure: null };

const key = (id: string, offset: number) => `${offset}:${id}`;

function prefetchStructure(id: string, offset = 0): void {
  if (early.has(key(id, offset))) return;
  const answer = fetchStructure(id, offset);
  answer.catch(() => early.delete(key(id, offset)));
  early.set(key(id, offset), answer);
}

async function decide(search: string): Promise<StartAnswer> {
  const ui = decodeUrlState(search);
  const library = decodeLibraryParams(search);
  const link = { screen: library.screen, document: library.document, selection: ui.selection, lensPark: ui.lens?.parkId ?? null };
  if (link.document && !link.screen) prefetchStructure(link.document);
  const held = await fetchHeld();
  const start = chooseStart(link, held);
  if (start.screen === 'explorer' && start.document) prefetchStructure(start.document);
  return { start, held };
}

export function prefetchStartView(search: string): void {
  decision = decide(search);
  // Nobody listens yet: a failure surfaces when loadStart asks, not as an unhandled rejection, and is asked again.
  decision.catch(() => {
    decision = null;
  });
}

/** The start, decided once per visit (the first call after a failure asks again). */
export async function ensureStart(): Promise<StartAnswer> {
  if (decided) return decided;
  if (!decision) prefetchStartView(location.search);
  const answer = await decision!;
  if (!decided) {
    decided = answer;
    if (answer.start.screen === 'explorer') shown = { ...shown, document: answer.start.document };
    for (const listener of decidedListeners) listener(answer);
  }
  return decided;
}

export function onStartDecided(listener: (answer: StartAnswer) => void): void {
  decidedListeners.add(listener);
}

export function onShown(listener: (shown: Shown) => void): void {
  shownListeners.add(listener);
}

/** The document (and page of its tasks) the next loadStart draws; null for an explorer without one. */
export function showDocument(document: string | null, offset = 0): void {
  shown = { document, offset, structure: null };
}

export const shownDocument = () => shown.document;

const EMPTY: StartData = { categories: { items: [] }, tasks: { items: [] }, parks: { items: [] } };

export function asStartData(s: DocumentStructure): StartData {
  return {
    categories: { items: s.categories.map((c) => ({ ...c, document: s.document })) },
    tasks: { items: s.tasks },
    parks: { items: s.parks },
  };
}

/** What loadStart draws: the shown document's structure (a removed document draws nothing rather than failing). */
export async function takeStartView(): Promise<StartData> {
  await ensureStart();
  const { document, offset } = shown;
  if (!document) {
    for (const listener of shownListeners) listener(shown);
    return EMPTY;
  }
  const answer = early.get(key(document, offset)) ?? fetchStructure(document, offset);
  early.delete(key(document, offset));
  const structure = await answer;
  if (shown.document === document && shown.offset === offset) {
    shown = { document, offset, structure };
    for (const listener of shownListeners) listener(shown);
  }
  return structure ? asStartData(structure) : EMPTY;
}
