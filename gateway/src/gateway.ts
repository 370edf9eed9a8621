import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { graphqlHandler, listen, router, sendJson } from '@passerelle/http';
import { createMetrics, requestIdFrom, type Logger } from '@passerelle/observability';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { Registry } from 'prom-client';
import type { GatewayContext } from './context';
import { EntityCache, entityCacheLookups } from './entity-cache/entity-cache';
import { memoryEntityStore, redisEntityStore } from './entity-cache/entity-stores';
import { workerRelay } from './entity-cache/worker-relay';
import { GRAPHIQL_PATH, graphiqlPage } from './explorer';
import { formatGatewayError, subgraphHttpError, subgraphUnavailable } from './errors';
import { offerFeedRoutes } from './feeds/offer-feed';
import { queryLimits } from './limits';
import type { EntityCacheOptions, GatewayOptions } from './options';
import { MAX_PAGE_SIZE, gatewayPlugins } from './plugins';
import { pageSizeRule } from './page-size';
import { clientAddress } from './rate-limit/client-address';
import { SHAREABLE_FETCH_HEADER, SharedFetches } from './shared-fetches';
import { subgraphsOf } from './supergraph-subgraphs';
import { trustedDocumentsStore } from './trusted-documents';
import { subgraphFetcher, subgraphFetchMetrics, type SubgraphAnswer, type SubgraphFetcher, type SubgraphFetchMetrics } from './subgraph-fetcher';
import { unavailableAnswer } from './unavailable-answer';
import { workersMetricsHandler } from './workers-metrics';

export type { GatewayContext } from './context';
export { SUPERGRAPH_PATH, type EntityCacheOptions, type GatewayOptions } from './options';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * One per subgraph: pooled, time-limited fetches behind a circuit breaker; request id and
 * token forwarded; failures coded. A subgraph that cannot answer leaves nulls where its data
 * would go, each with a SERVICE_UNAVAILABLE error at its path, and is not called again
 * during the same request, so one request waits for its time limit once at most.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    fetcher: SubgraphFetcher,
  ) {
    super({ url, fetcher });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    const unavailable = 'unavailableSubgraphs' in options.context ? options.context.unavailableSubgraphs : undefined;
    const failedBefore = unavailable?.get(this.subgraph);
    if (failedBefore) return unavailableAnswer(options.request, failedBefore);
    try {
      return await super.process(options);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'SERVICE_UNAVAILABLE') throw error;
      unavailable?.set(this.subgraph, error);
      return unavailableAnswer(options.request, error);
    }
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { request, context } = options;
    if (!('requestId' in context)) return;
    request.http?.headers.set('x-request-id', context.requestId);
    if ('incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query') {
      request.http?.headers.set(SHAREABLE_FETCH_HEADER, '1');
    }
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override didEncounterError(error: Error & { reason?: string }) {
    if (error instanceof GraphQLError) throw error;
    throw subgraphUnavailable(this.subgraph, error.reason ?? 'unreachable');
  }

  override async errorFromResponse(response: { status: number }) {
    return subgraphHttpError(this.subgraph, response.status);
  }
}

