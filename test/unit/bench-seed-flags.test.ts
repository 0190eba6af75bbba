import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedNodeFlags } from '../../bench/ingest.ts';

// The ingest bench claims to run "exactly as npm run seed": its workers must get the seed script's V8 flags.
describe('bench ingest workers', () => {
  it("run with the seed script's Node flags", () => {
    const script = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { seed: string } })
      .scripts.seed;
    const flags = seedNodeFlags();
    expect(flags).toContain('--max-semi-space-size=8');
    expect(flags).toContain('--heap-growing-percent=50');
    expect(flags).toContain('--max-inlined-bytecode-size-cumulative=460');
    expect(flags).not.toContain('--import');
    for (const flag of flags) expect(script).toContain(flag);
  });
});
