import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local-neo4j.ts';
import { loadPolicy } from '../seed/load-policy.ts';
import { shippedDocuments } from '../seed/read/shipped-documents.ts';
import { ensureSchema, resetGraph, writeGraph } from '../seed/write/write.ts';
import { type ApiProcess, startApiProcess } from './api-process.ts';
import { REQUESTS } from './api-queries.ts';
import { openBenchDatabase } from './bench-neo4j.ts';
import { type LoadResult, runLoad } from './load.ts';

/**
 * `npm run soak`: the API under 50 connections for SOAK_SECONDS (default 60), twice, on the bench Neo4j.
 * 1. Load: 0 errors, and the server's RSS grows less than 10 % from the start of the run to its end
 *    (after a warm-up, so start-up allocation does not count; each sample after a full GC; medians of three
 *    samples at each end). The live heap after GC is reported beside it as the leak signal.
 * 2. Recovery: the same load for twice as long (a stop and start of Neo4j takes ~30–40 s here), with Neo4j
 *    stopped a quarter of the way in (of SOAK_SECONDS) and started again; errors only while it is down
 *    (plus the requests already waiting then), and full recovery afterwards, with the same server process. Prints a summary and writes bench/soak-results.md.
 */
const SECONDS = Number(process.env.SOAK_SECONDS || 60);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS || 10);
const CONNECTIONS = 50;
const log = (line: string) => console.log(line);

interface Second {
  t: number;
  ok: number;
  errors: number;
}

