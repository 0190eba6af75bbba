import { startApiProcess } from './api-process.ts';
import { REQUESTS } from './api-queries.ts';
import { type LoadResult, runLoad } from './load.ts';

/**
 * Section 3: each endpoint under the same closed-loop load (50 connections), one after the other, in
 * the same run: the floor (HTTP + `RETURN 1` through our driver), our three queries, and the peer.
 * Every answer is checked against the first one fetched before the run.
 */
export interface ApiRow {
  name: string;
  result: LoadResult;
}

export interface ApiBench {
  rows: ApiRow[];
  connections: number;
  seconds: number;
  peerMatchesOurs: boolean;
  serverRssMb: { before: number; after: number };
}

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

export async function runApiBench(options: {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log: (line: string) => void;
}): Promise<ApiBench> {
  const api = await startApiProcess();
  try {
    const url = (port: number, path = '/graphql') => `http://127.0.0.1:${port}${path}`;
    const floorBody = JSON.stringify({ query: '{ one }' });
    const targets = [
      { name: 'floor: HTTP + `RETURN 1` via the same driver', url: url(api.ports.floor, '/'), body: floorBody },
      { name: 'ours: measuresAffectingPark(Haidian Park)', url: url(api.ports.ours), body: REQUESTS.measures },
      { name: 'peer: @neo4j/graphql @cypher, same selection', url: url(api.ports.peer), body: REQUESTS.measures },
      { name: 'ours, answer cache off: measuresAffectingPark(Haidian Park)', url: url(api.ports.oursUncached), body: REQUESTS.measures },
      { name: 'ours: search("financial")', url: url(api.ports.ours), body: REQUESTS.search },
      { name: 'ours: neighborhood(Haidian Park, depth 2)', url: url(api.ports.ours), body: REQUESTS.neighborhood },
    ];
    const expected = new Map<string, string>();
    for (const target of targets) expected.set(target.name, await post(target.url, target.body));
    const peerMatchesOurs = expected.get(targets[1]!.name) === expected.get(targets[2]!.name);
    if (!peerMatchesOurs) options.log('WARNING: the peer’s answer differs from ours; the comparison is not like for like.');

    const before = await api.rss();
    const rows: ApiRow[] = [];
    for (const target of targets) {
      const common = { url: target.url, body: target.body, connections: options.connections, expectBody: expected.get(target.name)! };
      await runLoad({ ...common, seconds: options.warmupSeconds });
      const result = await runLoad({ ...common, seconds: options.seconds });
      options.log(
        `  ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`,
      );
      rows.push({ name: target.name, result });
    }
    const after = await api.rss();
    return {
      rows,
      connections: options.connections,
      seconds: options.seconds,
      peerMatchesOurs,
      serverRssMb: { before: before / 2 ** 20, after: after / 2 ** 20 },
    };
  } finally {
    await api.stop();
  }
}
