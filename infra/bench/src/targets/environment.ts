import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROOT } from '../workspace';

/** Where everything listens: the gateway under test on `base`, the subgraphs on the next three ports. */
export interface Ports {
  gateway: number;
  organisations: number;
  offers: number;
  programmes: number;
}

export function portsFrom(base: number): Ports {
  return { gateway: base, organisations: base + 1, offers: base + 2, programmes: base + 3 };
}

export const SUBGRAPHS = ['organisations', 'offers', 'programmes'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export function subgraphUrl(ports: Ports, name: SubgraphName): string {
  return `http://127.0.0.1:${ports[name]}/graphql`;
}

/** How a process of the benchmark runs TypeScript from infra/bench: node with tsx's loader. */
export function tsxArgs(file: string, ...args: string[]): string[] {
  return ['--import', 'tsx', path.join(ROOT, 'infra', 'bench', 'src', 'targets', file), ...args];
}

/**
 * The environment of every process started: production mode, one signing secret for the
 * run (requests are anonymous; production refuses the development secret), the log level,
 * and Apollo Gateway's own telemetry off for every peer, as ours has it by default.
 */
export function processEnvironment(logLevel: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    NODE_ENV: 'production',
    LOG_LEVEL: logLevel,
    JWT_SECRET: randomBytes(24).toString('hex'),
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
}
