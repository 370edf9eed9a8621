import { Pool } from 'undici';
import type { Session, Workload } from '../queries/workloads';
import { failureOf, REQUEST_HEADERS, type LoadOptions, type LoadResult } from './run-load';

/** A visitor of the site: walks the workload's steps in turn, one request at a time. */
interface Visitor {
  session: Session;
  step: number;
}

/** How long the requests still in flight may take to finish once the last one was due. */
const DRAIN_MS = 15_000;

/**
 * Open loop, as requests reach a public server: one request due every 1/rate seconds, on time
 * whether or not earlier ones were answered, over a pool of keep-alive connections. Each
 * latency counts from when its request was due, not from when a connection was free to send
 * it, so a server that falls behind is charged for the wait (no coordinated omission).
 * `connections` visitors each walk the workload's steps in turn (a list page, then the next
 * page with its cursor); a request due goes to a visitor not waiting for an answer, or waits
 * for the first one free.
 *
 * autocannon's own rate (`overallRate`) is not this: each connection sends its share of a
 * second's requests back to back when the second starts, then waits for the next one, so all
 * of a second's load arrives in one burst and the latencies measure the burst.
 */
export async function runOpenLoop(url: string, workload: Workload, options: LoadOptions & { rateRps: number }): Promise<LoadResult> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: options.connections, pipelining: 1 });
  const idle: Visitor[] = Array.from({ length: options.connections }, () => ({ session: {}, step: 0 }));
  const waiting: number[] = [];
  const latencies: number[] = [];
  const intervalMs = 1000 / options.rateRps;
  const total = Math.max(1, Math.floor(options.durationSeconds * options.rateRps));
  let failed = 0;
  let connectionErrors = 0;
  let firstError: string | undefined;
  let scheduled = 0;
  let finished = 0;
  const start = performance.now();

  const finishedAll = new Promise<void>((resolve) => {
    const send = (visitor: Visitor, dueAt: number) => {
      const step = workload[visitor.step % workload.length]!;
      visitor.step += 1;
      pool
        .request({
          path: target.pathname,
          method: 'POST',
          headers: REQUEST_HEADERS,
          body: step.body(visitor.session),
          headersTimeout: 10_000,
          bodyTimeout: 10_000,
        })
        .then(async (response) => {
          const body = await response.body.text();
          latencies.push(performance.now() - dueAt);
          const failure = failureOf(response.statusCode, body);
          if (failure) {
            failed += 1;
            firstError ??= failure;
          }
          step.observe?.(body, visitor.session);
        })
        .catch((error: unknown) => {
          connectionErrors += 1;
          firstError ??= `connection error: ${error instanceof Error ? error.message : String(error)}`;
        })
        .finally(() => {
          finished += 1;
          const next = waiting.shift();
          if (next !== undefined) send(visitor, next);
          else idle.push(visitor);
          if (finished === total) resolve();
        });
    };
    const tick = () => {
      const now = performance.now();
      while (scheduled < total && start + scheduled * intervalMs <= now) {
        const dueAt = start + scheduled * intervalMs;
        scheduled += 1;
        const visitor = idle.pop();
        if (visitor) send(visitor, dueAt);
        else waiting.push(dueAt);
      }
      if (scheduled < total) setTimeout(tick, Math.max(0, start + scheduled * intervalMs - performance.now()));
    };
    tick();
  });

  let timer: NodeJS.Timeout | undefined;
  const drained = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.durationSeconds * 1000 + DRAIN_MS);
  });
  await Promise.race([finishedAll, drained]);
  clearTimeout(timer);
  const elapsedSeconds = (performance.now() - start) / 1000;
  await pool.destroy();
  const unanswered = total - finished;
  latencies.sort((a, b) => a - b);
  const percentile = (share: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0);
  return {
    rps: latencies.length / elapsedSeconds,
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    p999Ms: percentile(0.999),
    errors: failed + connectionErrors + unanswered,
    requests: latencies.length,
    firstError: firstError ?? (unanswered ? `${unanswered} requests unanswered ${DRAIN_MS / 1000} s after the last was due` : undefined),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
