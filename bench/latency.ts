import { percentile } from './stats.ts';

/**
 * Unloaded latency: one request at a time, `samples` of them after `warmup`, timed around fetch (HTTP, the server,
 * the database, reading the whole body). Every body is checked: a GraphQL error or a different answer throws,
 * so a fast failure is never counted as a fast answer.
 */
export interface Latency {
  p50: number;
  p99: number;
  samples: number;
  bytes: number;
}

export async function sequentialLatency(options: {
  url: string;
  body: string;
  samples: number;
  warmup: number;
  expectBody?: string;
}): Promise<Latency> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < options.warmup + options.samples; i++) {
    const started = performance.now();
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: options.body,
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok || text.includes('"errors"')) throw new Error(`${options.url} answered ${response.status}: ${text.slice(0, 300)}`);
    if (options.expectBody !== undefined && text !== options.expectBody) throw new Error(`${options.url} answered differently from before`);
    bytes = text.length;
    if (i >= options.warmup) times.push(ms);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), samples: times.length, bytes };
}
