/**
 * Which encoding to send, from a request's Accept-Encoding (RFC 9110 §12.5.3). Pure, so every rule is
 * unit-tested: the highest q-value wins, `q=0` refuses a coding, `*` stands for codings not named, and
 * on a tie a compressed coding beats identity and br beats gzip. A client that refuses identity but
 * accepts nothing we have still gets the plain bytes rather than a 406 it can do nothing with.
 */
export type Coding = 'br' | 'gzip';
export type Chosen = Coding | 'identity';

/** Server preference on equal q: brotli is ~15 % smaller than gzip on the explorer's bundle. */
const PREFERENCE: Coding[] = ['br', 'gzip'];

function qualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.toLowerCase().split(';');
    const name = rawName?.trim();
    if (!name) continue;
    let value = 1;
    for (const param of params) {
      const [key, raw] = param.trim().split('=');
      if (key === 'q' && raw !== undefined) {
        const parsed = Number(raw);
        value = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    // A coding named twice keeps its best weight.
    q.set(name, Math.max(q.get(name) ?? 0, value));
  }
  return q;
}

export function chooseEncoding(acceptEncoding: string | null, available: readonly Coding[]): Chosen {
  if (!acceptEncoding) return 'identity';
  const q = qualities(acceptEncoding);
  const weight = (coding: Coding) => q.get(coding) ?? q.get('*') ?? 0;
  // Identity not named ranks with the least wanted coding named (as the `negotiator` package does),
  // so `br;q=0.5` alone still means "brotli, please".
  let best: Chosen = 'identity';
  let bestWeight = q.get('identity') ?? q.get('*') ?? Math.min(...q.values());
  for (const coding of PREFERENCE) {
    if (!available.includes(coding)) continue;
    const w = weight(coding);
    if (w > 0 && (w > bestWeight || (best === 'identity' && w === bestWeight))) {
      best = coding;
      bestWeight = w;
    }
  }
  return best;
}

/** Types worth compressing: text. PNG, WOFF2 and the like are compressed already; doing it again costs CPU for nothing. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}
