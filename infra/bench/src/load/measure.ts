import type { BenchOptions } from '../options';
import type { Pools } from '../queries/pools';
import { workloadFor, type QueryName } from '../queries/workloads';
import type { BenchResult } from '../report/results';
import { TARGETS, type TargetName, type TargetSetup } from '../targets/targets';
import { watchCpu, watchMemory } from './memory';
import { runLoad } from './run-load';

type Log = (message: string) => void;

/** The queries a target answers: the offers subgraph alone knows only the single-subgraph query. */
export function queriesOf(target: TargetName, queries: QueryName[]): QueryName[] {
  return target === 'subgraph-direct' ? queries.filter((query) => query === 'single') : queries;
}

/**
 * Starts a target, warms it up (every query it will answer, so that connection pools, query
 * plans and the database's buffers are warm), loads it with each query in turn, and stops it.
 */
export async function measureTarget(
  target: TargetName,
  setup: TargetSetup,
  pools: Pools,
  options: BenchOptions,
  log: Log,
): Promise<BenchResult[]> {
  const queries = queriesOf(target, options.queries);
  if (!queries.length) return [];
  log(`${target}: starting`);
  const running = await TARGETS[target](setup);
  try {
    const load = { connections: options.connections, durationSeconds: 0 };
    if (options.warmupSeconds > 0) {
      const seconds = Math.max(1, Math.round(options.warmupSeconds / queries.length));
      for (const query of queries) await runLoad(running.url, workloadFor(query, pools), { ...load, durationSeconds: seconds });
    }
    const results: BenchResult[] = [];
    for (const query of queries) {
      const memory = watchMemory(running.process.pid);
      const cpu = watchCpu(running.process.pid);
      const result = await runLoad(running.url, workloadFor(query, pools), { ...load, durationSeconds: options.durationSeconds });
      const cpuMsPerRequest = cpu.stop(result.requests);
      const rssMb = memory.stop();
      results.push({
        target, query, rps: round(result.rps), p50Ms: result.p50Ms, p99Ms: result.p99Ms, errors: result.errors, rssMb, cpuMsPerRequest,
      });
      log(`${target} ${query}: ${result.rps.toFixed(0)} rps, p99 ${result.p99Ms} ms, ${result.errors} errors`);
      if (result.firstError) log(`  first error: ${result.firstError}`);
    }
    return results;
  } finally {
    await running.stop();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
