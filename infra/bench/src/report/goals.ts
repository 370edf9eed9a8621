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
    return { goal, measured: `${value.toFixed(2)}× (${ours.rps.toFixed(0)} vs ${theirs.rps.toFixed(0)} rps; ${p99})`, met: value >= minimum };
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
  return checks.map((check) => `${check.met === null ? '  ?' : check.met ? ' ok' : ' no'}  ${check.goal}: ${check.measured}`).join('\n');
}
