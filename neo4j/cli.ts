import { Command } from 'commander';
import { fetchArtifacts, neo4jVersion } from './artifacts.ts';
import { loadConnectionSettings } from './connection-settings.ts';
import { instanceFiles, runningPid, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.ts';

/** `npm run db:start|stop|status|fetch`: manages the project's own Neo4j (never an external one). */
const program = new Command('db')
  .description("Manage the project's own Neo4j Community (data in NEO4J_DATA_DIR, port NEO4J_PORT)")
  .showHelpAfterError();

program
  .command('fetch')
  .description('Fetch the Neo4j jars from Maven Central once')
  .action(() => {
    fetchArtifacts(console.log);
    console.log(`Neo4j ${neo4jVersion()} artifacts are ready.`);
  });

program
  .command('start')
  .description('Start Neo4j in the background and wait until it answers')
  .action(async () => {
    const { local } = loadConnectionSettings();
    const result = await startLocalNeo4j(local, console.log);
    console.log(
      result.alreadyRunning
        ? `Neo4j is already running on ${result.uri} (pid ${result.pid}).`
        : `Neo4j is ready on ${result.uri} (pid ${result.pid}); password in ${instanceFiles(local).password}.`,
    );
  });

program
  .command('stop')
  .description('Stop the background Neo4j')
  .action(async () => {
    const { local } = loadConnectionSettings();
    console.log((await stopLocalNeo4j(local)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
  });

program
  .command('status')
  .description('Say whether the local Neo4j is running')
  .action(() => {
    const { local } = loadConnectionSettings();
    const pid = runningPid(local);
    if (pid) console.log(`running: bolt://127.0.0.1:${local.port} (pid ${pid}), data in ${local.dataDir}`);
    else {
      console.log(`stopped (data in ${local.dataDir}). Start it with \`npm run db:start\`.`);
      process.exitCode = 3;
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
