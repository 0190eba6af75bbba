import type { GraphView } from './graph.ts';
import { aggregateGraph, aggregateRank, type LensGraph, measureElements, rowsGraph, taskElements } from './lens-aggregate.ts';
import {
  ANSWER_IN_FULL,
  DOCUMENTS_PAGE,
  emptyAnswer,
  type LensAnswer,
  type LensSubject,
  ROWS_PAGE,
  withMoreRows,
  withOpened,
  withoutOpened,
} from './lens-answer.ts';
import { fetchLensOverview, fetchLensRows, fetchLensSubject, fetchLensTasks } from './lens-fetch.ts';
import { lensFilter, lensIds, lensVias } from './lens-filter.ts';
import type { Lens, Store, UiState } from './store.ts';
import { toElements } from './to-elements.ts';

/**
 * The lens's side effects: fetch the answer (whole when small, else its facets first and documents on demand),
 * put it in the store for the list, and draw it: measure by measure when small, as weighted documents and tasks
 * when large. Everything the lens draws is owned by 'lens', so the next question removes it before drawing its own.
 */
type Attempt = <T>(work: () => Promise<T>, retry: () => void) => Promise<T | undefined>;
const OWNER = 'lens';
/** A task's measures come in one request; the API's page limit bounds it. */
const MAX_PAGE = 500;

export function createLensActions(store: Store<UiState>, graph: GraphView, attempt: Attempt) {
  let run = 0;
  let aggregate = false;
  let highlighted: string[] = [];

  const current = () => {
    const { lens, lensAnswer, years } = store.get();
    return lens && lensAnswer ? { lens, answer: lensAnswer, years } : null;
  };
  const setAnswer = (update: (answer: LensAnswer) => LensAnswer) =>
    store.set((s) => (s.lensAnswer ? { lensAnswer: update(s.lensAnswer) } : {}));

  async function draw(shaped: LensGraph & { highlight?: string[] }, mine: number) {
    await graph.merge(toElements(shaped), OWNER);
    if (mine !== run) return;
    const ids = shaped.highlight ?? [...shaped.nodes.map((n) => n.id), ...shaped.edges.map((e) => e.id)];
    highlighted = [...new Set([...highlighted, ...ids])];
    const subjects = store.get().lensAnswer?.subjects.map((s) => s.id) ?? [];
    if (aggregate) await graph.arrange(highlighted, (data) => aggregateRank(data, subjects));
    if (mine !== run) return;
    graph.highlight(highlighted, subjects[0] ?? null);
    store.set((s) => ({ version: s.version + 1 }));
  }

  async function runLens(lens: Lens | null) {
    const mine = ++run;
    graph.collapse(OWNER, false);
    highlighted = [];
    aggregate = false;
    if (!lens) {
      graph.highlight(null);
      store.set({ lensAnswer: null });
      return;
    }
    store.set({ lensAnswer: null });
    const ids = lensIds(lens);
    const filter = lensFilter(lens, store.get().years);
    const answer = await attempt(
      async (): Promise<LensAnswer> => {
        const asked = [ids.parkId, ids.industryId, ids.agencyId].filter((id): id is string => id !== null);
        const subjects = (await Promise.all(asked.map(fetchLensSubject))).filter((s): s is LensSubject => s !== null);
        // Paths the toggles and the via filter rule out together: nothing can answer, so nothing is asked.
        if (lensVias(lens)?.length === 0) return emptyAnswer(subjects);
        const page = await fetchLensOverview(ids, filter, ANSWER_IN_FULL);
        const small = page.totalCount <= ANSWER_IN_FULL;
        return { ...emptyAnswer(subjects), totalCount: page.totalCount, facets: page.facets, rows: small ? page.items : null };
      },
      () => void runLens(store.get().lens),
    );
    if (!answer || mine !== run) return;
    store.set({ lensAnswer: answer });
    aggregate = answer.rows === null;
    await draw(answer.rows ? rowsGraph(answer.rows, answer.subjects) : aggregateGraph(answer), mine);
  }

  async function openDocument(documentId: string) {
    const now = current();
    if (!now || now.answer.rows) return;
    const mine = run;
    const existing = now.answer.opened[documentId];
    if (existing) {
      if (aggregate && graph.has(documentId)) await draw(taskElements(documentId, existing.tasks), mine);
      return;
    }
    const ids = lensIds(now.lens);
    const filter = lensFilter(now.lens, now.years, documentId);
    const loaded = await attempt(
      () => Promise.all([fetchLensTasks(ids, filter, MAX_PAGE, 0), fetchLensRows(ids, filter, ROWS_PAGE, 0)]),
      () => void openDocument(documentId),
    );
    if (!loaded || mine !== run) return;
    const [tasks, rows] = loaded;
    setAnswer((answer) => withOpened(answer, documentId, { tasks, rows: rows.items, total: rows.totalCount }));
    if (aggregate && graph.has(documentId)) await draw(taskElements(documentId, tasks), mine);
  }

  async function moreRows(documentId: string) {
    const now = current();
    const opened = now?.answer.opened[documentId];
    if (!now || !opened) return;
    const mine = run;
    const filter = lensFilter(now.lens, now.years, documentId);
    const rows = await attempt(
      () => fetchLensRows(lensIds(now.lens), filter, ROWS_PAGE, opened.rows.length),
      () => void moreRows(documentId),
    );
    if (rows && mine === run) setAnswer((answer) => withMoreRows(answer, documentId, rows.items));
  }

  /** A task of the aggregate (drawn by openDocument, which noted where its measures start) grows its measures. */
  async function expandTask(taskId: string) {
    const now = current();
    const data = graph.data(taskId);
    if (!now || typeof data?.lensDocument !== 'string' || typeof data.lensOffset !== 'number') return;
    const mine = run;
    const filter = lensFilter(now.lens, now.years, data.lensDocument);
    const limit = Math.min(MAX_PAGE, Number(data.lensCount));
    const rows = await attempt(
      () => fetchLensRows(lensIds(now.lens), filter, limit, data.lensOffset as number),
      () => void expandTask(taskId),
    );
    if (rows && mine === run) await draw(measureElements(rows.items, now.answer.subjects), mine);
  }

  return {
    runLens,
    openDocument,
    moreRows,
    closeDocument: (documentId: string) => setAnswer((answer) => withoutOpened(answer, documentId)),
    moreDocuments: () => setAnswer((answer) => ({ ...answer, documentsShown: answer.documentsShown + DOCUMENTS_PAGE })),
    /** True when a double-click on `id` should grow the lens's aggregate rather than fetch the node's neighbours. */
    expandsLens(id: string): boolean {
      const answer = store.get().lensAnswer;
      if (!aggregate || !answer) return false;
      return graph.data(id)?.lensOffset !== undefined || answer.facets.documents.some((d) => d.document.id === id);
    },
    async expandLens(id: string) {
      if (graph.data(id)?.lensOffset !== undefined) await expandTask(id);
      else await openDocument(id);
    },
  };
}

export type LensActions = ReturnType<typeof createLensActions>;
