import autocannon from 'autocannon';
import type { Session, Workload } from '../queries/workloads';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections (open loop, `runOpenLoop`), instead of as fast as answers come back. */
  rateRps?: number;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  /** Responses that were not 200 or carried GraphQL errors, plus connection errors and timeouts. */
  errors: number;
  requests: number;
  /** The first failed response, to say what went wrong. */
  firstError?: string;
}

/** What every request of a load sends besides its body. */
export const REQUEST_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * What is wrong with an answer, if anything: an HTTP status other than 200 or an `errors`
 * member (a GraphQL response has `"errors":` only at its top level).
 */
export function failureOf(status: number, body: string): string | undefined {
  return status !== 200 || body.includes('"errors":') ? `HTTP ${status}: ${body.slice(0, 400)}` : undefined;
}

/**
 * Closed loop: loads `url` with the workload from `connections` keep-alive connections on
 * loopback for a bounded time, each sending its next request when its answer is back. Every
 * response is checked (`failureOf`).
 */
export async function runLoad(url: string, workload: Workload, options: LoadOptions): Promise<LoadResult> {
  let failed = 0;
  let firstError: string | undefined;
  const requests: autocannon.Request[] = workload.map((step) => ({
    method: 'POST',
    setupRequest: (request, context) => ({ ...request, body: step.body(context as Session) }),
    onResponse: (status, body, context) => {
      const failure = failureOf(status, body);
      if (failure) {
        failed += 1;
        firstError ??= failure;
      }
      step.observe?.(body, context as Session);
    },
  }));
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    headers: REQUEST_HEADERS,
    requests,
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    errors: failed + result.errors,
    requests: result.requests.total,
    firstError: firstError ?? (result.errors ? `${result.errors} connection errors (${result.timeouts} timeouts)` : undefined),
  };
}
