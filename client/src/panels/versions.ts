import type { ApiNode } from '../api-graph.ts';
import { h } from '../dom.ts';

/**
 * What the details panel shows of a document's other language versions and addressees, and of a provision's
 * or measure's text in the other language(s). Every element holding text of a version carries that version's
 * `lang`, so screen readers switch voice and the browser picks a CJK font for Chinese.
 */
type Focus = (id: string) => void;

interface Named {
  id: string;
  name: string;
  aliases?: string[] | null;
}
interface Version {
  id: string;
  language?: string | null;
}
interface Translation {
  language: string;
  task?: { id: string; text?: string | null };
  measure?: { id: string; text?: string | null };
}

/** A language as its own readers name it: the heading over a translation is for those who read it. */
const OWN_NAMES: Record<string, string> = { zh: '中文', en: 'English' };
/** …and as the rest of the (English) interface names it. */
const ENGLISH_NAMES: Record<string, string> = { zh: 'Chinese', en: 'English' };
const ownName = (language: string) => OWN_NAMES[language] ?? language;
const englishName = (language: string) => ENGLISH_NAMES[language] ?? language;

type Path = { language?: string | null; document?: Path | null; category?: Path | null; task?: Path | null };

/** The language of the selected node's document: its own for a Document, its document's for a Task or a Measure. */
export function languageOf(node: ApiNode): string | undefined {
  const path = node as Path;
  const document = path.language !== undefined ? path : (path.task?.category?.document ?? path.category?.document);
  return document?.language ?? undefined;
}

function linkish(focus: Focus, id: string, text: string, lang?: string) {
  return h('button', { class: 'linkish', type: 'button', lang: lang ?? null, onclick: () => focus(id) }, text);
}

const joined = (items: Node[]) => items.flatMap((item, i) => [i ? ', ' : '', item]);

/**
 * The salutation's addressees as written, each that is a resolved agency's name or alias as a link to it. Only
 * whole matches: a short alias inside a longer addressee (国务院 in 国务院各部委) is not that agency, so an agency
 * resolved from part of an addressee follows as a link of its own.
 */
function addresseeList(addressees: string[], agencies: Named[], lang: string | undefined, focus: Focus) {
  const unmatched = new Set(agencies);
  const items = addressees.map((written) => {
    const key = written.trim().toLowerCase();
    const agency = agencies.find((a) => [a.name, ...(a.aliases ?? [])].some((name) => name.toLowerCase() === key));
    if (!agency) return h('span', {}, written);
    unmatched.delete(agency);
    return linkish(focus, agency.id, written);
  });
  const rest = [...unmatched].map((agency) => linkish(focus, agency.id, agency.name, 'en'));
  return h('span', { lang: lang ?? null }, joined([...items, ...rest]));
}

/** Rows for the properties list of a Document: its language, addressees and other versions. */
export function documentRows(node: ApiNode, focus: Focus): [string, Node | string][] {
  if (node.label !== 'Document') return [];
  const rows: [string, Node | string][] = [];
  const language = typeof node.language === 'string' ? node.language : undefined;
  if (language) rows.push(['language', `${englishName(language)} (${language})`]);
  const addressees = (node.addressees as string[] | undefined) ?? [];
  const agencies = (node.addressedTo as Named[] | undefined) ?? [];
  if (addressees.length > 0 || agencies.length > 0) rows.push(['addressed to', addresseeList(addressees, agencies, language, focus)]);
  const versions = (node.versions as Version[] | undefined) ?? [];
  if (versions.length > 0) {
    const links = versions.map((v) => linkish(focus, v.id, v.language ? ownName(v.language) : v.id, v.language ?? undefined));
    rows.push(['versions', h('span', {}, joined(links))]);
  }
  return rows;
}

/** For a Task or a Measure: the same provision or measure in each other language, under that language's name. */
export function translationSections(node: ApiNode, focus: Focus): HTMLElement[] {
  const translations = (node.translations as Translation[] | undefined) ?? [];
  const kind = node.label === 'Task' ? 'provision' : 'measure';
  return translations.flatMap(({ language, task, measure }) => {
    const other = task ?? measure;
    if (!other) return [];
    return [
      h(
        'section',
        { class: 'translation', 'data-language': language },
        h('h3', { class: 'muted', lang: language }, ownName(language)),
        other.text ? h('p', { class: 'source', lang: language }, other.text) : h('p', { class: 'placeholder' }, 'No text.'),
        linkish(focus, other.id, `Open the ${englishName(language)} ${kind}`),
      ),
    ];
  });
}
