import type { Screen } from './library-state.ts';

/**
 * Where a visit starts, pure. A link that names a view, a document, a node or a lens opens exactly that (old links
 * `?node=…&lens=…` still open the explorer). A bare address opens the library, except when the library holds one
 * document in full: then that document's structure shows at once, as the explorer did before there was a library,
 * and the library is one click away.
 */
export interface StartLink {
  screen: Screen | null;
  document: string | null;
  selection: string | null;
  lensPark: string | null;
}

export interface HeldDocuments {
  count: number;
  /** The id of the only held document when there is exactly one. */
  only: string | null;
}

export interface Start {
  screen: Screen;
  /** The document whose structure the explorer draws; null for an explorer that starts empty. */
  document: string | null;
}

export function chooseStart(link: StartLink, held: HeldDocuments): Start {
  const document = link.document ?? (held.count === 1 ? held.only : null);
  if (link.screen) return { screen: link.screen, document };
  const explicit = link.document !== null || link.selection !== null || link.lensPark !== null;
  return { screen: explicit || held.count === 1 ? 'explorer' : 'library', document };
}
