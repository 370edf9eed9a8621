import type { DocumentNode } from 'graphql';
import type { Registry } from 'prom-client';
import type { DataSource, Logger as QueryLogger } from 'typeorm';
import { createDataSource, targetFor, type DatabaseTarget, type ServiceDatabaseOptions } from '@passerelle/db';
import { loadConfig, settingsLine, subgraphSettings, type z } from '@passerelle/config';
import { authSettings, createAuthenticator, loggedJwtSecret, type Authenticator } from '@passerelle/auth';
import { createLogger, createMetrics, stopTracing, tracingIsOn, untraced, type Logger } from '@passerelle/observability';
import { observeConnectionPool } from './pool-metrics';
import type { SubgraphLimits } from './operation-limits';
import type { RequestContextBase } from './request-context';
import type { ResolverMap } from './resolver-map';
import { startSubgraphServer, type SubgraphServer } from './server';
import { traceSqliteStatements } from './sql-spans';

/** How a service runs: its mode and its own settings, read once at start-up. */
export interface ServiceRuntime<Settings> {
  production: boolean;
  settings: Settings;
}

/** What background workers get besides the runtime: the service's logger and metrics. */
export interface WorkerRuntime<Settings> extends ServiceRuntime<Settings> {
  logger: Logger;
  registry: Registry;
}

/** Background work beside the server; stopped before the database closes. */
export interface BackgroundWork {
  stop(): Promise<void>;
}

/** What makes one subgraph service: its contract, resolvers, tables and demo data. */
export interface SubgraphDefinition<Context extends RequestContextBase, Settings = unknown> {
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: ResolverMap<Context>;
  entities: ServiceDatabaseOptions['entities'];
  migrations: ServiceDatabaseOptions['migrations'];
  seed(dataSource: DataSource): Promise<void>;
  /** Reads the service's own environment variables, refusing invalid ones (ConfigError names them). */
  settings?(env: Record<string, string | undefined>): Settings;
  /** The schema `settings` reads, so that the start-up settings line shows those variables too. */
  settingsShape?: z.ZodRawShape;
  context(dataSource: DataSource, base: RequestContextBase, runtime: ServiceRuntime<Settings>): Context;
  /**
   * Readies what every process of the service serves from besides the database (an in-memory
   * read model), once the database is migrated and seeded and before the server listens; a
   * failure stops the start. What it returns is stopped with the server.
   */
  prepare?(dataSource: DataSource, runtime: WorkerRuntime<Settings>): Promise<BackgroundWork | void>;
  /** Starts the service's background work (its change feed), once the database is migrated and seeded. */
  startWorkers?(dataSource: DataSource, runtime: WorkerRuntime<Settings>): Promise<BackgroundWork>;
}

export interface LaunchOptions {
  target: DatabaseTarget;
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
  /** Load the demo data (idempotent). */
  seed: boolean;
  /** Sees every SQL statement; tests count queries with it. */
  queryLogger?: QueryLogger;
  /** Defaults to HS256 with the development secret (refused in production). */
  authenticate?: Authenticator;
  /** Upper bound for one SQL statement on MySQL/MariaDB. */
  queryTimeoutMs?: number;
  /** The service's own settings, as environment variables; each left out takes its default. */
  env?: Record<string, string | undefined>;
  /** Start the service's background work too (the entry point does; tests that need it ask). */
  workers?: boolean;
  /** What one operation may ask of the subgraph; SUBGRAPH_LIMITS when absent. */
  limits?: SubgraphLimits;
  /** Largest request body read (SUBGRAPH_MAX_BODY_BYTES); SUBGRAPH_BODY_LIMIT_BYTES when absent. */
  bodyLimitBytes?: number;
}

export interface RunningSubgraph extends SubgraphServer {
  dataSource: DataSource;
}

