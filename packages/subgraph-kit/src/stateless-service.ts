import type { DocumentNode } from 'graphql';
import { loadConfig, serviceSettings, settingsLine, type z } from '@passerelle/config';
import { authSettings, createAuthenticator, loggedJwtSecret, type Authenticator } from '@passerelle/auth';
import { createLogger, createMetrics, untraced, type Logger } from '@passerelle/observability';
import type { SubgraphLimits } from './operation-limits';
import type { RequestContextBase } from './request-context';
import type { ResolverMap } from './resolver-map';
import { startSubgraphServer, type SubgraphServer } from './server';
import { stopOnSignals, type ServiceRuntime } from './service';

/**
 * A subgraph that keeps no database of its own (it works on other services' data through
 * their APIs): served, authenticated, limited, measured and logged as the others are.
 */
export interface StatelessSubgraphDefinition<Context extends RequestContextBase, Settings> {
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: ResolverMap<Context>;
  /** Reads the service's own environment variables, refusing invalid ones (ConfigError names them). */
  settings(env: Record<string, string | undefined>): Settings;
  /** The schema `settings` reads, so that the start-up settings line shows those variables too. */
  settingsShape: z.ZodRawShape;
  context(base: RequestContextBase, runtime: ServiceRuntime<Settings>): Context;
  /** Largest request body read, from the settings. */
  bodyLimitBytes(settings: Settings): number;
}

export interface StatelessLaunchOptions {
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
  /** Defaults to HS256 with the development secret (refused in production). */
  authenticate?: Authenticator;
  /** The service's own settings, as environment variables; each left out takes its default. */
  env?: Record<string, string | undefined>;
  limits?: SubgraphLimits;
}

/** Serves a subgraph without a database: `/graphql`, `/health`, `/ready` (nothing to wait for) and `/metrics`. */
export async function launchStatelessSubgraph<Context extends RequestContextBase, Settings>(
  definition: StatelessSubgraphDefinition<Context, Settings>,
  options: StatelessLaunchOptions,
): Promise<SubgraphServer> {
  const logger = options.logger.child({ service: definition.name });
  const runtime: ServiceRuntime<Settings> = { production: options.production, settings: definition.settings(options.env ?? {}) };
  return startSubgraphServer<Context>({
    name: definition.name,
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers,
    port: options.port,
    host: options.host,
    production: options.production,
    logger,
    context: (base) => definition.context(base, runtime),
    authenticate:
      options.authenticate ?? createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: options.production }),
    readiness: () => Promise.resolve({}),
    metrics: createMetrics(definition.name),
    limits: options.limits,
    bodyLimitBytes: definition.bodyLimitBytes(runtime.settings),
  });
}

/** The entry point of a stateless service process: configuration from the environment, stop on SIGINT/SIGTERM. */
export async function runStatelessSubgraphFromEnvironment<Context extends RequestContextBase, Settings>(
  definition: StatelessSubgraphDefinition<Context, Settings>,
): Promise<void> {
  definition.settings(process.env);
  const settings = { ...serviceSettings(definition.defaultPort), ...authSettings, ...definition.settingsShape };
  const config = loadConfig(settings);
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL);
  const resolved = { JWT_SECRET: loggedJwtSecret(config, production) };
  logger.info({ service: definition.name, settings: settingsLine(settings, config, resolved) }, 'settings');
  const running = await untraced(() =>
    launchStatelessSubgraph(definition, {
      port: config.PORT,
      host: config.HOST,
      production,
      logger,
      authenticate: createAuthenticator({ ...config, production }),
      env: process.env,
      limits: { maxDepth: config.SUBGRAPH_MAX_DEPTH, maxAliases: config.SUBGRAPH_MAX_ALIASES, maxObjects: config.SUBGRAPH_MAX_OBJECTS },
    }),
  );
  stopOnSignals(running, logger);
}
