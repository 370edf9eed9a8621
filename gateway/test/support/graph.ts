import { launchSubgraph, type RequestContextBase, type RunningSubgraph, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { organisationsSubgraph } from '@passerelle/organisations';
import { offersSubgraph } from '@passerelle/offers';
import { programmesSubgraph } from '@passerelle/programmes';
import { silentLogger, testDatabaseTargets } from '@passerelle/testing';
import { createAuthenticator } from '@passerelle/auth';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/gateway';

export interface RunningGraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  gateway: RunningGateway;
  subgraphs: Record<'organisations' | 'offers' | 'programmes', RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * The whole graph as `npm start` runs it: three seeded subgraphs, each on a fresh
 * embedded database of its own, and the gateway in front, all over real HTTP.
 */
export async function startGraph(gatewayOptions: Partial<GatewayOptions> = {}): Promise<RunningGraph> {
  const cleanups: (() => Promise<void>)[] = [];
  const launch = async <Context extends RequestContextBase>(definition: SubgraphDefinition<Context>) => {
    const [database] = testDatabaseTargets(definition.name);
    cleanups.push(() => database!.cleanup());
    const running = await launchSubgraph(definition, {
      target: database!.create(),
      port: 0,
      production: false,
      logger: silentLogger,
      seed: true,
    });
    cleanups.unshift(() => running.stop());
    return running;
  };
  const subgraphs = {
    organisations: await launch(organisationsSubgraph),
    offers: await launch(offersSubgraph),
    programmes: await launch(programmesSubgraph),
  };
  const gateway = await startGateway({
    port: 0,
    production: false,
    logger: silentLogger,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    corsOrigins: ['https://studio.apollographql.com'],
    authenticate: createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: false }),
    ...gatewayOptions,
  });
  cleanups.unshift(() => gateway.stop());
  return {
    url: gateway.url,
    gateway,
    subgraphs,
    stop: async () => {
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
