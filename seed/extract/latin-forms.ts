/**
 * The Latin-script gazetteer forms as tolerant patterns, indexed so that a word of text tries only the forms it can
 * begin. Machine translation varies case, hyphens ("Sino German" / "Sino-German"), "and" ("Economic and
 * Technological") and sometimes stutters ("Airport Airport Airport"); each form's pattern allows exactly that.
 */
import type { GazetteerEntry } from './gazetteer.ts';
import { isAcronym } from './name-key.ts';

export interface LatinForm {
  entry: GazetteerEntry;
  pattern: RegExp;
  /** The words that may follow the first one in a text where this form matches; undefined: any. */
  second: string[] | undefined;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Between two words of a name: space, hyphen, comma or '&', and an optional "and" ("Economic-Technological" /
// "Economic and Technological").
const SEP = String.raw`(?:\s*[,&-]\s*|\s+)(?:(?:and|&)\s+)?`;
const TOKEN_SYNONYMS: Record<string, string> = { zone: '(?:zone|area)', area: '(?:zone|area)' };

const latinTokens = (form: string): string[] => form.split(/[\s,-]+/).filter((t) => t && !/^(?:and|&)$/i.test(t));

function latinPattern(form: string): RegExp {
  const tokens = latinTokens(form).map((token) => {
    const synonym = TOKEN_SYNONYMS[token.toLowerCase()];
    const e = synonym ?? escapeRegExp(token).replace(/['’]/g, "['’]");
    return /^[A-Za-z]{3,}$/.test(token) ? `${e}(?:[\\s-]+${e})*` : e;
  });
  // No 'u' flag: plain ASCII/Latin boundaries compile and run faster across hundreds of aliases.
  return new RegExp(`${tokens.join(SEP)}(?![A-Za-z0-9\u00C0-\u024F])`, isAcronym(form) ? 'y' : 'iy');
}

/**
 * The words the text's second word must be one of for this form to match there, or undefined when any word may
 * be (one-word forms, and forms whose first two tokens are not plain words). Between the first and the second
 * token the pattern allows only separators, a stutter of the first word and "and", so a text word that is none of
 * these rules the form out without running its pattern.
 */
function secondWords(form: string): string[] | undefined {
  const [first, second] = latinTokens(form);
  if (!first || !second || !/^[A-Za-z0-9]+$/.test(first)) return undefined;
  // The text's word there is the token's leading ASCII run: what follows it in the token is not a letter or digit.
  const run = /^[A-Za-z0-9]+/.exec(second)?.[0].toLowerCase();
  if (!run) return undefined;
  return TOKEN_SYNONYMS[second.toLowerCase()] ? ['zone', 'area'] : [run];
}

export const latinForm = (entry: GazetteerEntry, form: string): LatinForm => ({
  entry,
  pattern: latinPattern(form),
  second: secondWords(form),
});

/** The forms that begin with one word, in gazetteer order: all of them, and those a given second word leaves. */
interface FirstWordForms {
  all: LatinForm[];
  loose: LatinForm[];
  bySecond: Map<string, LatinForm[]>;
}

function indexBySecondWord(all: LatinForm[]): FirstWordForms {
  const bySecond = new Map<string, LatinForm[]>();
  for (const word of new Set(all.flatMap((c) => c.second ?? [])))
    bySecond.set(
      word,
      all.filter((c) => !c.second || c.second.includes(word)),
    );
  return { all, loose: all.filter((c) => !c.second), bySecond };
}

export interface LatinFormIndex {
  /** Global, case-insensitive: the words of a text that begin some form (a whole word each). */
  firstWords: RegExp;
  /** The forms worth trying at a word (lower case) that ends at `wordEnd`, in gazetteer order. */
  formsAt(text: string, word: string, wordEnd: number, to: number): LatinForm[];
}

/** `byFirstWord`: forms by their first word, lower case. */
export function indexLatinForms(byFirstWord: Map<string, LatinForm[]>): LatinFormIndex {
  const index = new Map([...byFirstWord].map(([word, list]) => [word, indexBySecondWord(list)]));
  // "Beijing" begins dozens of forms; the word after it leaves a few to try. A stutter of the first word or an
  // "and" may stand between the two, so then every form is tried.
  const nextWord = /[A-Za-z0-9]+/g;
  function formsAt(text: string, word: string, wordEnd: number, to: number): LatinForm[] {
    const forms = index.get(word);
    if (!forms) return [];
    nextWord.lastIndex = wordEnd;
    const next = nextWord.exec(text);
    const second = next && next.index < to ? next[0].toLowerCase() : undefined;
    if (second === word || second === 'and') return forms.all;
    return (second !== undefined && forms.bySecond.get(second)) || forms.loose;
  }
  // Only a word that begins some form can start a match: one regex of those words finds them, instead of a lookup
  // for every word of the text.
  const firstWords = new RegExp(`(?<![A-Za-z0-9])(?:${[...index.keys()].map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'gi');
  return { firstWords, formsAt };
}
