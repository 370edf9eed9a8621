import { ROOT } from '../workspace';
import { SUBGRAPHS, subgraphUrl, tsxArgs, type Ports, type SubgraphName } from './environment';
import { startProcess, type ManagedProcess } from './processes';
import { waitForGraphQL } from './readiness';

export type RunningSubgraphs = Record<SubgraphName, ManagedProcess>;

/**
 * The three subgraphs, one process each, on the bench databases without demo data
 * (SEED=false): the same for every target.
 */
export async function startSubgraphs(ports: Ports, mysqlUrl: string, databasePrefix: string, env: NodeJS.ProcessEnv): Promise<RunningSubgraphs> {
  const started = {} as RunningSubgraphs;
  for (const name of SUBGRAPHS) {
    started[name] = startProcess(`${name} subgraph`, process.execPath, tsxArgs('subgraph-server.ts', name), {
      ...env,
      MYSQL_URL: mysqlUrl,
      MYSQL_DATABASE_PREFIX: databasePrefix,
      PORT: String(ports[name]),
      SEED: 'false',
    }, ROOT);
  }
  await Promise.all(SUBGRAPHS.map((name) => waitForGraphQL(subgraphUrl(ports, name), started[name])));
  return started;
}
