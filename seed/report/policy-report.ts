/**
 * The seed report of one file: the outline found, what was not read as provisions, and the entities the gazetteer
 * did not know, so nothing is dropped or invented silently and a curator knows which aliases to add.
 */
import { isDocumentItself, type PolicyGraph } from '../../core/graph-contract.ts';
import { gazetteer } from '../extract/gazetteer.ts';
import type { ParsedPolicy } from '../parse/parsed-policy.ts';
import { type NearDuplicate, nearDuplicates } from './near-duplicates.ts';

export interface PolicyReport {
  /** `一、 section (1) › （一） category (3) › 1． provision (6) › （1） sub-item (4)` */
  structure: string;
  warnings: string[];
  newEntities: { label: string; name: string }[];
  nearDuplicates: NearDuplicate[];
}

const PREVIEW = 48;

function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const preview = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
};

/** Provision numbers that jump within one list (a list restarts at 1 under each category when numbering restarts). */
function numberingGaps(parsed: ParsedPolicy): string[] {
  const restarts = parsed.tasks.some((t) => t.key !== String(t.number));
  const lists = new Map<string, number[]>();
  for (const t of parsed.tasks) {
    const list = restarts ? t.categoryKey : '';
    lists.set(list, [...(lists.get(list) ?? []), t.number]);
  }
  const gaps: string[] = [];
  for (const [list, numbers] of lists) {
    const where = list ? ` in category ${list}` : '';
    if (restarts && numbers[0] !== 1) gaps.push(`provisions${where} start at ${numbers[0]}, not 1`);
    numbers.forEach((n, i) => {
      const next = numbers[i + 1];
      if (next !== undefined && next !== n + 1) gaps.push(`provision numbers jump from ${n} to ${next}${where}`);
    });
  }
  return gaps;
}

export function reportPolicy(parsed: ParsedPolicy, graph: PolicyGraph): PolicyReport {
  const { text, structure, document } = parsed;
  const warnings: string[] = [];
  for (const u of structure.unplaced) {
    warnings.push(
      `not under any provision, ${u.where} (line ${lineNumber(text, u.start)}, ${u.end - u.start} characters): "${preview(text.slice(u.start, u.end))}"`,
    );
  }
  warnings.push(...numberingGaps(parsed));
  for (const o of structure.outOfSequence) {
    warnings.push(
      `numbered line "${o.marker}" (line ${lineNumber(text, o.start)}) fits no sequence; its text stays with the provision around it`,
    );
  }
  for (const n of structure.unreadableNumbers) {
    warnings.push(
      `"${n.text}" (line ${lineNumber(text, n.start)}) looks like a document number but could not be read; no citation was made for it`,
    );
  }
  if (!document.docNumber) warnings.push(`no document number found; the document's id comes from its file name (${document.slug})`);
  if (!document.date) warnings.push('no date found');
  const own = graph.nodes.find(isDocumentItself);
  if (own && own.issuer === undefined) warnings.push('no issuer found');

  const newEntities = graph.nodes.filter((n) => n.discovered === true).map((n) => ({ label: n.label, name: String(n.name) }));
  return {
    structure: structure.levels.map((l) => `${l.example} ${l.role} (${l.count})`).join(' › '),
    warnings,
    newEntities,
    nearDuplicates: nearDuplicates(newEntities, gazetteer),
  };
}

/** The report as indented lines under a file's summary line. */
export function formatReport(report: PolicyReport): string[] {
  const lines = [`  structure: ${report.structure}`];
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  if (report.newEntities.length > 0) {
    lines.push(`  new entities (${report.newEntities.length}): ${report.newEntities.map((e) => `${e.label} "${e.name}"`).join(', ')}`);
  }
  for (const d of report.nearDuplicates) {
    lines.push(
      `  near-duplicate: ${d.label} "${d.name}" looks like ${d.like.id} ("${d.like.spelling}"); if they are one, add the spelling to its aliases in seed/gazetteer/`,
    );
  }
  return lines;
}