export async function startGateway(gatewayOptions: GatewayOptions): Promise<RunningGateway> {
  const options = { ...gatewayOptions, logger: gatewayOptions.logger.child({ service: 'gateway' }) };
  const { supergraphSdl } = options;
  const metrics = createMetrics('gateway');
  const fetchMetrics: SubgraphFetchMetrics = subgraphFetchMetrics(metrics.registry);
  const fetchers = new Map<string, SubgraphFetcher>();
  const sharedFetches = !options.deduplicateFetches ? undefined : new SharedFetches<SubgraphAnswer>();
  const entityCache = options.entityCache && createEntityCache(options.entityCache, metrics.registry, options.logger);
  // ApolloGateway reads this when it is constructed, and has no option for it.
  process.env.APOLLO_TELEMETRY_DISABLED = options.apolloTelemetry ? 'false' : 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMb,
    buildService: ({ name, url }) => {
      const fetcher = subgraphFetcher(name, {
        timeoutMs: options.subgraphTimeoutMs,
        circuitBreaker: options.circuitBreaker,
        metrics: fetchMetrics,
        sharedFetches,
        entityCache,
      });
      fetchers.set(name, fetcher);
      return new SubgraphDataSource(name, options.subgraphUrls[name] ?? url!, fetcher);
    },
  });

  const limits = queryLimits(options.limits, options.production);
  const httpServer = http.createServer();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    allowBatchedHttpRequests: false,
    // The process entry point handles SIGINT/SIGTERM (drain, then exit 0); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // automatic persisted queries: learnt from clients, or with trusted documents, known from the start and nothing else
    persistedQueries: options.trustedDocuments ? { cache: trustedDocumentsStore(options.trustedDocuments.documents), ttl: null } : undefined,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: options.documentCacheMb * 2 ** 20 }),
    validationRules: [pageSizeRule(MAX_PAGE_SIZE), ...limits.validationRules],
    parseOptions: limits.parseOptions,
    formatError: formatGatewayError(options.production, options.logger),
    plugins: gatewayPlugins({ options, httpServer, metrics, limits, sharedFetches }),
  });
  await server.start();
  // the subgraphs this supergraph joins, where the options say or else where it was composed
  const subgraphUrls = Object.entries(subgraphsOf(supergraphSdl)).map(([name, url]) => [name, options.subgraphUrls[name] ?? url] as const);
  const feeds = options.feeds ? offerFeedRoutes(server, supergraphSdl, options.logger, { publicUrl: options.publicUrl, trustProxyHops: options.trustProxyHops }) : undefined;
  if (!options.feeds) options.logger.info({ feeds: 'off' }, 'feeds off: FEEDS=false');

  httpServer.on('request', router({
    graphql: graphqlHandler(server, {
      bodyLimitBytes: 100_000,
      context: async (headers, req) => {
        const requestId = requestIdFrom(headers.get('x-request-id'));
        const authorization = headers.get('authorization');
        const viewer = await options.authenticate(authorization);
        return {
          requestId,
          logger: options.logger.child({ requestId }),
          viewer,
          clientAddress: clientAddress(req, options.trustProxyHops),
          authorization,
          unavailableSubgraphs: new Map(),
        };
      },
    }),
    cors: { origin: options.corsOrigins, credentials: true },
    get: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      '/ready': async (_req, res) => {
        // as they are when asked: the checks below can take their time limit
        const circuits = Object.fromEntries([...fetchers].map(([name, fetcher]) => [name, fetcher.circuitState()]));
        const checks = Object.fromEntries(
          await Promise.all(
            subgraphUrls.map(async ([name, url]) => [name, await isReady(url)] as const),
          ),
        );
        const ready = Object.values(checks).every(Boolean);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', checks, circuits });
      },
      '/metrics': options.metricsOfAllWorkers ? workersMetricsHandler(metrics.registry) : metrics.handler,
      ...feeds,
      // GraphiQL in development, from npm: the explorer that works without Apollo's CDN
      ...(options.production ? {} : { [GRAPHIQL_PATH]: graphiqlPage('/graphql'), '/': graphiqlPage('/graphql') }),
    },
    onError: (error) => options.logger.error({ err: error }, 'request failed'),
    compressAboveBytes: options.compressAboveBytes,
  }));
  const port = await listen(httpServer, options.port, options.host);
  const url = `http://localhost:${port}/graphql`;
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    port,
    stop: async () => {
      await server.stop();
      await Promise.all([...fetchers.values()].map((fetcher) => fetcher.close()));
    },
  };
}

function createEntityCache({ redis, maxSizeMb, maxTtlSeconds, otherWorkers }: EntityCacheOptions, registry: Registry, logger: Logger): EntityCache {
  const store = redis ? redisEntityStore(redis, logger) : memoryEntityStore(maxSizeMb, otherWorkers ? workerRelay : undefined);
  return new EntityCache(store, maxTtlSeconds, entityCacheLookups(registry));
}

async function isReady(subgraphUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', subgraphUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