/** Opens the service's own database, migrates it, seeds it if asked, serves the subgraph and starts its workers if asked. */
export async function launchSubgraph<Context extends RequestContextBase, Settings>(
  definition: SubgraphDefinition<Context, Settings>,
  options: LaunchOptions,
): Promise<RunningSubgraph> {
  options = { ...options, logger: options.logger.child({ service: definition.name }) };
  const runtime: ServiceRuntime<Settings> = {
    production: options.production,
    settings: definition.settings?.(options.env ?? {}) as Settings,
  };
  const dataSource = await createDataSource({
    target: options.target,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: options.queryLogger,
    queryTimeoutMs: options.queryTimeoutMs,
    onRetry: (attempt, error, delayMs) =>
      options.logger.warn({ attempt, delayMs, error: error.message }, 'database not reachable yet; retrying'),
  });
  if (tracingIsOn() && options.target.kind === 'sqlite') traceSqliteStatements(dataSource);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) options.logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (options.seed) await definition.seed(dataSource);
    const metrics = createMetrics(definition.name);
    observeConnectionPool(dataSource, metrics.registry);
    const prepared = await definition.prepare?.(dataSource, { ...runtime, logger: options.logger, registry: metrics.registry });
    const server = await startSubgraphServer<Context>({
      name: definition.name,
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers,
      port: options.port,
      host: options.host,
      production: options.production,
      logger: options.logger,
      context: (base) => definition.context(dataSource, base, runtime),
      authenticate:
        options.authenticate ??
        createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: options.production }),
      readiness: async () => ({ database: await isReachable(dataSource) }),
      metrics,
      limits: options.limits,
      bodyLimitBytes: options.bodyLimitBytes,
    });
    const workers = options.workers
      ? await definition
          .startWorkers?.(dataSource, { ...runtime, logger: options.logger, registry: metrics.registry })
          .catch(async (error: unknown) => {
            await server.stop();
            await prepared?.stop();
            throw error;
          })
      : undefined;
    return {
      ...server,
      dataSource,
      stop: async () => {
        await server.stop();
        await workers?.stop();
        await prepared?.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

async function isReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** The entry point of a service process: configuration from the environment, workers running, stop on SIGINT/SIGTERM. */
export async function runSubgraphFromEnvironment<Context extends RequestContextBase, Settings>(
  definition: SubgraphDefinition<Context, Settings>,
): Promise<void> {
  // the service's own settings are checked before anything starts
  definition.settings?.(process.env);
  const settings = { ...subgraphSettings(definition.defaultPort), ...authSettings, ...definition.settingsShape };
  const config = loadConfig(settings);
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL);
  const resolved = { JWT_SECRET: loggedJwtSecret(config, production) };
  logger.info({ service: definition.name, settings: settingsLine(settings, config, resolved) }, 'settings');
  const target = targetFor(definition.name, config);
  logger.info(
    { service: definition.name, database: target.kind === 'mysql' ? `mysql/${target.database}` : target.file },
    'opening database',
  );
  // start-up (migrations, seed) and background work (relay, matcher) are not traced: only requests are
  const running = await untraced(() =>
    launchSubgraph(definition, {
      target,
      port: config.PORT,
      host: config.HOST,
      production,
      logger,
      seed: config.SEED,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      authenticate: createAuthenticator({ ...config, production }),
      env: process.env,
      workers: true,
      limits: { maxDepth: config.SUBGRAPH_MAX_DEPTH, maxAliases: config.SUBGRAPH_MAX_ALIASES, maxObjects: config.SUBGRAPH_MAX_OBJECTS },
      bodyLimitBytes: config.SUBGRAPH_MAX_BODY_BYTES,
    }),
  );
  stopOnSignals(running, logger);
}

/** SIGINT/SIGTERM drain in-flight requests, stop the service, then exit (1 when it could not stop cleanly). */
export function stopOnSignals(running: { stop(): Promise<void> }, logger: Logger): void {
  // a signal handler's promise would be dropped by the emitter: a failed stop is logged here, and the process still exits
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    running
      .stop()
      .then(stopTracing)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'could not stop cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
