import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropMysqlDatabase, databaseNameFor, mysqlServerUrl } from '@passerelle/db';
import { freePort, killService, spawnService, waitUntilHealthy, type ServiceProcess } from '@passerelle/testing';
import { ChildProcesses, Output, spawnFromSources, waitForHealth } from './processes';

export const SUBGRAPH_NAMES = ['organisations', 'offers', 'programmes'] as const;
const START_TIMEOUT_MS = 150_000;

export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface ProcessGraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  /** The imports subgraph, calling the three others. */
  imports: ServiceProcess;
  /** Starts a subgraph again (after SIGKILL) on its port and database, and waits until it is healthy. */
  restart(name: SubgraphName): Promise<void>;
  /** Another gateway process in front of the same subgraphs, from its environment (logs at LOG_LEVEL, `warn` unless set). */
  addGateway(env: Record<string, string>): Promise<ExtraGateway>;
  stop(): Promise<void>;
}

export interface ExtraGateway {
  url: string;
  port: number;
  /** What it wrote on stdout: its JSON log lines. */
  output: Output;
}

/**
 * The whole graph as separate processes started from their environment, as `npm start`
 * or the containers run them: three seeded subgraphs, the imports subgraph and the gateway, each a real process
 * that can be hung (SIGSTOP) or killed (SIGKILL). `database` is the embedded SQLite files
 * or databases of their own on the MySQL server of MYSQL_URL. `subgraphEnv` is added to each
 * subgraph's environment, `gatewayEnv` to the gateway's.
 */
export async function startProcessGraph(
  database: 'sqlite' | 'mysql',
  gatewayEnv: Record<string, string> = {},
  subgraphEnv: Record<string, string> = {},
): Promise<ProcessGraph> {
  const sqliteDir = mkdtempSync(path.join(tmpdir(), 'passerelle-graph-'));
  const prefix = `passerelle_test_${randomBytes(4).toString('hex')}`;
  const databaseEnv: Record<string, string> =
    database === 'mysql' ? { MYSQL_URL: process.env.MYSQL_URL!, MYSQL_DATABASE_PREFIX: prefix } : { SQLITE_DIR: sqliteDir, MYSQL_URL: '' };
  const ports = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const))) as Record<
    SubgraphName,
    number
  >;
  const launch = (name: SubgraphName) =>
    spawnService(name, `services/${name}/src/main.ts`, ports[name], { ...databaseEnv, SEED: 'true', ...subgraphEnv });
  const subgraphs = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, launch(name)])) as Record<SubgraphName, ServiceProcess>;
  const subgraphUrls = () => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphs[name].url]));
  const imports = spawnService('imports', 'services/imports/src/main.ts', await freePort(), subgraphUrls());
  const graphUrls = () => ({ ...subgraphUrls(), IMPORTS_URL: imports.url });
  const gateway = spawnService('gateway', 'gateway/src/main.ts', await freePort(), { ...graphUrls(), ...gatewayEnv });
  const extraGateways = new ChildProcesses();
  const everything = () => [gateway, imports, ...Object.values(subgraphs)];
  const stop = async () => {
    await Promise.all([...everything().map(killService), extraGateways.killAll()]);
    rmSync(sqliteDir, { recursive: true, force: true });
    if (database === 'mysql') {
      const server = mysqlServerUrl(process.env.MYSQL_URL!);
      for (const name of SUBGRAPH_NAMES) await dropMysqlDatabase(server, databaseNameFor(name, prefix));
    }
  };
  try {
    // five processes compiling their sources at once: on a busy 2-core machine that can take a minute
    await Promise.all(everything().map((service) => waitUntilHealthy(service, START_TIMEOUT_MS)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: gateway.url,
    gateway,
    subgraphs,
    imports,
    restart: async (name) => {
      await killService(subgraphs[name]);
      subgraphs[name] = launch(name);
      await waitUntilHealthy(subgraphs[name]);
    },
    addGateway: async (env) => {
      const port = await freePort();
      const child = extraGateways.track(
        spawnFromSources('gateway/src/main.ts', {
          env: { ...process.env, LOG_LEVEL: 'warn', NATS_URL: '', ...graphUrls(), ...env, PORT: String(port) },
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
      const output = new Output(child.stdout);
      await waitForHealth(port, child, 'gateway', 60_000);
      return { url: `http://127.0.0.1:${port}/graphql`, port, output };
    },
    stop,
  };
}
