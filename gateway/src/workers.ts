import cluster from 'node:cluster';
import type { Logger } from '@passerelle/observability';
import { relayEntityGenerations } from './subgraph-fetch/stages/entity-cache/worker-relay';
import { serveWorkersMetrics } from './workers-metrics';

const RESTARTS_ALLOWED = 5;
const RESTART_WINDOW_MS = 10_000;

/**
 * Runs `count` gateway processes sharing one port (node:cluster), one per core being the
 * usual production setting. A worker that dies is replaced, unless workers keep dying
 * (5 within 10 s), which stops the whole gateway rather than loop. SIGTERM or SIGINT
 * reaches every worker, each drains its requests, then the primary exits 0. A worker's
 * `/metrics` shows the sum of all of them, gathered here, and a worker's writes reach the
 * others' entity caches through here.
 */
export function superviseWorkers(count: number, logger: Logger): void {
  let stopping = false;
  const recentRestarts: number[] = [];
  serveWorkersMetrics(logger);
  relayEntityGenerations();
  const fork = () => cluster.fork();
  for (let index = 0; index < count; index += 1) fork();
  logger.info({ workers: count }, 'gateway workers started');

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    recentRestarts.push(now);
    while (recentRestarts[0]! < now - RESTART_WINDOW_MS) recentRestarts.shift();
    if (recentRestarts.length > RESTARTS_ALLOWED) {
      logger.fatal({ pid: worker.process.pid, code, signal }, 'gateway workers keep dying; stopping');
      process.exit(1);
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker died; starting another');
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping gateway workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
