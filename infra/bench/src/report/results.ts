/** One measured run: a target answering one query under load. The JSON's `results` are these. */
export interface BenchResult {
  target: string;
  query: string;
  /** `full`: real subgraphs on the MariaDB data set; `canned`: recorded answers, the gateway alone. */
  mode: 'full' | 'canned';
  /** `closed`: every connection sends its next request on an answer (capacity); `open`: a fixed arrival rate, `rateRps`. */
  load: 'closed' | 'open';
  rateRps?: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  errors: number;
  /** Peak resident memory of the target's processes during the run. */
  rssMb: number;
  /**
   * CPU time the target's processes used per answered request (the subgraphs and the
   * database not included): what a gateway costs, less sensitive than rps to what else
   * runs on the machine.
   */
  cpuMsPerRequest: number;
  /** CPU per answered request of every process serving it: the target, the subgraphs and (full mode) MariaDB. */
  cpuMsPerRequestTotal: number;
  /** The same by process: gateway (the target's processes), organisations, offers, programmes, mariadb. */
  cpuMsPerRequestByProcess: Record<string, number>;
}

export function findResult(
  results: BenchResult[],
  target: string,
  query: string,
  load: BenchResult['load'] = 'closed',
): BenchResult | undefined {
  return results.find((result) => result.target === target && result.query === query && result.load === load);
}
