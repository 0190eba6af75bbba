/**
 * HTTP load with autocannon (a bench-only dependency, loaded by name so `tsc` never needs it): a closed
 * loop of `connections` keep-alive connections for `seconds`. Every response body is checked against
 * the expected one, so a 200 carrying GraphQL `errors` counts as an error, not as a fast answer.
 */
export interface LoadOptions {
  url: string;
  /** POST body (JSON); GET when absent. */
  body?: string;
  connections: number;
  seconds: number;
  /** The exact body every response must have; anything else is counted as an error. */
  expectBody?: string;
  /** Called once per second with that second's answers and errors (for the soak timeline). */
  onSecond?: (second: { ok: number; errors: number }) => void;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Of `errors`: socket errors and timeouts, non-2xx statuses, bodies that differ from the expected one. */
  socketErrors: number;
  non2xx: number;
  mismatches: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  duration: number;
}
interface Instance {
  on(event: 'response', listener: (client: unknown, status: number) => void): void;
  on(event: 'reqError' | 'reqMismatch', listener: () => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => Instance;

let autocannon: Autocannon | undefined;
async function loadAutocannon(): Promise<Autocannon> {
  const name = 'autocannon';
  autocannon ??= ((await import(name)) as { default: Autocannon }).default;
  return autocannon;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const run = await loadAutocannon();
  let ok = 0;
  let bad = 0;
  const ticker = options.onSecond
    ? setInterval(() => {
        options.onSecond!({ ok, errors: bad });
        ok = 0;
        bad = 0;
      }, 1000)
    : undefined;
  try {
    const result = await new Promise<AutocannonResult>((resolve, reject) => {
      const instance = run(
        {
          url: options.url,
          connections: options.connections,
          duration: options.seconds,
          method: options.body === undefined ? 'GET' : 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          ...(options.body === undefined ? {} : { body: options.body }),
          ...(options.expectBody === undefined ? {} : { expectBody: options.expectBody }),
          timeout: 10,
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, status) => {
        if (status >= 200 && status < 300) ok += 1;
        else bad += 1;
      });
      instance.on('reqError', () => (bad += 1));
      // A mismatch was first counted as a 2xx answer above.
      instance.on('reqMismatch', () => {
        ok -= 1;
        bad += 1;
      });
    });
    const errors = result.errors + result.non2xx + result.mismatches;
    return {
      requestsPerSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors,
      socketErrors: result.errors,
      non2xx: result.non2xx,
      mismatches: result.mismatches,
    };
  } finally {
    if (ticker) clearInterval(ticker);
  }
}
