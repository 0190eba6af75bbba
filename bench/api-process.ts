import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

/** Forks bench/api-server.ts and waits for its ports; `rss()` asks it for its memory. */
export interface ApiProcess {
  ports: { ours: number; oursUncached: number; floor: number; peer: number };
  child: ChildProcess;
  /** RSS in bytes after a full GC; `heap()` gives the live heap measured at the same time. */
  rss(): Promise<number>;
  heap(): number;
  stop(): Promise<void>;
}

export async function startApiProcess(): Promise<ApiProcess> {
  let lastHeap = 0;
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const ports = await new Promise<ApiProcess['ports']>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\{.*\})/.exec(out);
      if (match) resolve(JSON.parse(match[1]!) as ApiProcess['ports']);
    });
    child.once('exit', (code) => reject(new Error(`bench/api-server.ts exited with ${code} before it was ready:\n${out}`)));
  });
  return {
    ports,
    child,
    rss: () =>
      new Promise<number>((resolve) => {
        const onMessage = (message: { type?: string; rss?: number; heapUsed?: number }) => {
          if (message?.type !== 'rss') return;
          child.off('message', onMessage);
          lastHeap = message.heapUsed ?? 0;
          resolve(message.rss!);
        };
        child.on('message', onMessage);
        child.send({ type: 'rss' });
      }),
    heap: () => lastHeap,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
