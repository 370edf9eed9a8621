import type { Fetcher } from '@apollo/utils.fetcher';
import { Histogram, Counter, type Registry } from 'prom-client';
import { Agent, fetch } from 'undici';

export interface SubgraphFetchMetrics {
  duration: Histogram<'subgraph'>;
  failures: Counter<'subgraph' | 'reason'>;
}

export function subgraphFetchMetrics(registry: Registry): SubgraphFetchMetrics {
  return {
    duration: new Histogram({
      name: 'passerelle_subgraph_fetch_duration_seconds',
      help: 'Time of each gateway fetch to a subgraph',
      labelNames: ['subgraph'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    failures: new Counter({
      name: 'passerelle_subgraph_fetch_failures_total',
      help: 'Gateway fetches to a subgraph that failed, by reason (timeout, unreachable, http_<status>)',
      labelNames: ['subgraph', 'reason'] as const,
      registers: [registry],
    }),
  };
}

/**
 * A fetcher for one subgraph: a keep-alive connection pool (undici) instead of a new
 * connection per fetch, and a hard time limit, which the gateway's default fetcher lacks.
 */
export function subgraphFetcher(subgraph: string, timeoutMs: number, metrics: SubgraphFetchMetrics): Fetcher & { close(): Promise<void> } {
  const agent = new Agent({
    connections: 128,
    keepAliveTimeout: 30_000,
    connectTimeout: Math.min(timeoutMs, 3000),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const fetcher = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const stopTimer = metrics.duration.startTimer({ subgraph });
    try {
      const response = await fetch(url, {
        method: init?.method,
        headers: init?.headers as Record<string, string>,
        body: init?.body as string | undefined,
        dispatcher: agent,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) metrics.failures.inc({ subgraph, reason: `http_${response.status}` });
      return response;
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
      metrics.failures.inc({ subgraph, reason });
      throw Object.assign(new Error(`${subgraph} ${reason}`), { reason });
    } finally {
      stopTimer();
    }
  };
  return Object.assign(fetcher as unknown as Fetcher, { close: () => agent.close() });
}
