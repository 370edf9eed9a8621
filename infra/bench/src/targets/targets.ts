import path from 'node:path';
import { ROOT } from '../workspace';
import { SUBGRAPHS, subgraphUrl, tsxArgs, type Ports } from './environment';
import { startProcess, type ManagedProcess } from './processes';
import { waitForGraphQL } from './readiness';
import type { RunningSubgraphs } from './subgraphs';

export const TARGET_NAMES = [
  'subgraph-direct',
  'passerelle',
  'apollo-gateway',
  'hive-gateway',
  'hive-router-runtime',
  'passerelle-cache',
  'passerelle-cache-redis',
  'passerelle-unshared',
  'passerelle-entity-cache-off',
  'passerelle-entity-cache-redis',
] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** The canned mode's targets: gateways only (no subgraph to call directly, no response cache to measure). */
export const CANNED_TARGETS: readonly TargetName[] = [
  'passerelle',
  'apollo-gateway',
  'hive-gateway',
  'hive-router-runtime',
  'passerelle-unshared',
];

/**
 * Measured and reported apart, never in the headline figures or the goals: a response cache
 * answers what the others compute; our gateway without shared fetches, or without its entity
 * cache (on by default, so in the headline), or with it in Redis, measures that lever.
 */
export const SEPARATE_TARGETS: readonly TargetName[] = [
  'passerelle-cache',
  'passerelle-cache-redis',
  'passerelle-unshared',
  'passerelle-entity-cache-off',
  'passerelle-entity-cache-redis',
];
export const isHeadline = (target: string) => !SEPARATE_TARGETS.includes(target as TargetName);

export interface TargetSetup {
  ports: Ports;
  /** Worker processes per gateway: one per core. */
  workers: number;
  /** Our supergraph with the bench's subgraph URLs, for the peers. */
  supergraphPath: string;
  env: NodeJS.ProcessEnv;
  subgraphs: RunningSubgraphs;
}

export interface RunningTarget {
  url: string;
  /** The process group whose memory is the target's. */
  process: ManagedProcess;
  stop(): Promise<void>;
}

/** How each target is started. Every gateway runs `workers` processes behind one port, plus a supervising primary. */
export const TARGETS: Record<TargetName, (setup: TargetSetup) => Promise<RunningTarget>> = {
  // the upper bound: the offers subgraph alone, already running for the others
  'subgraph-direct': async ({ ports, subgraphs }) => ({
    url: subgraphUrl(ports, 'offers'),
    process: subgraphs.offers,
    stop: async () => {},
  }),

  // our gateway as shipped (gateway/dist/main.js, production settings: the entity cache in each process), one node:cluster worker per core
  passerelle: (setup) => startPasserelle('passerelle', setup, {}),

  // stock @apollo/gateway + @apollo/server, the same node:cluster workers
  'apollo-gateway': ({ ports, workers, env, supergraphPath }) =>
    startGateway('apollo-gateway', ports, tsxArgs('cluster.ts', String(workers), path.join(__dirname, 'apollo-gateway-server.ts')), {
      ...env,
      SUPERGRAPH_PATH: supergraphPath,
    }),

  // Hive Gateway's CLI from npm, its own --fork workers
  'hive-gateway': (setup) => startHiveGateway('hive-gateway', setup, []),

  // the same with Hive Router's Rust query planner and executor (@graphql-hive/router-runtime)
  'hive-router-runtime': (setup) => startHiveGateway('hive-router-runtime', setup, ['--hive-router-runtime']),

  // our gateway with its response cache for anonymous queries (RESPONSE_CACHE=memory, one cache per worker): reported apart
  'passerelle-cache': (setup) => startPasserelle('passerelle-cache', setup, { RESPONSE_CACHE: 'memory' }),

  // the same with the cache in Redis, shared by the workers (REDIS_URL, or the local server): reported apart
  'passerelle-cache-redis': (setup) =>
    startPasserelle('passerelle-cache-redis', setup, {
      RESPONSE_CACHE: 'redis',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `passerelle-bench-${process.pid}:`,
    }),

  // our gateway without its entity cache (ENTITY_CACHE=off): reported apart
  'passerelle-entity-cache-off': (setup) => startPasserelle('passerelle-entity-cache-off', setup, { ENTITY_CACHE: 'off' }),

  // our gateway with the entity cache in Redis, shared by the workers (as several gateway machines need): reported apart
  'passerelle-entity-cache-redis': (setup) =>
    startPasserelle('passerelle-entity-cache-redis', setup, {
      ENTITY_CACHE: 'redis',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `passerelle-bench-${process.pid}:`,
    }),

  // our gateway with every subgraph fetch sent on its own (no sharing of identical fetches in flight): reported apart
  'passerelle-unshared': (setup) => startPasserelle('passerelle-unshared', setup, { DEDUPLICATE_SUBGRAPH_FETCHES: 'false' }),
};

function startPasserelle(name: string, { ports, workers, env }: TargetSetup, extraEnv: NodeJS.ProcessEnv): Promise<RunningTarget> {
  return startGateway(name, ports, tsxArgs('cluster.ts', String(workers), path.join(ROOT, 'gateway', 'dist', 'main.js')), {
    ...env,
    HOST: '127.0.0.1',
    ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${subgraph.toUpperCase()}_URL`, subgraphUrl(ports, subgraph)])),
    ...extraEnv,
  });
}

/** The committed supergraph, unchanged: infra/gateways' configuration gives Hive Gateway the subgraphs' URLs from the environment. */
function startHiveGateway(name: string, { ports, workers, env }: TargetSetup, flags: string[]): Promise<RunningTarget> {
  const bin = require.resolve('@graphql-hive/gateway/package.json').replace(/package\.json$/, path.join('dist', 'bin.js'));
  const supergraph = path.join(ROOT, 'gateway', 'supergraph.graphql');
  const config = path.join(ROOT, 'infra', 'gateways', 'hive-gateway.config.mjs');
  const args = [
    bin,
    'supergraph',
    supergraph,
    '--config-path',
    config,
    '--host',
    '127.0.0.1',
    '--port',
    String(ports.gateway),
    '--fork',
    String(workers),
    ...flags,
  ];
  const urls = Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${subgraph.toUpperCase()}_URL`, subgraphUrl(ports, subgraph)]));
  return startGateway(name, ports, args, { ...env, ...urls }, path.dirname(config));
}

async function startGateway(name: string, ports: Ports, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<RunningTarget> {
  const child = startProcess(name, process.execPath, args, { ...env, PORT: String(ports.gateway) }, cwd);
  const url = `http://127.0.0.1:${ports.gateway}/graphql`;
  try {
    await waitForGraphQL(url, child);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, process: child, stop: () => child.stop() };
}