/** The three API queries side by side, the connections split between them, every answer checked. */
async function mixedLoad(api: ApiProcess, seconds: number, onSecond?: (s: { ok: number; errors: number }) => void): Promise<LoadResult[]> {
  const url = `http://127.0.0.1:${api.ports.ours}/graphql`;
  const bodies = [REQUESTS.measures, REQUESTS.search, REQUESTS.neighborhood];
  const expected = await Promise.all(
    bodies.map(async (body) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body })).text(),
    ),
  );
  const perSecond = bodies.map(() => ({ ok: 0, errors: 0 }));
  const ticker = onSecond
    ? setInterval(() => {
        onSecond(perSecond.reduce((sum, s) => ({ ok: sum.ok + s.ok, errors: sum.errors + s.errors }), { ok: 0, errors: 0 }));
        for (const s of perSecond) Object.assign(s, { ok: 0, errors: 0 });
      }, 1000)
    : undefined;
  try {
    return await Promise.all(
      bodies.map((body, i) =>
        runLoad({
          url,
          body,
          connections: Math.floor(CONNECTIONS / bodies.length) + (i < CONNECTIONS % bodies.length ? 1 : 0),
          seconds,
          expectBody: expected[i]!,
          onSecond: (s) => {
            perSecond[i]!.ok += s.ok;
            perSecond[i]!.errors += s.errors;
          },
        }),
      ),
    );
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

const total = (results: LoadResult[]) => ({
  requests: results.reduce((s, r) => s + r.requests, 0),
  errors: results.reduce((s, r) => s + r.errors, 0),
  rps: results.reduce((s, r) => s + r.requestsPerSecond, 0),
});

const db = await openBenchDatabase(log);
const report: string[] = [];
let failed = false;
const check = (ok: boolean, line: string) => {
  failed ||= !ok;
  const text = `${ok ? 'PASS' : 'FAIL'} ${line}`;
  report.push(`- ${text}`);
  log(text);
};

let api: ApiProcess | undefined;
try {
  await resetGraph(db.driver);
  await ensureSchema(db.driver);
  for (const file of shippedDocuments()) await writeGraph(db.driver, loadPolicy(file));
  api = await startApiProcess();
  log(
    `soak: ${CONNECTIONS} connections, ${SECONDS} s per phase (after ${WARMUP_SECONDS} s warm-up), ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(2)}`,
  );

  // 1. Load and memory.
  await mixedLoad(api, WARMUP_SECONDS);
  const rss: number[] = [await api.rss()];
  const heap: number[] = [api.heap()];
  const sampler = setInterval(
    () =>
      void api!.rss().then((r) => {
        rss.push(r);
        heap.push(api!.heap());
      }),
    5000,
  );
  const steady = total(await mixedLoad(api, SECONDS));
  clearInterval(sampler);
  rss.push(await api.rss());
  heap.push(api.heap());
  // V8's heap breathes by ±20 % between collections, so one sample against another measures the GC, not a
  // leak: compare the median of the first three samples (after warm-up) with the median of the last three.
  const median3 = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const startRss = median3(rss.slice(0, 3));
  const endRss = median3(rss.slice(-3));
  const growth = endRss / startRss - 1;
  const mb = (b: number) => (b / 2 ** 20).toFixed(0);
  log(`  ${steady.requests.toLocaleString('en-US')} requests, ${steady.rps.toFixed(0)} req/s, RSS ${rss.map(mb).join(' → ')} MB`);
  check(
    steady.errors === 0,
    `load: ${steady.requests.toLocaleString('en-US')} requests in ${SECONDS} s (${steady.rps.toFixed(0)} req/s), ${steady.errors} errors`,
  );
  const heapGrowth = median3(heap.slice(-3)) / median3(heap.slice(0, 3)) - 1;
  report.push(
    `- live heap after full GC: ${mb(median3(heap.slice(0, 3)))} MB → ${mb(median3(heap.slice(-3)))} MB (${(heapGrowth * 100).toFixed(1)} %), the leak signal; samples: ${heap.map(mb).join(', ')}`,
  );
  log(`  live heap after GC: ${heap.map(mb).join(' → ')} MB`);
  check(
    growth < 0.1,
    `memory: server RSS ${mb(startRss)} MB → ${mb(endRss)} MB over the run (medians of the first and last three samples: ${(growth * 100).toFixed(1)} %, limit 10 %); samples every 5 s: ${rss.map(mb).join(', ')}`,
  );

  // 2. Recovery: stop Neo4j a quarter of the way in, start it again, keep the same server.
  const timeline: Second[] = [];
  const started = performance.now();
  const at = () => (performance.now() - started) / 1000;
  let downAt = Number.NaN;
  let upAt = Number.NaN;
  let restartError = '';
  const outage = (async () => {
    await sleep((SECONDS / 4) * 1000);
    downAt = at();
    log(`  t=${downAt.toFixed(1)} s: stopping Neo4j`);
    await stopLocalNeo4j(db.config.local);
    try {
      await startLocalNeo4j(db.config.local);
      upAt = at();
      log(`  t=${upAt.toFixed(1)} s: Neo4j ready again`);
    } catch (error) {
      restartError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`  restart failed: ${restartError}`);
    }
  })();
  const recovery = total(await mixedLoad(api, SECONDS * 2, (s) => timeline.push({ t: at(), ...s })));
  await outage;
  // If the launcher never said READY but Neo4j answers again, judge the API's recovery from the first answers.
  if (!Number.isFinite(upAt) && Number.isFinite(downAt)) upAt = timeline.find((s) => s.t > downAt + 1 && s.ok > 0)?.t ?? Number.NaN;
  // A request that was waiting when Neo4j went away can fail up to the driver's own timeouts after it.
  const grace = 15;
  const errorsOutside = timeline.filter((s) => (s.t < downAt || s.t > upAt + grace) && s.errors > 0);
  const before = timeline.filter((s) => s.t < downAt);
  const after = timeline.filter((s) => s.t > upAt + grace);
  const rate = (seconds: Second[]) => seconds.reduce((sum, s) => sum + s.ok, 0) / Math.max(1, seconds.length);
  log(`  timeline (t: ok/errors): ${timeline.map((s) => `${s.t.toFixed(0)}:${s.ok}/${s.errors}`).join(' ')}`);
  check(
    Number.isFinite(upAt),
    restartError
      ? `recovery: Neo4j was stopped at t=${downAt.toFixed(1)} s but did not restart under load: ${restartError}`
      : `recovery: Neo4j down from t=${downAt.toFixed(1)} s to t=${upAt.toFixed(1)} s, ${recovery.errors} errors in all`,
  );
  check(
    errorsOutside.length === 0,
    `errors only while Neo4j is down (window t=${downAt.toFixed(0)}–${(upAt + grace).toFixed(0)} s incl. ${grace} s for requests already waiting): ${errorsOutside.length === 0 ? 'yes' : `no, at t=${errorsOutside.map((s) => s.t.toFixed(0)).join(', ')}`}`,
  );
  check(
    after.length > 0 && rate(after) >= 0.7 * rate(before),
    `full recovery without restarting the server: ${rate(before).toFixed(0)} answers/s before, ${rate(after).toFixed(0)} answers/s after`,
  );
} finally {
  await api?.stop();
  await db.close();
  // A failed restart leaves no instance behind; a later run starts its own.
  await stopLocalNeo4j(db.config.local);
}

const file = path.join(import.meta.dirname, 'soak-results.md');
writeFileSync(
  file,
  [
    '# Soak results',
    '',
    `Written by \`npm run soak\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${CONNECTIONS} connections (measuresAffectingPark, search, neighborhood side by side), ${SECONDS} s per phase, ${os.cpus().length} CPUs, Node ${process.version}.`,
    '',
    ...report,
    '',
  ].join('\n'),
);
log(`Written to ${path.relative(process.cwd(), file)}`);
process.exit(failed ? 1 : 0);
