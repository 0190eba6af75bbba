import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkJava, fetchArtifacts, LIB_DIR, LocalNeo4jError, NEO4J_DIR } from './artifacts.ts';
import type { LocalNeo4jSettings } from './connection-settings.ts';

/** Files of one local instance: the store, its log, its pid and its 0600 password, side by side. */
export function instanceFiles(settings: LocalNeo4jSettings) {
  return {
    home: path.join(settings.dataDir, 'home'),
    log: path.join(settings.dataDir, 'neo4j.log'),
    pid: path.join(settings.dataDir, 'neo4j.pid'),
    password: path.join(settings.dataDir, 'password'),
  };
}

/** Reads the local password, creating a random one on first use: there is no default password. */
export function localPassword(settings: LocalNeo4jSettings): string {
  const file = instanceFiles(settings).password;
  if (!existsSync(file)) {
    mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function runningPid(settings: LocalNeo4jSettings): number | undefined {
  const file = instanceFiles(settings).pid;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

function logTail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(no log)';
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
}

/**
 * Starts the project's own Neo4j in the background (detached, so it outlives `npm run db:start`)
 * and resolves once it has printed READY, i.e. Bolt accepts authenticated queries.
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  log: (line: string) => void = () => {},
  timeoutMs = 180_000,
): Promise<StartResult> {
  const uri = `bolt://127.0.0.1:${settings.port}`;
  const running = runningPid(settings);
  if (running) return { uri, pid: running, alreadyRunning: true };

  checkJava();
  fetchArtifacts(log);
  const files = instanceFiles(settings);
  localPassword(settings);
  mkdirSync(files.home, { recursive: true });
  writeFileSync(files.log, '');
  const out = openSync(files.log, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${settings.heap}`,
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      path.join(LIB_DIR, '*'),
      path.join(NEO4J_DIR, 'Launcher.java'),
      files.home,
      String(settings.port),
      files.password,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  if (!child.pid) throw new LocalNeo4jError('Java could not be started; is `java` on the PATH?');
  writeFileSync(files.pid, String(child.pid));
  log(`Starting Neo4j on ${uri} (data in ${settings.dataDir})…`);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = readFileSync(files.log, 'utf8');
    if (text.includes('READY ')) return { uri, pid: child.pid, alreadyRunning: false };
    if (!alive(child.pid)) {
      rmSync(files.pid, { force: true });
      throw new LocalNeo4jError(
        `Neo4j exited during start-up (is port ${settings.port} in use? set NEO4J_PORT). Log:\n${logTail(files.log)}`,
      );
    }
    await sleep(250);
  }
  await stopLocalNeo4j(settings);
  throw new LocalNeo4jError(`Neo4j did not become ready within ${timeoutMs / 1000} s. Log:\n${logTail(files.log)}`);
}

/** Stops the instance gracefully (the launcher's shutdown hook flushes the store), then forcibly. */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings, timeoutMs = 60_000): Promise<boolean> {
  const files = instanceFiles(settings);
  const pid = runningPid(settings);
  if (!pid) {
    rmSync(files.pid, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(100);
  rmSync(files.pid, { force: true });
  return true;
}
