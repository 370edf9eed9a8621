import type { Fetcher } from '@apollo/utils.fetcher';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import { isEntitiesFetch, isMutationFetch, type EntityCache } from './entity-cache/entity-cache';
import { circuitStateGauge, isCircuitOpen, subgraphCircuit, type CircuitBreakerSettings, type CircuitStateName } from './circuit-breaker';
import { SHAREABLE_FETCH_HEADER, type SharedFetches } from './shared-fetches';

export interface SubgraphFetchMetrics {
  duration: Histogram<'subgraph'>;
  failures: Counter<'subgraph' | 'reason'>;
  circuitState: Gauge<'subgraph' | 'state'>;
  shared: Counter<'subgraph'>;
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
      help: 'Gateway fetches to a subgraph that failed, by reason (timeout, unreachable, circuit_open, http_<status>)',
      labelNames: ['subgraph', 'reason'] as const,
      registers: [registry],
    }),
    circuitState: circuitStateGauge(registry),
    shared: new Counter({
      name: 'passerelle_subgraph_fetches_shared_total',
      help: 'Subgraph fetches answered by an identical fetch already in flight instead of a request of their own',
      labelNames: ['subgraph'] as const,
      registers: [registry],
    }),
  };
}

export interface SubgraphFetcher extends Fetcher {
  /** The state of this subgraph's circuit breaker, for /ready. */
  circuitState(): CircuitStateName;
  close(): Promise<void>;
}

export interface SubgraphFetcherOptions {
  timeoutMs: number;
  circuitBreaker: CircuitBreakerSettings;
  metrics: SubgraphFetchMetrics;
  /** Where identical fetches of query operations meet; each fetch sends its own request when absent. */
  sharedFetches?: SharedFetches<SubgraphAnswer>;
  /** Answers anonymous entity fetches of query operations where it can; every fetch is sent when absent. */
  entityCache?: EntityCache;
}

/** A subgraph's answer as received, before the gateway reads it. */
export interface SubgraphAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * A fetcher for one subgraph: a keep-alive connection pool (undici) instead of a new
 * connection per fetch, a hard time limit, which the gateway's default fetcher lacks, and a
 * circuit breaker, so that a subgraph that keeps failing costs milliseconds, not the time limit.
 * It uses undici's request() rather than its fetch(): the same pool without the WHATWG
 * Request, Headers and web-stream machinery, which cost about a fifth of the gateway's CPU
 * under load (infra/bench). The body is read whole, as fetch would, so the connection goes
 * back to the pool whatever the caller reads.
 */
export function subgraphFetcher(subgraph: string, { timeoutMs, circuitBreaker, metrics, sharedFetches, entityCache }: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: 128,
    keepAliveTimeout: 30_000,
    connectTimeout: Math.min(timeoutMs, 3000),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const circuit = subgraphCircuit(subgraph, circuitBreaker, metrics.circuitState, (result) => (result as { statusCode: number }).statusCode >= 500);
  const send = async (url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<SubgraphAnswer> => {
    const response = await request(url, {
      method: method as Dispatcher.HttpMethod,
      headers,
      body,
      dispatcher: agent,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { statusCode: response.statusCode, headers: response.headers, text: await response.body.text() };
  };
  const fetcher = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const stopTimer = metrics.duration.startTimer({ subgraph });
    const { [SHAREABLE_FETCH_HEADER]: shareable, ...headers } = (init?.headers ?? {}) as Record<string, string>;
    const method = init?.method ?? 'GET';
    const body = init?.body as string | undefined;
    // Each fetch passes the circuit itself, shared or not: while its probe is out the others fail at once, never wait on it.
    const exchange = (sentBody: string | undefined) =>
      circuit.execute(() =>
        sharedFetches && shareable
          ? sharedFetches.share(
              `${url}\n${headers.authorization ?? ''}\n${sentBody ?? ''}`,
              () => send(url, method, headers, sentBody),
              () => metrics.shared.inc({ subgraph }),
            )
          : send(url, method, headers, sentBody),
      );
    const writes = entityCache !== undefined && body !== undefined && isMutationFetch(body);
    try {
      const cached = entityCache && shareable && !headers.authorization && body !== undefined && isEntitiesFetch(body);
      const { statusCode, headers: answerHeaders, text } = cached ? await entityCache.fetch(subgraph, body, exchange) : await exchange(body);
      if (statusCode < 200 || statusCode > 299) {
        metrics.failures.inc({ subgraph, reason: `http_${statusCode}` });
      }
      return fetcherResponse(url, statusCode, answerHeaders, text);
    } catch (error) {
      const reason = isCircuitOpen(error) ? 'circuit_open' : isTimeout(error) ? 'timeout' : 'unreachable';
      metrics.failures.inc({ subgraph, reason });
      throw Object.assign(new Error(`${subgraph} ${reason}`), { reason });
    } finally {
      // before the gateway's answer leaves, answered or not (a write that timed out may have been made)
      if (entityCache && writes) await entityCache.newGeneration(subgraph);
      stopTimer();
    }
  };
  return Object.assign(fetcher as unknown as Fetcher, { circuitState: circuit.state, close: () => agent.close() });
}

/**
 * What the gateway reads of a response (status, headers, body), over a body already read.
 * A subgraph refuses a request it cannot take (a malformed argument, a bad token) with a 4xx
 * and a GraphQL body naming the problem: that body is its answer, to pass on as it is, where
 * the gateway would otherwise drop it and report the subgraph unavailable.
 */
function fetcherResponse(url: string, status: number, headers: IncomingHttpHeaders, text: string) {
  return {
    url,
    status,
    statusText: '',
    ok: (status >= 200 && status <= 299) || (status >= 400 && status <= 499 && isGraphQLErrorAnswer(text)),
    headers: {
      get: (name: string) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  };
}

function isGraphQLErrorAnswer(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const errors = (JSON.parse(text) as { errors?: unknown }).errors;
    return Array.isArray(errors) && errors.length > 0;
  } catch {
    return false;
  }
}

function isTimeout(error: unknown): boolean {
  const { name, code } = error as { name?: string; code?: string };
  return name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}
