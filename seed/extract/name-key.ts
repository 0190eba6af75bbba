/**
 * The comparison key of an entity name: two spellings with one key are one entity. Translations of
 * one Chinese name vary in case, hyphens, "and"/"&", word order ("Bureau of Commerce" / "Commerce
 * Bureau"), "Zone"/"Area" (both render 区) and the implied "Beijing (Municipal)" prefix, so the key
 * erases exactly those differences and nothing else: "District" and a district's name stay, so a
 * district bureau never merges with the municipal one.
 */

const CJK = /[\u3400-\u9fff]/;
export const isChinese = (name: string): boolean => CJK.test(name);

/** Acronyms keep their case: "SAFE" is an agency, "safe" is an adjective. */
export const isAcronym = (name: string): boolean => /^[A-Z0-9&]{2,6}$/.test(name);

// Agency heads that English puts either before "of"/"for" or at the end; two-word heads first.
const HEADS = [
  'general office',
  'general administration',
  "people's government",
  'administrative committee',
  'bureau',
  'commission',
  'administration',
  'ministry',
  'committee',
  'office',
  'department',
  'government',
];
const DROPPED = new Set(['and', '&', 'the']);
const SYNONYMS: Record<string, string> = { area: 'zone', municipality: 'municipal' };

function reorderHead(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => i > 0 && (t === 'of' || t === 'for'));
  if (at < 1) return tokens;
  for (const head of HEADS) {
    const words = head.split(' ');
    const from = at - words.length;
    if (from >= 0 && tokens.slice(from, at).join(' ') === head) {
      return [...tokens.slice(0, from), ...tokens.slice(at + 1), ...words];
    }
  }
  return tokens;
}

function latinKey(name: string): string {
  const raw = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[\s,;:()\-–—]+/)
    .filter((t) => t && !DROPPED.has(t))
    .map((t) => SYNONYMS[t] ?? t);
  // Machine translation stutters ("Airport Airport"); a repeated word never distinguishes two names.
  const words = raw.filter((t, i) => t !== raw[i - 1]);
  // "… of Beijing Municipality" says what a leading "Beijing" says.
  const suffix = words.slice(-3).join(' ') === 'of beijing municipal' ? 3 : words.slice(-2).join(' ') === 'of beijing' ? 2 : 0;
  const tokens = reorderHead(words.slice(0, words.length - suffix));
  // "Beijing" and "Municipal" are implied by every document in the library; a name needs more than them.
  let i = 0;
  while (i < tokens.length - 1 && (tokens[i] === 'beijing' || tokens[i] === "beijing's" || tokens[i] === 'municipal')) i++;
  return tokens.slice(i).join(' ');
}

function chineseKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^北京市(?=[\u4e00-\u9fff]{2,3}区)/, '')
    .replace(/人民政府/g, '政府')
    .replace(/委员会$/, '委');
}

/** Comparison key shared by gazetteer aliases and discovered names. */
// The same few thousand names come back in every document of a corpus; keys are pure, so they are kept. Bounded,
// so a run over unusual text cannot grow it without limit.
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

export function nameKey(name: string): string {
  const known = KEYS.get(name);
  if (known !== undefined) return known;
  const key = isAcronym(name.trim()) ? name.trim() : isChinese(name) ? chineseKey(name) : latinKey(name);
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(name, key);
  return key;
}
