import type { Logger } from '@passerelle/observability';
import type { Registry } from 'prom-client';
import { pipeline } from './fetch-context';
import {
  circuitBreaker,
  circuitStateGauge,
  type CircuitBreakerSettings,
  type CircuitStateName,
} from './stages/circuit-breaker/circuit-breaker';
import { entityCache, type EntityCacheOptions } from './stages/entity-cache/entity-cache';
import { httpCall } from './stages/http/http-call';
import { SharedFetches } from './stages/shared-fetches/shared-fetches';
import { timeLimit } from './stages/time-limit/time-limit';
import { SubgraphDataSource, subgraphFetchMetrics } from './subgraph-data-source';

export interface SubgraphFetchOptions {
  timeoutMs: number;
  circuitBreaker: CircuitBreakerSettings;
  /** Identical fetches of queries in flight at once share one request. */
  deduplicateFetches: boolean;
  /** Entities of anonymous entity fetches kept; every fetch is sent when absent. */
  entityCache?: EntityCacheOptions;
  registry: Registry;
  logger: Logger;
}

export interface SubgraphFetchPipeline {
  dataSource: SubgraphDataSource;
  /** The subgraph's circuit breaker, for /ready. */
  circuitState(): CircuitStateName;
  close(): Promise<void>;
}

/**
 * Each subgraph fetch passes these stages in this order (docs/operations.md says why); the
 * state that spans subgraphs (entities, fetches in flight, metrics) is made once here.
 */
export function subgraphFetchPipelines(options: SubgraphFetchOptions): (subgraph: string, url: string) => SubgraphFetchPipeline {
  const { timeoutMs, registry } = options;
  const metrics = subgraphFetchMetrics(registry);
  const circuitGauge = circuitStateGauge(registry);
  const entities = options.entityCache && entityCache(options.entityCache, registry, options.logger);
  const sharing = options.deduplicateFetches ? new SharedFetches(registry) : undefined;
  return (subgraph, url) => {
    const circuit = circuitBreaker(subgraph, options.circuitBreaker, circuitGauge);
    const http = httpCall({ connections: 128, connectTimeoutMs: Math.min(timeoutMs, 3000) });
    const send = pipeline([
      ...(entities ? [entities] : []),
      circuit.stage,
      ...(sharing ? [sharing.stage] : []),
      timeLimit({ timeoutMs }),
      http.stage,
    ]);
    return { dataSource: new SubgraphDataSource(subgraph, url, send, metrics), circuitState: circuit.state, close: http.close };
  };
}
