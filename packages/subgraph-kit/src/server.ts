import http from 'node:http';
import { ApolloServer, type HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Authenticator } from '@passerelle/auth';
import { graphqlHandler, listen, router, sendJson } from '@passerelle/http';
import { viewerAnswersArePrivate } from './cache-scope';
import type { RequestContextBase } from './request-context';
import { ErrorCode } from './errors';
import type { ResolverMap } from './resolver-map';
import { objectCountLimit, operationShapeRules, SUBGRAPH_LIMITS, type SubgraphLimits } from './operation-limits';
import {
  requestIdFrom,
  requestTelemetryPlugin,
  withLiteralField,
  withVariableField,
  type Logger,
  type Metrics,
} from '@passerelle/observability';

export interface SubgraphServerOptions<Context extends RequestContextBase> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap<Context>;
  port: number;
  /** Binds to loopback unless told otherwise (containers pass 0.0.0.0). */
  host?: string;
  production: boolean;
  logger: Logger;
  /** Builds the per-request context (DataLoaders live here, so they never outlive a request). */
  context: (base: RequestContextBase) => Context | Promise<Context>;
  /** Verifies the Authorization header; a token that fails makes the request UNAUTHENTICATED. */
  authenticate: Authenticator;
  /** Request metrics, served at `/metrics`. */
  metrics: Metrics;
  /** Each dependency's state for `/ready`, e.g. `{ database: true }`. */
  readiness: () => Promise<Record<string, boolean>>;
  /** What one operation may ask; SUBGRAPH_LIMITS when absent. */
  limits?: SubgraphLimits;
  /** Largest request body read; past it the request gets 413. SUBGRAPH_BODY_LIMIT_BYTES when absent. */
  bodyLimitBytes?: number;
}

/** What a subgraph reads of one request unless told otherwise (SUBGRAPH_MAX_BODY_BYTES's default). */
export const SUBGRAPH_BODY_LIMIT_BYTES = 12_000_000;

export interface SubgraphServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves a Federation 2 subgraph over HTTP: `/graphql`, `/health` (alive) and
 * `/ready` (dependencies up). Errors that are not ours (a failed SQL statement, a bug)
 * reach clients as INTERNAL_SERVER_ERROR with no detail; the detail goes to the log.
 */
export async function startSubgraphServer<Context extends RequestContextBase>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const httpServer = http.createServer();
  const { logger } = options;

  const limits = options.limits ?? SUBGRAPH_LIMITS;
  const shapeLimits = operationShapeRules(limits, options.production);
  const apollo = new ApolloServer<Context>({
    // each request's context is built by `options.context`, so every resolver gets the Context it was typed for
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as ResolverMap<unknown> }),
    includeStacktraceInErrorResponses: !options.production,
    // The gateway composes from the committed supergraph and never introspects a subgraph;
    // federation's `_service { sdl }` is an ordinary field and answers in production too.
    introspection: !options.production,
    validationRules: shapeLimits.validationRules,
    // The process entry point handles SIGINT/SIGTERM (drain, then exit 0); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ...shapeLimits.plugins,
      objectCountLimit<Context>(limits.maxObjects, options.production),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's default, made explicit: the schema's @cacheControl hints become the Cache-Control header the gateway reads.
      ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
      requestTelemetryPlugin<Context>(options.metrics),
      viewerAnswersArePrivate<Context>(),
    ],
    formatError: (formatted, error) =>
      maskInternalError(withVariableField(withLiteralField(formatted, error)), error, logger, options.production),
    logger,
  });
  await apollo.start();

  const context = async (headers: HeaderMap): Promise<Context> => {
    const requestId = requestIdFrom(headers.get('x-request-id'));
    const authorization = headers.get('authorization') ?? null;
    const viewer = await options.authenticate(authorization ?? undefined).catch((error: unknown) => {
      throw error instanceof GraphQLError
        ? error
        : new GraphQLError('Authentication failed', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    });
    return options.context({ requestId, viewer, authorization, logger: logger.child({ requestId }) });
  };
  httpServer.on(
    'request',
    router({
      graphql: graphqlHandler(apollo, { context, bodyLimitBytes: options.bodyLimitBytes ?? SUBGRAPH_BODY_LIMIT_BYTES }),
      cors: {},
      get: {
        '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: options.name }),
        '/metrics': options.metrics.handler,
        '/ready': async (_req, res) => {
          const checks = await options.readiness().catch(() => ({ readiness: false }));
          const ready = Object.values(checks).every(Boolean);
          sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
        },
      },
      onError: (error) => logger.error({ err: error }, 'request failed'),
    }),
  );

  const port = await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph listening`);

  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
    },
  };
}

function maskInternalError(formatted: GraphQLFormattedError, error: unknown, logger: Logger, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
  if (known) return formatted;
  logger.error({ err: error }, 'unexpected error while resolving a request');
  if (!production) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
