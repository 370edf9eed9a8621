import type { Workload } from '../queries/workloads';
import type { BenchResult } from '../report/results';
import { SUBGRAPHS } from '../targets/environment';
import { databaseServerPid, groupCpuMs, processCpuMs } from '../targets/processes';
import { TARGETS, type RunningTarget, type TargetName, type TargetSetup } from '../targets/targets';
import { watchCpu, watchMemory, type CpuSource } from './memory';
import { runLoad, type LoadOptions } from './run-load';
import { runOpenLoop } from './open-loop';

type Log = (message: string) => void;

export interface Measurement {
  mode: BenchResult['mode'];
  setup: TargetSetup;
  queries: string[];
  workloadOf(query: string): Workload;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** After each closed-loop run, the same query again at this share of the rate it reached (0: not). */
  openFraction: number;
  log: Log;
}

/**
 * Starts a target, warms it up (every query it will answer, so that connection pools, query
 * plans and the database's buffers are warm), loads it with each query in turn, closed loop
 * then (with `openFraction`) open loop, and stops it.
 */
export async function measureTarget(target: TargetName, measurement: Measurement): Promise<BenchResult[]> {
  const { queries, connections, log } = measurement;
  if (!queries.length) return [];
  log(`${target}: starting`);
  const running = await TARGETS[target](measurement.setup);
  try {
    if (measurement.warmupSeconds > 0) {
      const seconds = Math.max(1, Math.round(measurement.warmupSeconds / queries.length));
      for (const query of queries) await runLoad(running.url, measurement.workloadOf(query), { connections, durationSeconds: seconds });
    }
    const results: BenchResult[] = [];
    for (const query of queries) {
      const load = { connections, durationSeconds: measurement.durationSeconds };
      const closed = await measureOnce(target, query, running, measurement, load);
      results.push(closed);
      if (measurement.openFraction > 0 && closed.rps > 0) {
        const rateRps = Math.max(1, Math.round(closed.rps * measurement.openFraction));
        results.push(await measureOnce(target, query, running, measurement, { ...load, rateRps }));
      }
    }
    return results;
  } finally {
    await running.stop();
  }
}

async function measureOnce(
  target: TargetName,
  query: string,
  running: RunningTarget,
  measurement: Measurement,
  load: LoadOptions,
): Promise<BenchResult> {
  const memory = watchMemory(running.process.pid);
  const cpu = watchCpu(cpuSources(running, measurement));
  const workload = measurement.workloadOf(query);
  const result = load.rateRps
    ? await runOpenLoop(running.url, workload, { ...load, rateRps: load.rateRps })
    : await runLoad(running.url, workload, load);
  const { byProcess, total } = cpu.stop(result.requests);
  const rssMb = memory.stop();
  const how = load.rateRps ? `open loop at ${load.rateRps}/s` : 'closed loop';
  measurement.log(
    `${target} ${query} (${how}): ${result.rps.toFixed(0)} rps, p99 ${result.p99Ms} ms, ${result.errors} errors, ${total.toFixed(2)} ms CPU per request in all`,
  );
  if (result.firstError) measurement.log(`  first error: ${result.firstError}`);
  return {
    target,
    query,
    mode: measurement.mode,
    load: load.rateRps ? 'open' : 'closed',
    ...(load.rateRps ? { rateRps: load.rateRps } : {}),
    rps: round(result.rps),
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    p999Ms: result.p999Ms,
    errors: result.errors,
    rssMb,
    cpuMsPerRequest: byProcess.gateway ?? 0,
    cpuMsPerRequestTotal: total,
    cpuMsPerRequestByProcess: byProcess,
  };
}

/**
 * Every process that serves a request: the target's (primary and workers), each subgraph
 * not already the target (subgraph-direct is the offers subgraph), and in full mode the
 * database server when it runs on this machine. MariaDB serves other clients too: what
 * they use during the run is counted as well.
 */
function cpuSources(running: RunningTarget, { setup, mode }: Measurement): Record<string, CpuSource> {
  const sources: Record<string, CpuSource> = { gateway: () => groupCpuMs(running.process.pid) };
  for (const name of SUBGRAPHS) {
    const subgraph = setup.subgraphs[name];
    if (subgraph.pid !== running.process.pid) sources[name] = () => groupCpuMs(subgraph.pid);
  }
  const database = mode === 'full' ? databaseServerPid() : null;
  if (database !== null) sources.mariadb = () => processCpuMs(database);
  return sources;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
