import v8 from 'node:v8';
import { ConfigError } from '@passerelle/config';
import type { GatewaySettings } from './config';

/**
 * What a gateway process's heap holds with its caches empty: the supergraph and its query
 * planner, Apollo Server, metrics, a few hundred requests in flight (measured at about 60 MB
 * after start-up and traffic; the rest is headroom for garbage between collections).
 */
export const BASELINE_HEAP_MB = 96;

/**
 * The heap each MB of a cache's budget takes once the cache is full, as measured: Apollo
 * sizes documents and query plans by their JSON, which their objects (and a document's
 * tokens) take several times over; entities and answers count keys and entry overhead.
 */
export const HEAP_PER_BUDGET_MB = {
  DOCUMENT_CACHE_MB: 4.5,
  QUERY_PLAN_CACHE_MB: 3,
  ENTITY_CACHE_MAX_MB: 2.5,
  RESPONSE_CACHE_MAX_MB: 2.5,
} as const;

type CacheSettings = Pick<GatewaySettings, keyof typeof HEAP_PER_BUDGET_MB | 'ENTITY_CACHE' | 'RESPONSE_CACHE'>;

/** The heap the caches this process keeps in memory may take, each and with the baseline. */
export function cachesHeapNeed(config: CacheSettings): { totalMb: number; caches: Record<string, number> } {
  const inMemory = {
    DOCUMENT_CACHE_MB: true,
    QUERY_PLAN_CACHE_MB: true,
    ENTITY_CACHE_MAX_MB: config.ENTITY_CACHE === 'memory',
    RESPONSE_CACHE_MAX_MB: config.RESPONSE_CACHE === 'memory',
  };
  const caches = Object.fromEntries(
    (Object.keys(HEAP_PER_BUDGET_MB) as (keyof typeof HEAP_PER_BUDGET_MB)[])
      .filter((setting) => inMemory[setting])
      .map((setting) => [setting, Math.ceil(config[setting] * HEAP_PER_BUDGET_MB[setting])]),
  );
  return { totalMb: BASELINE_HEAP_MB + Object.values(caches).reduce((sum, mb) => sum + mb, 0), caches };
}

/** This process's heap limit, in MB (`--max-old-space-size`, or V8's default for the machine). */
export const heapLimitMb = (): number => Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);

/**
 * Refuses to start a process whose caches, once full, would not fit its heap: it would
 * otherwise run for hours and die "JavaScript heap out of memory" under a stream of
 * distinct queries. Each worker of WORKERS keeps caches of its own, with the same heap limit.
 */
export function refuseCachesBeyondHeap(config: CacheSettings, limitMb = heapLimitMb()): void {
  const { totalMb, caches } = cachesHeapNeed(config);
  if (totalMb <= limitMb) return;
  const parts = Object.entries(caches).map(
    ([setting, mb]) => `${setting}=${config[setting as keyof CacheSettings]} (about ${mb} MB of heap)`,
  );
  throw new ConfigError([
    `${parts.join(', ')}: the caches, full, and the gateway's own ${BASELINE_HEAP_MB} MB need about ${totalMb} MB of heap, ` +
      `more than this process's ${limitMb} MB (node --max-old-space-size, e.g. in NODE_OPTIONS): lower these budgets or give it more heap`,
  ]);
}
