import type { DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DataSource, Logger as QueryLogger } from 'typeorm';
import { createDataSource, targetFor, type DatabaseTarget, type ServiceDatabaseOptions } from '@passerelle/db';
import { loadConfig, settingsLine, subgraphSettings } from '@passerelle/config';
import { authSettings, createAuthenticator, loggedJwtSecret, type Authenticator } from '@passerelle/auth';
import { createLogger, createMetrics, type Logger } from '@passerelle/observability';
import { observeConnectionPool } from './pool-metrics';
import { startSubgraphServer, type RequestContextBase, type SubgraphServer } from './server';

/** What makes one subgraph service: its contract, resolvers, tables and demo data. */
export interface SubgraphDefinition<Context extends RequestContextBase> {
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  entities: ServiceDatabaseOptions['entities'];
  migrations: ServiceDatabaseOptions['migrations'];
  seed(dataSource: DataSource): Promise<void>;
  context(dataSource: DataSource, base: RequestContextBase): Context;
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
}

export interface RunningSubgraph extends SubgraphServer {
  dataSource: DataSource;
}

/** Opens the service's own database, migrates it, seeds it if asked, and serves the subgraph. */
export async function launchSubgraph<Context extends RequestContextBase>(
  definition: SubgraphDefinition<Context>,
  options: LaunchOptions,
): Promise<RunningSubgraph> {
  options = { ...options, logger: options.logger.child({ service: definition.name }) };
  const dataSource = await createDataSource({
    target: options.target,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: options.queryLogger,
    queryTimeoutMs: options.queryTimeoutMs,
    onRetry: (attempt, error, delayMs) =>
      options.logger.warn({ attempt, delayMs, error: error.message }, 'database not reachable yet; retrying'),
  });
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) options.logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (options.seed) await definition.seed(dataSource);
    const metrics = createMetrics(definition.name);
    observeConnectionPool(dataSource, metrics.registry);
    const server = await startSubgraphServer<Context>({
      name: definition.name,
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers,
      port: options.port,
      host: options.host,
      production: options.production,
      logger: options.logger,
      context: (base) => definition.context(dataSource, base),
      authenticate:
        options.authenticate ??
        createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: options.production }),
      readiness: async () => ({ database: await isReachable(dataSource) }),
      metrics,
    });
    return {
      ...server,
      dataSource,
      stop: async () => {
        await server.stop();
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

/** The entry point of a service process: configuration from the environment, stop on SIGINT/SIGTERM. */
export async function runSubgraphFromEnvironment<Context extends RequestContextBase>(
  definition: SubgraphDefinition<Context>,
): Promise<void> {
  const settings = { ...subgraphSettings(definition.defaultPort), ...authSettings };
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
  const running = await launchSubgraph(definition, {
    target,
    port: config.PORT,
    host: config.HOST,
    production,
    logger,
    seed: config.SEED,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    authenticate: createAuthenticator({ ...config, production }),
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
