process.env.TZ = 'UTC';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareBufferPool, warmDatabases } from './dataset/buffer-pool';
import { ensureDataset } from './dataset/load';
import { specFor } from './dataset/spec';
import { recordCannedAnswers } from './canned/record';
import { measureTarget, type Measurement } from './load/measure';
import { parseOptions, type BenchMode, type BenchOptions, type ModeRun } from './options';
import { Pools } from './queries/pools';
import { fixedWorkload, workloadFor, type CANNED_QUERIES, type QueryName } from './queries/workloads';
import { checkCannedGoals, checkGoals, goalsText, type GoalCheck } from './report/goals';
import type { BenchResult } from './report/results';
import { resultsTable } from './report/table';
import { portsFrom, processEnvironment } from './targets/environment';
import { assertPortsFree } from './targets/ports';
import { killAllNow, LOG_DIR, profileProcessesInto } from './targets/processes';
import { benchDatabase, startCannedSubgraphs, startSubgraphs } from './targets/subgraphs';
import { writeBenchSupergraph } from './targets/supergraph';
import { isHeadline, SEPARATE_TARGETS, type TargetSetup } from './targets/targets';
import { ROOT } from './workspace';

type CannedQuery = (typeof CANNED_QUERIES)[number];

/*
 * `npm run bench`: builds the services, makes sure MariaDB holds the data set, starts the
 * subgraphs, then measures each target with each query (the full mode); then measures the
 * gateways alone, in front of canned subgraphs (src/canned; the canned mode), and reports
 * both with the issue's goals. `--mode full` or `--mode canned` runs one of them. Everything
 * it starts is stopped when it ends, whether it succeeds, fails or is interrupted.
 */

const log = (message: string) => console.log(`[bench] ${message}`);
const cleanups: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) buildWorkspaces();
  log(`process logs in ${LOG_DIR}`);
  const ports = portsFrom(options.basePort);
  await assertPortsFree(ports);
  const env = processEnvironment(options.logLevel);
  const base = { ports, workers: options.workers, supergraphPath: writeBenchSupergraph(ports), env };
  const parts: ModePart[] = [];
  for (const run of options.runs) {
    parts.push(run.mode === 'canned' ? await runCanned(options, run, base) : await runFull(options, run, base));
    await stopEverything();
  }
  if (parts.length > 1) {
    const byMode = parts.map((part) => `${part.mode} mode:\n${goalsText(part.goals)}`);
    console.log(`\nEvery goal of this run, met or short:\n${byMode.join('\n')}\n`);
  }
  if (options.jsonPath) {
    const meta = Object.fromEntries(parts.map((part) => [part.mode, part.meta]));
    writeJson(
      options.jsonPath,
      parts.flatMap((part) => part.results),
      { options, ...meta, goals: parts.flatMap((part) => part.goals) },
    );
  }
}

/** What one mode measured, checked and has to say in the JSON's `meta`. */
interface ModePart {
  mode: BenchMode;
  results: BenchResult[];
  goals: GoalCheck[];
  meta: Record<string, unknown>;
}

type BaseSetup = Omit<TargetSetup, 'subgraphs'>;

/** The real subgraphs on the MariaDB data set: what a gateway's users would see, database included. */
async function runFull(options: BenchOptions, run: ModeRun, base: BaseSetup): Promise<ModePart> {
  const spec = specFor(options.seed, options.scale, options.anchor);
  const loads = await ensureDataset(spec, options.mysqlUrl, options.databasePrefix, options.reload, log);
  const databases = loads.map((load) => load.database);
  cleanups.push(await prepareBufferPool(options.mysqlUrl, databases, options.bufferPoolMb, log));
  log("reading the bench databases into the server's cache");
  await warmDatabases(options.mysqlUrl, databases);

  log('starting the subgraphs');
  if (options.cpuProfDir) profileProcessesInto(options.cpuProfDir);
  const subgraphs = await startSubgraphs(base.ports, base.env, benchDatabase(options.mysqlUrl, options.databasePrefix));
  cleanups.push(...Object.values(subgraphs).map((subgraph) => () => subgraph.stop()));
  const pools = new Pools(spec);
  const measurement = measurementOf(options, run, { ...base, subgraphs }, (query) => workloadFor(query as QueryName, pools));

  const results: BenchResult[] = [];
  for (const target of run.targets) {
    // the offers subgraph alone knows only the single-subgraph query
    const queries = target === 'subgraph-direct' ? run.queries.filter((query) => query === 'single') : run.queries;
    results.push(...(await measureTarget(target, { ...measurement, queries })));
  }
  await stopEverything();

  const headline = results.filter((result) => isHeadline(result.target));
  const separate = results.filter((result) => !isHeadline(result.target));
  const goals = checkGoals(headline, options.connections, spec.offers);
  console.log(
    `\nFull mode (the real subgraphs, MariaDB, ${spec.offers} offers)\n${resultsTable(headline)}\n\nGoals (no response cache, the entity cache as shipped; one run):\n${goalsText(goals)}\n`,
  );
  if (separate.length)
    console.log(`Reported apart (${SEPARATE_TARGETS.join(', ')}): not a headline figure, not in the goals\n${resultsTable(separate)}\n`);
  for (const load of loads) {
    log(
      `data set ${load.database}: ${load.kept ? 'kept from an earlier run' : `loaded in ${load.seconds.toFixed(1)} s (${load.rows} rows)`}`,
    );
  }
  return { mode: 'full', results, goals, meta: { spec, loads, notHeadline: SEPARATE_TARGETS } };
}

/** The gateways alone: canned subgraphs answer what was recorded from the real ones, at no cost to speak of. */
async function runCanned(options: BenchOptions, run: ModeRun, base: BaseSetup): Promise<ModePart> {
  const recording = await recordCannedAnswers(run.targets, base, log);
  if (options.cpuProfDir) profileProcessesInto(options.cpuProfDir);
  log('starting the canned subgraphs');
  const subgraphs = await startCannedSubgraphs(base.ports, base.env, recording.answerFiles);
  cleanups.push(...Object.values(subgraphs).map((subgraph) => () => subgraph.stop()));
  const measurement = measurementOf(options, run, { ...base, subgraphs }, (query) =>
    fixedWorkload(recording.requests[query as CannedQuery]),
  );

  const results: BenchResult[] = [];
  for (const target of run.targets) results.push(...(await measureTarget(target, measurement)));
  await stopEverything();

  const goals = checkCannedGoals(results, run.queries);
  console.log(
    `\nCanned mode (the gateway alone)\n${resultsTable(results)}\n\nGoals (the gateway alone, canned subgraphs; one run):\n${goalsText(goals)}\n`,
  );
  return {
    mode: 'canned',
    results,
    goals,
    meta: { requests: { mix: recording.requests.mix.length, heavy: recording.requests.heavy.length } },
  };
}

function measurementOf(options: BenchOptions, run: ModeRun, setup: TargetSetup, workloadOf: Measurement['workloadOf']): Measurement {
  const { connections, durationSeconds, warmupSeconds, openFraction } = options;
  return { mode: run.mode, setup, queries: run.queries, workloadOf, connections, durationSeconds, warmupSeconds, openFraction, log };
}

function buildWorkspaces(): void {
  log('building the workspaces (turbo run build)');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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
