/** The lines of a document with their offsets: every outline and metadata rule reads lines. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Page numbers and pasted image names: printed artefacts, never content. */
export const NOISE_RE = /^[ \t\u3000]*(?:\d{1,3}|\S+\.(?:png|jpe?g|gif|bmp|webp))[ \t\u3000\r]*$/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    let end = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length + 1 : nl + 1;
    if (end > start && text[end - 1] === '\r') end--;
    lines.push({ start, end, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}
