import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Authenticator, Identity } from '@passerelle/auth';
import { graphqlHandler, listen, router, sendJson } from '@passerelle/http';
import { createMetrics, requestIdFrom, requestTelemetryPlugin, type Logger } from '@passerelle/observability';
import type { DocumentNode, GraphQLError } from 'graphql';
import { authenticatedAnswersAreUncacheable } from './cache-policy';
import { DEFAULT_CIRCUIT_BREAKER, type CircuitBreakerSettings } from './subgraph-fetch/stages/circuit-breaker/circuit-breaker';
import type { EntityCacheOptions } from './subgraph-fetch/stages/entity-cache/entity-cache';
import { subgraphFetchPipelines, type SubgraphFetchPipeline } from './subgraph-fetch/subgraph-fetch';
import { costDirectivesOf } from './demand-control/cost-directives';
import { demandControl } from './demand-control/demand-control';
import { GRAPHIQL_PATH, graphiqlPage, sandboxLandingPage } from './explorer';
import { formatGatewayError, refuseUnresolvedOperations } from './errors';
import { offerFeedRoutes } from './feeds/offer-feed';
import { DEFAULT_LIMITS, queryLimits, type QueryLimits } from './limits';
import { pageSizePlugin, pageSizeRule } from './page-size';
import { clientAddress } from './rate-limit/client-address';
import { rateLimit, type RateLimitOptions } from './rate-limit/rate-limit';
import { responseCache, type ResponseCacheOptions } from './response-cache';
import { trustedDocumentsOnly, trustedDocumentsStore, type TrustedDocuments } from './trusted-documents';
import { workersMetricsHandler } from './workers-metrics';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Identity | null;
  /** Where the request came from (see `trustProxyHops`); absent for the gateway's own operations. */
  clientAddress?: string;
  /** The caller's Authorization header, forwarded so each subgraph verifies it itself. */
  authorization?: string;
  /** Subgraphs that failed during this request: the request's later fetches to them fail at once. */
  unavailableSubgraphs: Map<string, GraphQLError>;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
  authenticate: Authenticator;
  /** Where each subgraph listens, by name; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  introspection?: boolean;
  subgraphTimeoutMs?: number;
  /** Per subgraph; the defaults when absent. */
  circuitBreaker?: CircuitBreakerSettings;
  limits?: QueryLimits;
  supergraphSdl?: string;
  /** Whole answers to anonymous queries, kept in memory or in Redis; off when absent. */
  responseCache?: ResponseCacheOptions;
  /** Entities of anonymous entity fetches, kept in memory or in Redis; off when absent. */
  entityCache?: EntityCacheOptions;
  /** Parsed and validated operations kept, in MB (Apollo Server's document store). */
  documentCacheMb?: number;
  /** Compress answers of at least this many bytes for clients that accept it; unset, never. */
  compressAboveBytes?: number;
  /** Query plans kept, in MB (the gateway's query plan store). */
  queryPlanCacheMb?: number;
  /** Identical subgraph fetches of queries in flight at once share one request; on unless false. */
  deduplicateFetches?: boolean;
  /** Let Apollo Gateway send Apollo its usage data (off unless true). */
  apolloTelemetry?: boolean;
  /** Each client's operations charged by their estimated cost to a bucket in Redis; off when absent. */
  rateLimit?: RateLimitOptions;
  /** Proxies in front whose X-Forwarded-For entries name the client; 0 (the default): the socket's peer does. */
  trustProxyHops?: number;
  /** Where clients reach the gateway: the origin of the feeds' links. Unset, the request's Host (or, behind trusted proxies, X-Forwarded-Host). */
  publicUrl?: string;
  /** A worker of several (node:cluster): `/metrics` shows all of them, gathered by the primary. */
  metricsOfAllWorkers?: boolean;
  /** Only these operations are executed for clients (signed-in admins too, unless `adminBypass`); any operation when absent. */
  trustedDocuments?: { documents: TrustedDocuments; adminBypass: boolean };
}

export type { EntityCacheOptions };

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The largest `first` any connection accepts (the subgraphs enforce the same bound). */
const MAX_PAGE_SIZE = 100;

