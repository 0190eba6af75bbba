/**
 * Turns provision headings into task texts and measures. A provision runs to the next heading at its level or
 * above; page numbers and pasted image names inside that stretch are dropped. The last provision keeps only its
 * own paragraph and the sub-items under it, so a closing remark, a signature or a date is not mistaken for a measure.
 */

import { lastAtOrBefore } from '../../core/last-at-or-before.ts';
import { isUnterminated, splitSentences, type TextSpan } from '../../core/sentences.ts';
import { NOISE_RE } from './lines.ts';
import type { Outline, ProvisionHeading } from './outline.ts';
import type { ParsedMeasure, ParsedTask } from './parsed-policy.ts';
import { findAmounts, findYears } from './quantities.ts';

/** Ends a sentence: after such a line, a line without a sub-item marker starts something else. */
const TERMINATED = /[.。!！?？;；:：]["'”’)）\]」』]*\s*$/;

/** Paragraphs (runs of non-blank lines) of the provision, noise paragraphs removed. */
function taskParagraphs(outline: Outline, task: ProvisionHeading, stop: number, isLast: boolean): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  // The open paragraph as two numbers (start -1: none), closed inline: a closure made per provision cost more
  // than the loop under tsx, which names every function it creates.
  let currentStart = -1;
  let currentEnd = 0;
  let noisy = true;
  let afterBlank = false;
  let previous = '';
  // Lines are in order: start at the provision's own line instead of walking every line of the document per provision.
  const lines = outline.lines;
  for (let at = lastAtOrBefore(lines, task.lineStart); at < lines.length; at++) {
    const line = lines[at]!;
    if (line.start < task.lineStart) continue;
    if (line.start >= stop) break;
    if (line.text.trim() === '') {
      if (currentStart >= 0 && !noisy) paragraphs.push({ start: currentStart, end: currentEnd });
      currentStart = -1;
      noisy = true;
      afterBlank = paragraphs.length > 0;
      continue;
    }
    if (isLast && line.start !== task.lineStart && !outline.subItemStarts.has(line.start)) {
      // After the last provision's own text only its sub-items follow; a new paragraph, or a new line after a
      // finished sentence (Chinese files put one paragraph on each line), is the closing matter.
      if (afterBlank || TERMINATED.test(previous)) break;
    }
    afterBlank = false;
    previous = line.text;
    const from = line.start === task.lineStart ? task.bodyStart : line.start;
    if (currentStart < 0) currentStart = from;
    currentEnd = line.end;
    if (!NOISE_RE.test(line.text)) noisy = false;
  }
  if (currentStart >= 0 && !noisy) paragraphs.push({ start: currentStart, end: currentEnd });
  return paragraphs;
}

function measure(text: string, span: TextSpan, order: number, truncated: boolean): ParsedMeasure {
  const sentence = text.slice(span.start, span.end);
  return { order, text: sentence, start: span.start, end: span.end, amounts: findAmounts(sentence), years: findYears(sentence), truncated };
}

export function readTasks(text: string, outline: Outline): ParsedTask[] {
  return outline.tasks.map((task, index) => {
    const isLast = index === outline.tasks.length - 1;
    let stop = text.length;
    for (const b of outline.boundaries) if (b > task.lineStart && b < stop) stop = b;
    const paragraphs = taskParagraphs(outline, task, stop, isLast);
    const start = paragraphs[0]?.start ?? task.bodyStart;
    const end = paragraphs[paragraphs.length - 1]?.end ?? task.lineEnd;
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
    const [titleSpan = { start, end }, ...rest] = sentences;
    const lastSentence = sentences[sentences.length - 1] ?? titleSpan;
    const truncated = isUnterminated(text.slice(lastSentence.start, lastSentence.end));
    // A one-sentence task is its own measure, so every task has at least one measure to link entities to.
    const measureSpans = rest.length > 0 ? rest : [titleSpan];
    return {
      number: task.number,
      key: task.key,
      marker: task.marker,
      categoryKey: task.categoryKey,
      title: text.slice(titleSpan.start, titleSpan.end).replace(/[.。]$/, ''),
      titleStart: titleSpan.start,
      titleEnd: titleSpan.end,
      text: text.slice(start, end),
      start,
      end,
      measures: measureSpans.map((span, i) => measure(text, span, i + 1, truncated && span === lastSentence)),
    };
  });
}
