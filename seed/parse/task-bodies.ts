/**
 * Turns task headings into task texts and measures. A task runs to the next numbered or section
 * line; page numbers and pasted image names inside that stretch are dropped, and the last task
 * keeps only its own paragraph so closing remarks are not mistaken for measures.
 */

import { isUnterminated, splitSentences, type TextSpan } from '../../core/sentences.ts';
import { type Heading, NOISE_RE, type Outline } from './outline.ts';
import type { ParsedMeasure, ParsedTask } from './parsed-policy.ts';
import { findAmounts, findYears } from './quantities.ts';

/** Paragraphs (runs of non-blank lines) of the task, noise paragraphs removed. */
function taskParagraphs(outline: Outline, task: Heading, stop: number, onlyFirst: boolean): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  let current: TextSpan | undefined;
  let noisy = true;
  const close = () => {
    if (current && !noisy) paragraphs.push(current);
    current = undefined;
    noisy = true;
  };
  for (const line of outline.lines) {
    if (line.start < task.lineStart || line.start >= stop) continue;
    if (line.text.trim() === '') {
      close();
      if (onlyFirst && paragraphs.length > 0) break;
      continue;
    }
    const from = line.start === task.lineStart ? task.bodyStart : line.start;
    current = current ? { start: current.start, end: line.end } : { start: from, end: line.end };
    if (!NOISE_RE.test(line.text)) noisy = false;
  }
  close();
  return onlyFirst ? paragraphs.slice(0, 1) : paragraphs;
}

function measure(text: string, span: TextSpan, order: number, truncated: boolean): ParsedMeasure {
  const sentence = text.slice(span.start, span.end);
  return { order, text: sentence, start: span.start, end: span.end, amounts: findAmounts(sentence), years: findYears(sentence), truncated };
}

export function readTasks(text: string, outline: Outline): ParsedTask[] {
  const categories = outline.categories;
  return outline.tasks.map((task, index) => {
    const isLast = index === outline.tasks.length - 1;
    const stop = Math.min(...outline.boundaries.filter((b) => b > task.lineStart), text.length);
    const paragraphs = taskParagraphs(outline, task, stop, isLast);
    const start = paragraphs[0]?.start ?? task.bodyStart;
    const end = paragraphs[paragraphs.length - 1]?.end ?? task.lineEnd;
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
    const [titleSpan = { start, end }, ...rest] = sentences;
    const lastSentence = sentences[sentences.length - 1] ?? titleSpan;
    const truncated = isUnterminated(text.slice(lastSentence.start, lastSentence.end));
    // A one-sentence task is its own measure, so every task has at least one measure to link entities to.
    const measureSpans = rest.length > 0 ? rest : [titleSpan];
    const category = [...categories].reverse().find((c) => c.lineStart < task.lineStart) ?? categories[0];
    return {
      number: task.number,
      categoryNumber: category?.number ?? 1,
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
