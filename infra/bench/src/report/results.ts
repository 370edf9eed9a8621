/** One measured run: a target answering one query under load. The JSON's `results` are these. */
export interface BenchResult {
  target: string;
  query: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Peak resident memory of the target's processes during the run. */
  rssMb: number;
  /**
   * CPU time the target's processes used per answered request (the subgraphs and the
   * database not included): what a gateway costs, less sensitive than rps to what else
   * runs on the machine.
   */
  cpuMsPerRequest: number;
}

export function findResult(results: BenchResult[], target: string, query: string): BenchResult | undefined {
  return results.find((result) => result.target === target && result.query === query);
}
