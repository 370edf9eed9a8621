import { createAuthenticator } from '@passerelle/auth';
import { loadConfig } from '@passerelle/config';
import { QueryCounter, type DatabaseTarget } from '@passerelle/db';
import type { Logger } from '@passerelle/observability';
import {
  launchStatelessSubgraph,
  launchSubgraph,
  type RequestContextBase,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphServer,
} from '@passerelle/subgraph-kit';
import { organisationsSubgraph } from '@passerelle/organisations';
import { offersSubgraph } from '@passerelle/offers';
import { programmesSubgraph } from '@passerelle/programmes';
import { importsSubgraph } from '@passerelle/imports';
import { silentLogger, testDatabaseTargets, type TestDatabase } from '@passerelle/testing';
import { gatewaySettings } from '../../src/config';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';
import { gatewayOptions } from '../../src/options';

export type SubgraphName = 'organisations' | 'offers' | 'programmes';

export interface RunningGraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** The imports subgraph (no database), calling the three others directly. */
  imports: SubgraphServer;
  /** Stops one subgraph, as a crash or a deploy would. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Counts each subgraph's SQL statements (reset them before the request you measure). */
  queries: Record<SubgraphName, QueryCounter>;
  /** Starts it again on the same port and database. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export const developmentAuthenticator = createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: false });

/**
 * The options a gateway process derives from an empty environment (development, or production
 * when `overrides.production` says so), on any free port, without the entity cache and
 * compression, which the tests of each turn on; then `overrides`.
 */
export function testGatewayOptions(overrides: Partial<GatewayOptions> = {}): GatewayOptions {
  const env = overrides.production ? { NODE_ENV: 'production', JWT_SECRET: 'only-for-tests-'.padEnd(32, '-') } : {};
  const defaults = gatewayOptions(loadConfig(gatewaySettings, env), { logger: silentLogger });
  return {
    ...defaults,
    port: 0,
    entityCache: undefined,
    compressAboveBytes: undefined,
    authenticate: developmentAuthenticator,
    ...overrides,
  };
}

/**
 * The whole graph as `npm start` runs it: three seeded subgraphs, each on a fresh
 * database of its own (embedded SQLite unless `database` says otherwise), the imports subgraph calling them, and the gateway in front,
 * all over real HTTP.
 */
export async function startGraph(
  overrides: Partial<GatewayOptions> = {},
  subgraphLogger: Logger = silentLogger,
  database: TestDatabase = testDatabaseTargets('graph')[0]!,
): Promise<RunningGraph> {
  const databases = [database];
  const targets = new Map<SubgraphName, { target: DatabaseTarget; port: number }>();
  const queries = { organisations: new QueryCounter(), offers: new QueryCounter(), programmes: new QueryCounter() };
  const definitions = {
    organisations: organisationsSubgraph,
    offers: offersSubgraph,
    programmes: programmesSubgraph,
  } as unknown as Record<SubgraphName, SubgraphDefinition<RequestContextBase>>;

  const launch = async (name: SubgraphName) => {
    const known = targets.get(name);
    const target = known?.target ?? databases[0]!.create();
    const running = await launchSubgraph(definitions[name], {
      target,
      port: known?.port ?? 0,
      production: overrides.production ?? false,
      logger: subgraphLogger,
      seed: true,
      queryLogger: queries[name],
      authenticate: developmentAuthenticator,
    });
    targets.set(name, { target, port: running.port });
    return running;
  };
  const subgraphs = {
    organisations: await launch('organisations'),
    offers: await launch('offers'),
    programmes: await launch('programmes'),
  };
  const imports = await launchStatelessSubgraph(importsSubgraph, {
    port: 0,
    production: overrides.production ?? false,
    logger: subgraphLogger,
    authenticate: developmentAuthenticator,
    env: {
      ORGANISATIONS_URL: subgraphs.organisations.url,
      OFFERS_URL: subgraphs.offers.url,
      PROGRAMMES_URL: subgraphs.programmes.url,
    },
  });
  const stopped = new Set<SubgraphName>();
  const gateway = await startGateway(
    testGatewayOptions({
      subgraphUrls: {
        ...Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
        imports: imports.url,
      },
      corsOrigins: ['https://studio.apollographql.com'],
      ...overrides,
    }),
  );
  return {
    url: gateway.url,
    gateway,
    subgraphs,
    imports,
    queries,
    stopSubgraph: async (name) => {
      stopped.add(name);
      await subgraphs[name].stop();
    },
    restartSubgraph: async (name) => {
      subgraphs[name] = await launch(name);
      stopped.delete(name);
    },
    stop: async () => {
      await gateway.stop();
      await imports.stop();
      for (const [name, subgraph] of Object.entries(subgraphs) as [SubgraphName, RunningSubgraph][]) {
        if (!stopped.has(name)) await subgraph.stop();
      }
      for (const database of databases) await database.cleanup();
    },
  };
}

/** Another gateway over the graph's subgraphs, with some of them reached through other URLs (a proxy). */
export function startGatewayOver(
  graph: RunningGraph,
  subgraphUrls: Partial<Record<SubgraphName | 'imports', string>>,
  options: Partial<GatewayOptions> = {},
): Promise<RunningGateway> {
  return startGateway(
    testGatewayOptions({
      corsOrigins: [],
      subgraphUrls: {
        ...Object.fromEntries(Object.entries(graph.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
        imports: graph.imports.url,
        ...subgraphUrls,
      },
      ...options,
    }),
  );
}
