process.env.TZ = 'UTC';
import type { RequestContextBase, SubgraphDefinition } from '@passerelle/subgraph-kit';
import { built } from '../workspace';

/*
 * One subgraph process of the benchmark: the service's build, started the way its own
 * main.js starts it (runSubgraphFromEnvironment: MYSQL_URL, PORT, SEED, LOG_LEVEL…), under
 * the name `bench_<service>` so that it opens the bench database <MYSQL_DATABASE_PREFIX>_bench_<service>.
 * Usage: node --import tsx subgraph-server.ts <organisations|offers|programmes>
 */

const SERVICES: Record<string, () => SubgraphDefinition<RequestContextBase>> = {
  organisations: () =>
    built<typeof import('@passerelle/organisations')>('services/organisations/dist/index.js').organisationsSubgraph as never,
  offers: () => built<typeof import('@passerelle/offers')>('services/offers/dist/index.js').offersSubgraph as never,
  programmes: () => built<typeof import('@passerelle/programmes')>('services/programmes/dist/index.js').programmesSubgraph as never,
};

const service = process.argv[2] ?? '';
const definition = SERVICES[service]?.();
if (!definition) {
  console.error(`usage: subgraph-server.ts <${Object.keys(SERVICES).join('|')}>`);
  process.exit(2);
}
const kit = built<typeof import('@passerelle/subgraph-kit')>('packages/subgraph-kit/dist/index.js');
kit.runSubgraphFromEnvironment({ ...definition, name: `bench_${service}` }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
