process.env.TZ = 'UTC';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareBufferPool, warmDatabases } from './dataset/buffer-pool';
import { ensureDataset } from './dataset/load';
import { specFor } from './dataset/spec';
import { measureTarget } from './load/measure';
import { parseOptions, type BenchOptions } from './options';
import { Pools } from './queries/pools';
import { checkGoals, goalsText } from './report/goals';
import type { BenchResult } from './report/results';
import { resultsTable } from './report/table';
import { portsFrom, processEnvironment } from './targets/environment';
import { assertPortsFree } from './targets/ports';
import { killAllNow, LOG_DIR } from './targets/processes';
import { startSubgraphs } from './targets/subgraphs';
import { writeBenchSupergraph } from './targets/supergraph';
import { isHeadline, SEPARATE_TARGETS } from './targets/targets';
import { ROOT } from './workspace';

/*
 * `npm run bench`: builds the services, makes sure MariaDB holds the data set, starts the
 * subgraphs, then measures each target with each query, and reports. Everything it starts
 * is stopped when it ends, whether it succeeds, fails or is interrupted.
 */

const log = (message: string) => console.log(`[bench] ${message}`);
const cleanups: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) buildWorkspaces();

  const spec = specFor(options.seed, options.scale, options.anchor);
  const loads = await ensureDataset(spec, options.mysqlUrl, options.databasePrefix, options.reload, log);
  const databases = loads.map((load) => load.database);
  cleanups.push(await prepareBufferPool(options.mysqlUrl, databases, options.bufferPoolMb, log));
  log('reading the bench databases into the server\'s cache');
  await warmDatabases(options.mysqlUrl, databases);

  log(`process logs in ${LOG_DIR}`);
  const ports = portsFrom(options.basePort);
  await assertPortsFree(ports);
  const env = processEnvironment(options.logLevel);
  log('starting the subgraphs');
  const subgraphs = await startSubgraphs(ports, options.mysqlUrl, options.databasePrefix, env);
  cleanups.push(...Object.values(subgraphs).map((subgraph) => () => subgraph.stop()));
  const setup = { ports, workers: options.workers, supergraphPath: writeBenchSupergraph(ports), env, subgraphs };
  const pools = new Pools(spec);

  const results: BenchResult[] = [];
  for (const target of options.targets) results.push(...(await measureTarget(target, setup, pools, options, log)));
  await stopEverything();

  const headline = results.filter((result) => isHeadline(result.target));
  const separate = results.filter((result) => !isHeadline(result.target));
  const goals = checkGoals(headline, options.connections, spec.offers);
  console.log(`\n${resultsTable(headline)}\n\nGoals (cache off; one run):\n${goalsText(goals)}\n`);
  if (separate.length) console.log(`Response cache on (${SEPARATE_TARGETS.join(', ')}): not a headline figure, not in the goals\n${resultsTable(separate)}\n`);
  for (const load of loads) {
    log(`data set ${load.database}: ${load.kept ? 'kept from an earlier run' : `loaded in ${load.seconds.toFixed(1)} s (${load.rows} rows)`}`);
  }
  if (options.jsonPath) writeJson(options.jsonPath, results, { options, spec, loads, goals, notHeadline: SEPARATE_TARGETS });
}

function buildWorkspaces(): void {
  log('building the workspaces (turbo run build)');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], { cwd: ROOT, stdio: 'inherit' });
}

function writeJson(file: string, results: BenchResult[], meta: Record<string, unknown> & { options: BenchOptions }): void {
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  writeFileSync(target, `${JSON.stringify({ results, meta }, null, 2)}\n`);
  log(`results written to ${target}`);
}

async function stopEverything(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping everything`);
    void stopEverything().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(stopEverything);
