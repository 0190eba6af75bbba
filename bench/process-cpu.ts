import { existsSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) a process has used so far, from /proc on Linux; undefined elsewhere.
 * The ingest bench reads it for its Neo4j before and after a run: on a 2-core machine the database's CPU
 * per document, beside the seeding process's own, says how fast ingest can possibly go.
 */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return undefined;
  // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th, in clock ticks
  // (100 per second on Linux).
  const fields = readFileSync(file, 'utf8').split(')').pop()!.trim().split(/\s+/);
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