/** The size demand control assumes for a list that no `@listSize` describes (a test checks there is none). */
const DEFAULT_LIST_SIZE = 10;

/** Apollo's own default size for the document and query plan caches. */
const DEFAULT_CACHE_MB = 30;

export const SUPERGRAPH_PATH = path.resolve(__dirname, '..', 'supergraph.graphql');

export async function startGateway(gatewayOptions: GatewayOptions): Promise<RunningGateway> {
  const options = { ...gatewayOptions, logger: gatewayOptions.logger.child({ service: 'gateway' }) };
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const metrics = createMetrics('gateway');
  const fetchPipeline = subgraphFetchPipelines({
    timeoutMs: options.subgraphTimeoutMs ?? 5000,
    circuitBreaker: options.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER,
    deduplicateFetches: options.deduplicateFetches !== false,
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
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMb ?? DEFAULT_CACHE_MB,
    // each fetch's operation as a document: the fetch pipeline reads its kind and selection there, not in the body
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    buildService: ({ name, url }) => {
      const fetcher = fetchPipeline(name, options.subgraphUrls[name] ?? url!);
      fetchers.set(name, fetcher);
      return fetcher.dataSource;
    },
  });

  const limitSettings = options.limits ?? DEFAULT_LIMITS;
  const limits = queryLimits(limitSettings, options.production);
  const httpServer = http.createServer();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: !options.production,
    allowBatchedHttpRequests: false,
    // The process entry point handles SIGINT/SIGTERM (drain, then exit 0); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // automatic persisted queries: learnt from clients, or with trusted documents, known from the start and nothing else
    persistedQueries: options.trustedDocuments ? { cache: trustedDocumentsStore(options.trustedDocuments.documents), ttl: null } : undefined,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: (options.documentCacheMb ?? DEFAULT_CACHE_MB) * 2 ** 20 }),
    validationRules: [pageSizeRule(MAX_PAGE_SIZE), ...limits.validationRules],
    parseOptions: limits.parseOptions,
    formatError: formatGatewayError(options.production, options.logger),
    plugins: [
      ...(options.trustedDocuments ? [trustedDocumentsOnly<GatewayContext>(options.trustedDocuments.documents, options.trustedDocuments.adminBypass)] : []),
      // before execution: the gateway's executor fails on a document with no operation to run as an internal error
      refuseUnresolvedOperations<GatewayContext>(),
      pageSizePlugin<GatewayContext>(MAX_PAGE_SIZE),
      ...limits.plugins,
      demandControl<GatewayContext>({
        directives: costDirectivesOf(supergraphSdl),
        maxCost: limitSettings.maxCost,
        defaultListSize: DEFAULT_LIST_SIZE,
        production: options.production,
        registry: metrics.registry,
        charge: options.rateLimit && rateLimit(options.rateLimit, metrics.registry, options.logger),
      }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestTelemetryPlugin<GatewayContext>(metrics),
      authenticatedAnswersAreUncacheable<GatewayContext>(),
      ...(options.responseCache ? responseCache<GatewayContext>(options.responseCache, metrics.registry, options.logger) : []),
      options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : sandboxLandingPage(),
    ],
  });
  await server.start();

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
          clientAddress: clientAddress(req, options.trustProxyHops ?? 0),
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
            Object.entries(options.subgraphUrls).map(async ([name, url]) => [name, await isReady(url)] as const),
          ),
        );
        const ready = Object.values(checks).every(Boolean);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'degraded', checks, circuits });
      },
      '/metrics': options.metricsOfAllWorkers ? workersMetricsHandler(metrics.registry) : metrics.handler,
      ...offerFeedRoutes(server, supergraphSdl, options.logger, { publicUrl: options.publicUrl, trustProxyHops: options.trustProxyHops ?? 0 }),
      // GraphiQL in development, from npm: the explorer that works without Apollo's CDN
      ...(options.production ? {} : { [GRAPHIQL_PATH]: graphiqlPage('/graphql'), '/': graphiqlPage('/graphql') }),
    },
    onError: (error) => options.logger.error({ err: error }, 'request failed'),
    compressAboveBytes: options.compressAboveBytes,
  }));
  const port = await listen(httpServer, options.port, options.host ?? '127.0.0.1');
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
