/**
 * Policy text → sections (pure). The text is never normalised, so every offset we return
 * indexes exactly the string that becomes Document.text.
 */

import { sourceSlug } from '../../core/ids.ts';
import { findAddressees } from './addressees.ts';
import { type CitedNumber, readCitations } from './citations.ts';
import { findDate, findIssuers, findOwnNumber, findTitle } from './doc-metadata.ts';
import { findDocNumbers } from './doc-numbers.ts';
import { detectLanguage } from './language.ts';
import { findOrderNumbers } from './order-numbers.ts';
import { findOutline } from './outline.ts';
import type { ParsedCategory, ParsedDocument, ParsedPolicy, TextRange } from './parsed-policy.ts';
import { findTargetYears } from './quantities.ts';
import { readStructure } from './structure.ts';
import { readTasks } from './task-bodies.ts';
import { findUnreadableNumbers } from './unreadable-numbers.ts';

export type { ParsedPolicy } from './parsed-policy.ts';

/** Raised when the text has no policy structure to extract; `reason` is one plain sentence. */
export class PolicyParseError extends Error {
  readonly reason: string;
  readonly source: string;
  constructor(source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = 'PolicyParseError';
    this.source = source;
    this.reason = reason;
  }
}

export function parsePolicy(text: string, source: string): ParsedPolicy {
  const outline = findOutline(text);
  if (outline.tasks.length === 0) {
    throw new PolicyParseError(
      source,
      'No numbered provisions were found; a policy needs numbered items such as "1.", "（一）", "第一条" or "Article 1" to be seeded.',
    );
  }
  // Orders (令) are numbered per issuer without a year; their prefix is the issuer's pinyin and `Ling`.
  const orders = findOrderNumbers(text).map((o) => ({ ...o, prefix: o.docNumber.replace(/ No\. \d+$/, '') }));
  const numbers: (CitedNumber & { issuerRange?: TextRange })[] = findDocNumbers(text);
  for (const o of orders) numbers.push(o);
  numbers.sort((a, b) => a.start - b.start);
  const own = findOwnNumber(outline.lines, numbers);
  const date = findDate(text, outline.lines);
  const title = findTitle(text, outline.lines, own);
  const issuers = findIssuers(text, outline.lines, date, own?.issuerRange);
  const addressees = findAddressees(text, outline.lines, own?.end ?? title?.end ?? 0);
  const tasks = readTasks(text, outline);

  const categories: ParsedCategory[] = outline.categories.map((c) => {
    const heading = text.slice(c.bodyStart, c.lineEnd).trimEnd();
    return {
      number: c.number,
      key: c.key,
      marker: c.marker,
      title: heading.replace(/[.。]$/, ''),
      start: c.bodyStart,
      end: c.bodyStart + heading.length,
    };
  });
  if (categories.length === 0) {
    // Flat task lists still need a Category between Document and Task; an implicit one, without offsets.
    categories.push({ number: 1, key: '1', marker: '', title: 'Tasks', start: 0, end: 0 });
  }

  // Goals stated outside the task list ("By 2025, …") are document-level targets.
  const gaps = tasks.map((t, i) => text.slice(i === 0 ? 0 : tasks[i - 1]!.end, t.start));
  gaps.push(text.slice(tasks[tasks.length - 1]!.end));
  const document: ParsedDocument = {
    slug: own?.slug ?? sourceSlug(source),
    issuers,
    addressees,
    targetYears: findTargetYears(gaps.join('\n')),
  };
  const language = detectLanguage(text);
  if (language) document.language = language;
  if (own) {
    document.docNumber = {
      start: own.start,
      end: own.end,
      text: own.evidence,
      value: own.docNumber,
      prefix: own.prefix,
      serial: own.serial,
    };
    if (own.year !== undefined) document.docNumber.year = own.year;
  }
  if (title) document.title = title;
  if (date) document.date = date;
  const year = own?.year ?? (date ? Number(date.iso.slice(0, 4)) : undefined);
  if (year !== undefined) document.year = year;

  return {
    source,
    text,
    document,
    categories,
    tasks,
    citations: readCitations(text, numbers, own),
    structure: { ...readStructure(text, outline, tasks), unreadableNumbers: findUnreadableNumbers(text, numbers) },
  };
}
