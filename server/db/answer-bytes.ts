/**
 * Roughly how many bytes of V8 heap an answer holds, so the answer cache can be bounded by memory rather
 * than by a count (one answer may hold whole document texts, another a single number).
 *
 * It walks the rows once and takes each string's length, which V8 knows without reading the string, so the
 * cost grows with the number of values, not with the bytes: a 10 MB document text costs what a short name
 * does. Serialising every answer (JSON.stringify) would read every byte and build a second copy of it.
 *
 * The estimate errs high: every character counts as two bytes (V8 stores a string holding only Latin-1
 * characters in one byte each, so English text is counted twice over; Chinese text is counted exactly),
 * every number or boolean as a boxed heap number, and object headers generously. Keys are not counted,
 * because the rows of one answer share their property names. See test/unit/api-read-cache.test.ts.
 */
const HEADER = 16;
const SLOT = 8;
const OBJECT = 32;

export function answerBytes(value: unknown): number {
  if (typeof value === 'string') return HEADER + 2 * value.length;
  if (value === null || typeof value !== 'object') return HEADER;
  let bytes = OBJECT;
  if (Array.isArray(value)) {
    for (const item of value) bytes += SLOT + answerBytes(item);
    return bytes;
  }
  for (const key in value) bytes += SLOT + answerBytes((value as Record<string, unknown>)[key]);
  return bytes;
}
