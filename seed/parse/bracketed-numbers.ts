/**
 * Bracketed document numbers (国函〔2020〕123号, Guo Han [2020] No. 123) as whole-text regex matches, found from the
 * bracketed year: doc-numbers.ts reads the series prefix in front of them.
 */
const OPEN = '[〔［[【(（]';
const CLOSE = '[〕］\\]】)）]';
/**
 * A Chinese number is `(\p{Script=Han}{0,12})` + this; an English one is `(?<![ \t])[ \t]*` + ENGLISH_NUMBER_TAIL (a run
 * of blanks is entered only at its first character: entering at every blank of a long run was quadratic, found by
 * fuzzing). Either regex as a whole made every character a match start; these are anchored on the bracketed year
 * and the part before it is read backwards (numbersIn), which gives exactly the whole regex's matches.
 */
const CHINESE_NUMBER_TAIL = new RegExp(`${OPEN}(\\d{4})${CLOSE}\\s*第?(\\d{1,4})\\s*号`, 'gu');
const ENGLISH_NUMBER_TAIL = new RegExp(`${OPEN}(\\d{4})${CLOSE}[ \\t]*No\\.?[ \\t]*(\\d{1,4})(?!\\d)`, 'g');
const HAN = /\p{Script=Han}/u;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Where the Han run of at most 12 characters before `at` begins, not before `floor` (a code point may be 2 units). */
function hanRunStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let n = 0; n < 12 && start > floor; n++) {
    const pair = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!);
    const previous = pair ? start - 2 : start - 1;
    if (previous < floor || !HAN.test(text.slice(previous, start))) break;
    start = previous;
  }
  return start;
}

export interface NumberMatch {
  index: number;
  /** The Han run before the bracket (Chinese numbers). */
  lead: string;
  year: string;
  serial: string;
  end: number;
}

/** The matches, left to right and not overlapping, of the lead + tail regex described above. */
export function numbersIn(text: string, chinese: boolean): NumberMatch[] {
  const tail = chinese ? CHINESE_NUMBER_TAIL : ENGLISH_NUMBER_TAIL;
  const out: NumberMatch[] = [];
  let lastEnd = 0;
  tail.lastIndex = 0;
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    let index = m.index;
    if (chinese) index = hanRunStart(text, m.index, lastEnd);
    else {
      while (index > 0 && isBlank(text[index - 1])) index--;
      // The run of blanks began inside the previous match: no start between there and the bracket is allowed.
      if (index < lastEnd) {
        tail.lastIndex = m.index + 1;
        continue;
      }
    }
    lastEnd = m.index + m[0].length;
    out.push({ index, lead: text.slice(index, m.index), year: m[1]!, serial: m[2]!, end: lastEnd });
  }
  return out;
}
