import { findResult, type BenchResult } from './results';

export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean | null;
}

/**
 * The goals, checked against one run's figures (null when the run lacks a figure).
 * Benchmark figures to report, never assertions of a test.
 */
export function checkGoals(results: BenchResult[], connections: number, offers: number): GoalCheck[] {
  const get = (target: string, query: string) => findResult(results, target, query);
  const ratio = (ours: BenchResult | undefined, theirs: BenchResult | undefined, goal: string, minimum: number): GoalCheck => {
    if (!ours?.rps || !theirs?.rps) return { goal, measured: 'not measured', met: null };
    const value = ours.rps / theirs.rps;
    const p99 = `p99 ${ours.p99Ms.toFixed(1)} vs ${theirs.p99Ms.toFixed(1)} ms`;
    return {
      goal,
      measured: `${value.toFixed(2)}× (${ours.rps.toFixed(0)} vs ${theirs.rps.toFixed(0)} rps; ${p99})`,
      met: value >= minimum,
    };
  };
  const p99NoWorse = (peer: string): GoalCheck => {
    const ours = get('passerelle', 'mix');
    const theirs = get(peer, 'mix');
    const goal = `mix p99 no worse than ${peer}`;
    if (!ours?.rps || !theirs?.rps) return { goal, measured: 'not measured', met: null };
    return { goal, measured: `${ours.p99Ms.toFixed(1)} vs ${theirs.p99Ms.toFixed(1)} ms`, met: ours.p99Ms <= theirs.p99Ms };
  };
  const listPage = (query: 'list' | 'search', what: string): GoalCheck => {
    const result = get('passerelle', query);
    const goal = `${what} p99 < 50 ms at ${connections} connections on ${offers.toLocaleString('en')} offers`;
    if (!result?.rps) return { goal, measured: 'not measured', met: null };
    return { goal, measured: `${result.p99Ms.toFixed(1)} ms (${result.rps.toFixed(0)} rps)`, met: result.p99Ms < 50 };
  };
  return [
    ...cpuGoals(results),
    ...openLoopGoals(results),
    ratio(get('passerelle', 'mix'), get('apollo-gateway', 'mix'), 'mix throughput ≥ 2× apollo-gateway', 2),
    p99NoWorse('apollo-gateway'),
    ratio(get('passerelle', 'mix'), get('hive-gateway', 'mix'), 'mix throughput ≥ 1.2× hive-gateway', 1.2),
    p99NoWorse('hive-gateway'),
    ratio(get('passerelle', 'single'), get('subgraph-direct', 'single'), 'single-subgraph query ≥ 0.5× subgraph-direct', 0.5),
    listPage('list', 'list page (browsing)'),
    listPage('search', 'list page searched'),
  ];
}

export function goalsText(checks: GoalCheck[]): string {
  return checks
    .map((check) => `${check.met === null ? '   ?   ' : check.met ? '  met  ' : ' short '}  ${check.goal}: ${check.measured}`)
    .join('\n');
}

/** Issue 12: CPU per request of every process serving it (gateway, subgraphs, MariaDB), ours with the response cache off. */
const CPU_MS_PER_REQUEST_GOALS = { list: 8, search: 12, detail: 6, organisation: 6, funding: 6 } as const;

function cpuGoals(results: BenchResult[]): GoalCheck[] {
  return Object.entries(CPU_MS_PER_REQUEST_GOALS).map(([query, limit]) => {
    const result = findResult(results, 'passerelle', query);
    const goal = `${query}: CPU per request, all processes ≤ ${limit} ms`;
    if (!result?.rps) return { goal, measured: 'not measured', met: null };
    const parts = Object.entries(result.cpuMsPerRequestByProcess)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
    return { goal, measured: `${result.cpuMsPerRequestTotal.toFixed(1)} ms (${parts})`, met: result.cpuMsPerRequestTotal <= limit };
  });
}

/** Issue 12: p99 at a stated load, open loop at a share of the capacity the closed-loop run measured. */
const OPEN_LOOP_P99_GOALS = { list: 50, search: 100, detail: 50, organisation: 50, funding: 50 } as const;

function openLoopGoals(results: BenchResult[]): GoalCheck[] {
  return Object.entries(OPEN_LOOP_P99_GOALS).map(([query, limit]) => {
    const result = findResult(results, 'passerelle', query, 'open');
    const goal = `${query}: p99 < ${limit} ms, open loop at 60 % of capacity`;
    if (!result?.rps) return { goal, measured: 'not measured', met: null };
    return {
      goal,
      measured: `${result.p99Ms.toFixed(1)} ms at ${result.rateRps} rps (p50 ${result.p50Ms}, p99.9 ${result.p999Ms})`,
      met: result.p99Ms < limit,
    };
  });
}

/** The canned mode's goals (the gateway alone): ours ≥ 2× stock Apollo's rps, ≥ 1.5× Hive's, p99 no worse, for each query. */
export function checkCannedGoals(results: BenchResult[], queries: string[]): GoalCheck[] {
  const peers = [
    ['apollo-gateway', 2],
    ['hive-gateway', 1.5],
    ['hive-router-runtime', 1.5],
  ] as const;
  return queries.flatMap((query) => {
    const ours = findResult(results, 'passerelle', query);
    return peers.flatMap(([peer, minimum]): GoalCheck[] => {
      const theirs = findResult(results, peer, query);
      const goal = `${query}: rps ≥ ${minimum}× ${peer}`;
      const p99Goal = `${query}: p99 no worse than ${peer}`;
      if (!ours?.rps || !theirs?.rps) return [{ goal, measured: 'not measured', met: null }];
      const value = ours.rps / theirs.rps;
      const cpu = `CPU ${ours.cpuMsPerRequest.toFixed(2)} vs ${theirs.cpuMsPerRequest.toFixed(2)} ms/request`;
      return [
        { goal, measured: `${value.toFixed(2)}× (${ours.rps.toFixed(0)} vs ${theirs.rps.toFixed(0)} rps; ${cpu})`, met: value >= minimum },
        { goal: p99Goal, measured: `${ours.p99Ms.toFixed(1)} vs ${theirs.p99Ms.toFixed(1)} ms`, met: ours.p99Ms <= theirs.p99Ms },
      ];
    });
  });
}
