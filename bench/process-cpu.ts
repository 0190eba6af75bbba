import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) from /proc on Linux; undefined elsewhere.
 * The ingest bench reads them for its Neo4j before and after a run: on a 2-core machine the database's CPU
 * per document, beside the seeding process's own, says how fast ingest can possibly go.
 */
const TICKS_PER_SECOND = 100;

/** utime + stime of one /proc/…/stat line; the fields after the ")" that ends the command name. */
function statCpuSeconds(stat: string): number {
  const fields = stat
    .slice(stat.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export function processCpuSeconds(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return undefined;
  return statCpuSeconds(readFileSync(file, 'utf8'));
}

/**
 * CPU seconds of a JVM's JIT compiler threads (HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1", …;
 * /proc cuts names to 15 characters). A JVM that is still compiling its write path spends seconds here per run,
 * which is the JVM warming up, not the writes; the bench warms Neo4j until this settles and reports it per run.
 */
export function jitCompilerCpuSeconds(pid: number | undefined): number | undefined {
  const dir = `/proc/${pid}/task`;
  if (pid === undefined || !existsSync(dir)) return undefined;
  let seconds = 0;
  for (const task of readdirSync(dir)) {
    let stat: string;
    try {
      stat = readFileSync(`${dir}/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (/^C[12] CompilerThre/.test(name)) seconds += statCpuSeconds(stat);
  }
  return seconds;
}
