/**
 * Finds the numbered skeleton of a policy: category headings `(1) …` and task lines `N. …`.
 * Real documents repeat tasks (news summaries), lose digits to page breaks (`1` / `5.` for 15)
 * and number other things, so we collect every candidate and keep the longest run of
 * consecutive numbers in reading order rather than trusting any single line.
 */
export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface Heading {
  number: number;
  /** Offset of the line that carries the number. */
  lineStart: number;
  /** Offset just after the number and its punctuation: where the heading's own text begins. */
  bodyStart: number;
  lineEnd: number;
}

export interface Outline {
  lines: Line[];
  tasks: Heading[];
  categories: Heading[];
  /** Line starts where a task body must stop (any numbered or section line). */
  boundaries: number[];
}

const SPACE = '[ \\t\\u3000]';
const TASK_RE = new RegExp(`^${SPACE}*(\\d{1,3})[.．](?!\\d)${SPACE}*(?=\\S)`);
const CHINESE_NUMERALS = '一二三四五六七八九十';
const CATEGORY_RE = new RegExp(`^${SPACE}*[(（]${SPACE}*(\\d{1,2}|[${CHINESE_NUMERALS}]{1,3})${SPACE}*[)）]${SPACE}*(?=\\S)`);
const SECTION_RE = new RegExp(
  `^${SPACE}*(?:(?:\\d{1,2}|[${CHINESE_NUMERALS}]{1,3})${SPACE}*、|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)[,，、]${SPACE}|(?:Annex|Attachment)\\b|附件)`,
);
/** Page numbers and pasted image names: printed artefacts, never content. */
export const NOISE_RE = /^[ \t\u3000]*(?:\d{1,3}|\S+\.(?:png|jpe?g|gif|bmp|webp))[ \t\u3000\r]*$/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    let end = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length + 1 : nl + 1;
    if (end > start && text[end - 1] === '\r') end--;
    lines.push({ start, end, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string | undefined) => (c ? CHINESE_NUMERALS.indexOf(c) + 1 : 0);
  const ten = s.indexOf('十');
  if (ten === -1) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

/**
 * Longest run n, n+1, n+2… in reading order. Ties go to the most compact run, so a summary
 * task that happens to precede the real list does not start the chain.
 */
export function pickChain<T extends { number: number; lineStart: number }>(candidates: T[]): T[] {
  const length = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  const first = candidates.map((c) => c.lineStart);
  // The best chain ending in each number among candidates on earlier lines (longest, then latest start,
  // then earliest found), so each candidate looks up its predecessor instead of scanning all earlier ones:
  // that scan was quadratic in the number of numbered lines (found by fuzzing). Candidates come in reading
  // order; those sharing a line (a page-number reading) must not extend each other, hence the pending list.
  const bestEnding = new Map<number, number>();
  let pending: number[] = [];
  const settle = () => {
    for (const j of pending) {
      const current = bestEnding.get(candidates[j]!.number);
      const better =
        current === undefined || length[j]! > length[current]! || (length[j] === length[current] && first[j]! > first[current]!);
      if (better) bestEnding.set(candidates[j]!.number, j);
    }
    pending = [];
  };
  candidates.forEach((c, i) => {
    if (pending.length > 0 && candidates[pending[0]!]!.lineStart < c.lineStart) settle();
    const j = bestEnding.get(c.number - 1);
    if (j !== undefined) {
      length[i] = length[j]! + 1;
      previous[i] = j;
      first[i] = first[j]!;
    }
    pending.push(i);
  });
  let best = -1;
  candidates.forEach((c, i) => {
    if (best === -1) {
      best = i;
      return;
    }
    const span = c.lineStart - first[i]!;
    const bestSpan = candidates[best]!.lineStart - first[best]!;
    if (length[i]! > length[best]! || (length[i] === length[best] && span <= bestSpan)) best = i;
  });
  const chain: T[] = [];
  for (let i = best; i !== -1; i = previous[i]!) chain.unshift(candidates[i]!);
  return chain;
}

function heading(line: Line, match: RegExpExecArray, number: number): Heading {
  return { number, lineStart: line.start, bodyStart: line.start + match[0].length, lineEnd: line.end };
}

export function findOutline(text: string): Outline {
  const lines = splitLines(text);
  const taskCandidates: Heading[] = [];
  const categoryCandidates: Heading[] = [];
  const boundaries: number[] = [];
  let previousVisible: Line | undefined;
  for (const line of lines) {
    const task = TASK_RE.exec(line.text);
    const category = CATEGORY_RE.exec(line.text);
    if (task) {
      taskCandidates.push(heading(line, task, Number(task[1])));
      // A page number printed just before a task line may have swallowed its first digit(s).
      if (previousVisible && /^\s*\d{1,2}\s*$/.test(previousVisible.text)) {
        taskCandidates.push(heading(line, task, Number(previousVisible.text.trim() + task[1])));
      }
    }
    if (category) categoryCandidates.push(heading(line, category, chineseNumeral(category[1]!)));
    if (task || category || SECTION_RE.test(line.text)) boundaries.push(line.start);
    if (line.text.trim() !== '') previousVisible = line;
  }
  const tasks = pickChain(taskCandidates);
  const firstTask = tasks[0];
  const lastTask = tasks[tasks.length - 1];
  // Categories belong to the same region as the chosen tasks: after any rejected task lines that precede it.
  const regionStart = firstTask
    ? Math.max(-1, ...taskCandidates.filter((c) => c.lineStart < firstTask.lineStart).map((c) => c.lineStart))
    : -1;
  const inRegion = categoryCandidates.filter((c) => c.lineStart > regionStart && (!lastTask || c.lineStart < lastTask.lineStart));
  const categories = inRegion.length > 0 ? pickChain(inRegion) : [];
  return { lines, tasks, categories, boundaries };
}
