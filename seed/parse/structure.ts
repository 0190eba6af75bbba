/**
 * What the parser did not turn into provisions, so the seed report can say so: text under no provision (a
 * preamble, a safeguards section, a signature) and numbered lines that fit no sequence.
 */
import { NOISE_RE } from './lines.ts';
import type { Outline } from './outline.ts';
import type { ParsedStructure, ParsedTask, UnplacedText } from './parsed-policy.ts';

const inTask = (tasks: ParsedTask[], start: number, end: number) => tasks.some((t) => end > t.start && start < t.end);

// A module function, not a closure in readStructure: tsx names every function it creates, per document.
function where(outline: Outline, first: number, last: number, offset: number): string {
  const section = outline.skippedSections.find((s) => offset >= s.start && offset < s.end);
  if (section) return `section "${section.title}"`;
  if (offset < first) return 'before the provisions';
  if (offset >= last) return 'after the provisions';
  return 'between provisions';
}

export function readStructure(text: string, outline: Outline, tasks: ParsedTask[]): Omit<ParsedStructure, 'unreadableNumbers'> {
  const first = tasks[0]?.start ?? text.length;
  const last = tasks[tasks.length - 1]?.end ?? 0;
  const unplaced: UnplacedText[] = [];
  let open: UnplacedText | undefined;
  for (const line of outline.lines) {
    const blank = line.text.trim() === '' || NOISE_RE.test(line.text);
    const placed =
      inTask(tasks, line.start, line.end) ||
      (outline.headingStarts.has(line.start) && !outline.skippedSections.some((s) => s.start === line.start));
    if (blank || placed) {
      if (!blank) open = undefined;
      continue;
    }
    const here = where(outline, first, last, line.start);
    if (open && open.where === here) open.end = line.end;
    else {
      open = { start: line.start, end: line.end, where: here };
      unplaced.push(open);
    }
  }
  return {
    levels: outline.levels,
    unplaced,
    outOfSequence: outline.outOfSequence.map((h) => ({ marker: text.slice(h.lineStart, h.bodyStart).trim(), start: h.lineStart })),
  };
}
