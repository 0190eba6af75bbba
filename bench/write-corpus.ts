import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_SEED, generateCorpus } from './corpus.ts';

/**
 * `npm run corpus -- --count 1000 --out .data/corpus`: writes the bench's synthetic library as .txt files, so
 * anyone can try the explorer on a library of thousands (`npm run seed -- .data/corpus`) without documents of
 * their own. The same count and seed always write the same files. It refuses a folder that already holds .txt
 * files, so a mistyped --out never mixes two corpora (or overwrites someone's documents).
 */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('a whole number from 1 to 100000.');
  return n;
}

const program = new Command()
  .name('npm run corpus --')
  .description('Write the synthetic policy corpus (the bench mix: ten layouts, Chinese and English) as .txt files.')
  .requiredOption('--count <n>', 'how many documents', positiveInt)
  .requiredOption('--out <folder>', 'where to write them (created if missing; must hold no .txt files)')
  .option('--seed <n>', 'generator seed', positiveInt, DEFAULT_SEED)
  .showHelpAfterError()
  .action(({ count, out, seed }: { count: number; out: string; seed: number }) => {
    if (existsSync(out) && readdirSync(out).some((name) => name.endsWith('.txt'))) {
      console.error(`error: ${out} already holds .txt files; choose an empty or new folder.`);
      process.exit(2);
    }
    mkdirSync(out, { recursive: true });
    for (const doc of generateCorpus(count, { seed })) writeFileSync(path.join(out, doc.name), `${doc.text}\n`);
    console.log(`Wrote ${count} documents to ${out}. Load them with: npm run seed -- ${out}`);
  });

program.parse();
