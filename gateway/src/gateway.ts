import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { graphqlHandler, listen, router, sendJson } from '@passerelle/http';
import { createMetrics, requestIdFrom } from '@passerelle/observability';
import type { DocumentNode } from 'graphql';
import type { GatewayContext } from './context';
import { subgraphFetchPipelines, type SubgraphFetchPipeline } from './subgraph-fetch/subgraph-fetch';
import { GRAPHIQL_PATH, graphiqlPage } from './explorer';
import { formatGatewayError } from './errors';
import { offerFeedRoutes } from './feeds/offer-feed';
import { queryLimits } from './limits';
import type { GatewayOptions } from './options';
import { MAX_PAGE_SIZE, gatewayPlugins } from './plugins';
import { pageSizeRule } from './page-size';
import { clientAddress } from './rate-limit/client-address';
import { subgraphsOf } from './supergraph-subgraphs';
import { trustedDocumentsStore } from './trusted-documents';
import { workersMetricsHandler } from './workers-metrics';

export type { GatewayContext } from './context';
export { SUPERGRAPH_PATH, type EntityCacheOptions, type GatewayOptions } from './options';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startGateway(gatewayOptions: GatewayOptions): Promise<RunningGateway> {
  const options = { ...gatewayOptions, logger: gatewayOptions.logger.child({ service: 'gateway' }) };
  const { supergraphSdl } = options;
  const metrics = createMetrics('gateway');
  const fetchPipeline = subgraphFetchPipelines({
    timeoutMs: options.subgraphTimeoutMs,
    circuitBreaker: options.circuitBreaker,
    deduplicateFetches: options.deduplicateFetches,
    entityCache: options.entityCache,
    registry: metrics.registry,
    logger: options.logger,
  });
  const fetchers = new Map<string, SubgraphFetchPipeline>();
  // ApolloGateway reads this when it is constructed, and has no option for it.
  process.env.APOLLO_TELEMETRY_DISABLED = options.apolloTelemetry ? 'false' : 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMb,
    // each fetch's operation as a document: the fetch pipeline reads its kind and selection there, not in the body
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    buildService: ({ name, url }) => {
      const fetcher = fetchPipeline(name, options.subgraphUrls[name] ?? url!);
      fetchers.set(name, fetcher);
      return fetcher.dataSource;
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
    persistedQueries: options.trustedDocuments
      ? { cache: trustedDocumentsStore(options.trustedDocuments.documents), ttl: null }
      : undefined,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: options.documentCacheMb * 2 ** 20 }),
    validationRules: [pageSizeRule(MAX_PAGE_SIZE), ...limits.validationRules],
    parseOptions: limits.parseOptions,
    formatError: formatGatewayError(options.production, options.logger),
    plugins: gatewayPlugins({ options, httpServer, metrics, limits }),
  });
  await server.start();
  // the subgraphs this supergraph joins, where the options say or else where it was composed
  const subgraphUrls = Object.entries(subgraphsOf(supergraphSdl)).map(([name, url]) => [name, options.subgraphUrls[name] ?? url] as const);
  const feeds = options.feeds
    ? offerFeedRoutes(server, supergraphSdl, options.logger, { publicUrl: options.publicUrl, trustProxyHops: options.trustProxyHops })
    : undefined;
  if (!options.feeds) options.logger.info({ feeds: 'off' }, 'feeds off: FEEDS=false');

  httpServer.on(
    'request',
    router({
      graphql: graphqlHandler(server, {
        bodyLimitBytes: options.maxBodyBytes,
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
            await Promise.all(subgraphUrls.map(async ([name, url]) => [name, await isReady(url)] as const)),
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
    }),
  );
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

async function isReady(subgraphUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', subgraphUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
