import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { requestTelemetryPlugin, type Metrics } from '@passerelle/observability';
import { authenticatedAnswersAreUncacheable } from './cache-policy';
import type { GatewayContext } from './context';
import { costDirectivesOf } from './cost/cost-directives';
import { operationCosts } from './cost/operation-cost';
import { demandControl } from './demand-control/demand-control';
import { refuseUnresolvedOperations } from './errors';
import { sandboxLandingPage } from './explorer';
import type { queryLimits } from './limits';
import type { GatewayOptions } from './options';
import { pageSizePlugin } from './page-size';
import { rateLimitPlugin } from './rate-limit/rate-limit';
import { responseCache } from './response-cache';
import { trustedDocumentsOnly } from './trusted-documents';

/** The largest `first` any connection accepts (the subgraphs enforce the same bound). */
export const MAX_PAGE_SIZE = 100;

/** The size the cost estimate assumes for a list that no `@listSize` describes (a test checks there is none). */
const DEFAULT_LIST_SIZE = 10;

export interface PluginsOf {
  options: GatewayOptions;
  httpServer: http.Server;
  metrics: Metrics;
  limits: ReturnType<typeof queryLimits>;
}

/**
 * The gateway's Apollo Server plugins, in the order Apollo Server calls them: each request
 * meets the refusals first (cheapest first), then what measures and caches its answer. A
 * feature that is off is absent; none needs another to be on. The README lists this order.
 */
export function gatewayPlugins({ options, httpServer, metrics, limits }: PluginsOf): ApolloServerPlugin<GatewayContext>[] {
  const { registry } = metrics;
  const costs = operationCosts(costDirectivesOf(options.supergraphSdl), DEFAULT_LIST_SIZE);
  const { maxCost } = options.limits;
  const plugins: (ApolloServerPlugin<GatewayContext> | ApolloServerPlugin<GatewayContext>[] | false | undefined)[] = [
    // 1. trusted documents: only the manifest's operations run (admins aside, if allowed)
    options.trustedDocuments &&
      trustedDocumentsOnly<GatewayContext>(options.trustedDocuments.documents, options.trustedDocuments.adminBypass),
    // 2. before execution: the gateway's executor fails on a document with no operation to run as an internal error
    refuseUnresolvedOperations<GatewayContext>(),
    // 3. `first` within MAX_PAGE_SIZE in every connection
    pageSizePlugin<GatewayContext>(MAX_PAGE_SIZE),
    // 4. depth, aliases, directives, tokens (graphql-armor)
    limits.plugins,
    // 5. demand control: the estimated cost, refused above the limit, reported in every answer
    options.demandControl && demandControl<GatewayContext>({ costs, maxCost, production: options.production, registry }),
    // 6. rate limit: the estimate charged to the client's budget in Redis
    options.rateLimit &&
      rateLimitPlugin<GatewayContext>({
        ...options.rateLimit,
        costs,
        maxCost: options.demandControl ? maxCost : undefined,
        registry,
        logger: options.logger,
      }),
    // 7. in-flight requests finish before the server stops
    ApolloServerPluginDrainHttpServer({ httpServer }),
    // 8. request metrics and the request's log line
    requestTelemetryPlugin<GatewayContext>(metrics),
    // 9. nothing keeps an answer to a request with a token
    authenticatedAnswersAreUncacheable<GatewayContext>(),
    // 10. whole answers to anonymous queries
    options.responseCache && responseCache<GatewayContext>(options.responseCache, registry, options.logger),
    // 11. what GET /graphql shows a browser
    options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : sandboxLandingPage(),
  ];
  return plugins.flat().filter((plugin): plugin is ApolloServerPlugin<GatewayContext> => Boolean(plugin));
}
