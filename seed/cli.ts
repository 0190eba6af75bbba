import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import type { PolicyGraph } from '../core/graph-contract.ts';
import { openConnection } from '../neo4j/connect.ts';
import { loadConnectionSettings } from '../neo4j/connection-settings.ts';
import { countGraph, describeCounts } from '../neo4j/count-graph.ts';
import { describeNeo4jError } from '../neo4j/neo4j-errors.ts';
import { mergeGraphs } from './extract/merge-graphs.ts';
import { listDocuments, removeReferences } from './library-commands.ts';
import { policyFile, readPolicy, summarise } from './load-policy.ts';
import { expandInputs } from './read/expand-inputs.ts';
import { DocumentError } from './read/read-document.ts';
import { shippedDocuments } from './read/shipped-documents.ts';
import { formatReport, type PolicyReport, reportPolicy } from './report/policy-report.ts';
import { ensureSchema, resetGraph } from './write/write.ts';
import { writeDocuments } from './write/write-documents.ts';

/**
 * `npm run seed -- [options] [FILE|FOLDER…]`. Exit codes: 0 all written, 1 some file was rejected (the others
 * are written), 2 nothing could be written (database unreachable or bad arguments).
 */
interface Options {
  reset: boolean;
  dryRun: boolean;
  json: boolean;
  list: boolean;
  remove?: string[];
}

const program = new Command('seed')
  .description('Turn policy documents into the Neo4j graph (default: the shipped documents in seed/documents/)')
  .argument('[files...]', 'policy text files (UTF-8), or folders: every .txt file under them')
  .option('--reset', 'empty the graph before seeding', false)
  .option('--dry-run', 'extract only; touch no database', false)
  .option('--json', 'with --dry-run: print the extracted graph as JSON on stdout and nothing else', false)
  .option('--list', 'print the documents the graph holds', false)
  .option(
    '--remove <document...>',
    'remove documents by id (document:…) or number (every language version), with what only they referred to',
  )
  .showHelpAfterError()
  .action(run);

async function run(files: string[], options: Options): Promise<void> {
  if (options.json && !options.dryRun) throw new UsageError('--json goes with --dry-run.');
  if (options.reset && options.dryRun) throw new UsageError('--reset cannot be combined with --dry-run.');
  const library = options.list || options.remove !== undefined;
  if (library && (files.length > 0 || options.dryRun || options.reset)) {
    throw new UsageError('--list and --remove take no files and go with neither --dry-run nor --reset.');
  }
  // A folder given expands to its .txt files; an empty folder is refused here, before any database work.
  const inputs = files.length > 0 ? expandInputs(files) : shippedDocuments();
  const say = options.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  let failed = 0;
  const fail = (error: unknown) => {
    if (!(error instanceof DocumentError)) throw error;
    failed += 1;
    console.error(`error: ${error.message}`);
  };

  if (options.dryRun) {
    const graphs: PolicyGraph[] = [];
    for (const file of inputs) {
      try {
        const { parsed, graph } = readPolicy(file);
        graphs.push(graph);
        // With --json the report goes to stderr (say), so stdout stays one JSON document.
        say(`${file}: ${summarise(graph)}`);
        for (const line of formatReport(reportPolicy(parsed, graph))) say(line);
      } catch (error) {
        fail(error);
      }
    }
    if (options.json) process.stdout.write(`${JSON.stringify(mergeGraphs(graphs))}\n`);
    process.exitCode = failed > 0 ? 1 : 0;
    return;
  }

  const config = loadConnectionSettings();
  let driver: Driver;
  try {
    const connection = await openConnection(config, say);
    driver = connection.driver;
    if (connection.startedLocal) say('The local Neo4j keeps running after seeding; `npm run db:stop` stops it.');
  } catch (error) {
    throw new FatalError(error instanceof Error ? error.message : String(error));
  }
  const database = config.neo4j.database;
  try {
    await ensureSchema(driver, database);
    if (library) {
      if (options.list) await listDocuments(driver, say, database);
      const failedRemovals = options.remove ? await removeReferences(driver, options.remove, say, database) : 0;
      process.exitCode = failedRemovals > 0 ? 1 : 0;
      return;
    }
    if (options.reset) {
      await resetGraph(driver, database);
      say('Graph emptied (--reset).');
    }
    const reports = new Map<string, PolicyReport>();
    const sources = inputs.map((file) => policyFile(file, (report) => reports.set(file, report)));
    await writeDocuments(driver, sources, {
      ...(database ? { database } : {}),
      onWritten: ({ name, graph, index }) => {
        say(`[${index + 1}/${inputs.length}] ${name}: ${summarise(graph)}`);
        for (const line of formatReport(reports.get(name) ?? reportMissing)) say(line);
        reports.delete(name);
      },
      onRejected: ({ error }) => fail(error),
      onCommitted: ({ documents, ms }) =>
        say(`  committed ${documents === 1 ? '1 document' : `${documents} documents in one transaction`} (${Math.round(ms)} ms)`),
    });
    const counts = await countGraph(driver, database);
    say(`Graph now holds: ${describeCounts(counts.nodes)}`);
    say(`Relationships: ${describeCounts(counts.relationships)}`);
    if (failed > 0) say(`${failed} of ${inputs.length} file(s) rejected; nothing was written for them.`);
    process.exitCode = failed > 0 ? 1 : 0;
  } catch (error) {
    throw new FatalError(describeNeo4jError(error, config.neo4j.uri));
  } finally {
    await driver.close();
  }
}

/** Never shown in practice: every written file was loaded, and loading reports. */
const reportMissing: PolicyReport = { structure: 'not reported', warnings: [], newEntities: [], nearDuplicates: [] };

class UsageError extends Error {}
class FatalError extends Error {}

program.parseAsync().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
