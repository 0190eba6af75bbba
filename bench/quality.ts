/**
 * `npm run quality`: how well the pipeline reads the hand-made layout fixtures (test/fixtures/layouts), as
 * precision and recall of provisions (marker and opening words) and of entity links (the distinct entities that
 * measures link to, against the entities the truth places inside a provision). Prints a Markdown table for the
 * README; the unit tests assert the structure exactly, this measures what is still imperfect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractGraph } from '../seed/extract/extract.ts';
import { parsePolicy } from '../seed/parse/parse.ts';

interface Expected {
  provisions: { marker: string; startsWith: string }[];
  entities: { label: string; canonical: string; provision: number | null }[];
}

const DIR = path.join(import.meta.dirname, '../test/fixtures/layouts');
const LINKS = new Set(['AFFECTS', 'TARGETS', 'INVOLVES']);
const bare = (marker: string) => marker.replace(/[,，:：]$/, '');

interface Counts {
  hit: number;
  found: number;
  expected: number;
}

function score(file: string): { provisions: Counts; links: Counts } {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  const truth = JSON.parse(readFileSync(path.join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const parsed = parsePolicy(text, file);
  const found = parsed.tasks.map((t) => ({ marker: t.marker, text: t.text }));
  const provisionHits = truth.provisions.filter((p) =>
    found.some((f) => f.marker === bare(p.marker) && f.text.startsWith(p.startsWith)),
  ).length;

  const graph = extractGraph(parsed);
  const names = new Map(graph.nodes.map((n) => [n.id, `${n.label}|${String(n.name)}`]));
  const linked = new Set(graph.relationships.filter((r) => LINKS.has(r.type)).map((r) => names.get(r.to)!));
  const wanted = new Set(truth.entities.filter((e) => e.provision !== null).map((e) => `${e.label}|${e.canonical}`));
  return {
    provisions: { hit: provisionHits, found: found.length, expected: truth.provisions.length },
    links: { hit: [...linked].filter((l) => wanted.has(l)).length, found: linked.size, expected: wanted.size },
  };
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const add = (a: Counts, b: Counts): Counts => ({ hit: a.hit + b.hit, found: a.found + b.found, expected: a.expected + b.expected });
const zero: Counts = { hit: 0, found: 0, expected: 0 };

const rows = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, ...score(file) }));
const total = rows.reduce((t, r) => ({ provisions: add(t.provisions, r.provisions), links: add(t.links, r.links) }), {
  provisions: zero,
  links: zero,
});
const line = (name: string, s: { provisions: Counts; links: Counts }) =>
  `| ${name} | ${pct(s.provisions.hit, s.provisions.found)} | ${pct(s.provisions.hit, s.provisions.expected)} | ${pct(s.links.hit, s.links.found)} | ${pct(s.links.hit, s.links.expected)} |`;
console.log('| fixture | provisions: precision | provisions: recall | entity links: precision | entity links: recall |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(line(r.file.replace(/\.txt$/, ''), r));
console.log(line('**all**', total));
