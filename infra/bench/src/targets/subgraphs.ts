import { ROOT } from '../workspace';
import { SUBGRAPHS, subgraphUrl, tsxArgs, type Ports, type SubgraphName } from './environment';
import { startProcess, type ManagedProcess } from './processes';
import { waitForGraphQL } from './readiness';

export type RunningSubgraphs = Record<SubgraphName, ManagedProcess>;

/** The bench databases on MariaDB, without demo data: what every target of the full mode reads. */
export const benchDatabase = (mysqlUrl: string, databasePrefix: string): NodeJS.ProcessEnv => ({
  MYSQL_URL: mysqlUrl,
  MYSQL_DATABASE_PREFIX: databasePrefix,
  SEED: 'false',
});

/** The embedded SQLite files in `dir`, with the demo data: what the canned answers are recorded from. */
export const seedDatabase = (dir: string): NodeJS.ProcessEnv => ({ MYSQL_URL: '', SQLITE_DIR: dir, SEED: 'true' });

/** The three subgraphs, one process each, on the given database: the same for every target. */
export async function startSubgraphs(ports: Ports, env: NodeJS.ProcessEnv, database: NodeJS.ProcessEnv): Promise<RunningSubgraphs> {
  const started = {} as RunningSubgraphs;
  for (const name of SUBGRAPHS) {
    started[name] = startProcess(
      `${name} subgraph`,
      process.execPath,
      tsxArgs('subgraph-server.ts', name),
      { ...env, ...database, PORT: String(ports[name]) },
      ROOT,
    );
  }
  await Promise.all(SUBGRAPHS.map((name) => waitForGraphQL(subgraphUrl(ports, name), started[name])));
  return started;
}

/** The canned subgraphs (src/canned): one plain node:http process each, serving `answers[name]` (a JSON file). */
export async function startCannedSubgraphs(
  ports: Ports,
  env: NodeJS.ProcessEnv,
  answers: Record<SubgraphName, string>,
): Promise<RunningSubgraphs> {
  const started = {} as RunningSubgraphs;
  for (const name of SUBGRAPHS) {
    started[name] = startProcess(
      `${name} canned`,
      process.execPath,
      tsxArgs('canned-subgraph.ts', answers[name], String(ports[name])),
      env,
      ROOT,
    );
  }
  await Promise.all(SUBGRAPHS.map((name) => waitForGraphQL(subgraphUrl(ports, name), started[name])));
  return started;
}
