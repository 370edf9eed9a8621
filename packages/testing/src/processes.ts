import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseNameFor, dropMysqlDatabase, mysqlServerUrl, type DatabaseTarget } from '@passerelle/db';

const root = path.resolve(__dirname, '..', '..', '..');

/** A port the OS has just handed out and released (random ports may collide with ephemeral ones). */
export async function freePort(): Promise<number> {
  const probe = http.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface ServiceProcess {
  readonly name: string;
  readonly port: number;
  /** Its GraphQL endpoint. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends a signal: SIGSTOP hangs it (it accepts connections and never answers), SIGCONT resumes it, SIGKILL kills it. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts a service the way its container or `npm start` does: its entry point (run from
 * sources with tsx, so no build is needed), configured by its environment alone. It gets
 * this process's environment except NATS_URL (its events stay in-process), unless `env` sets it.
 */
export function spawnService(name: string, entry: string, port: number, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.base.json'),
      LOG_LEVEL: 'silent',
      NATS_URL: '',
      ...env,
      PORT: String(port),
    },
    stdio: 'ignore',
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    signal: (signal) => child.kill(signal),
    exited,
  };
}

/** Waits until `/health` answers, failing at once if the process exits first. */
export async function waitUntilHealthy(
  service: Pick<ServiceProcess, 'name' | 'port'> & { child: Pick<ChildProcess, 'exitCode' | 'signalCode'> },
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`${service.name} exited (${service.child.signalCode ?? service.child.exitCode}) before it was healthy`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${service.port}/health`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} did not become healthy within ${timeoutMs} ms`);
}

/** Stops it for good: SIGKILL, also when it is stopped by SIGSTOP. */
export async function killService(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.signal('SIGKILL');
  await service.exited;
}

/** Where a service process started by a test keeps its database, and how the test reads it and drops it afterwards. */
export interface ProcessDatabase {
  /** The environment that points the process at it. */
  env: Record<string, string>;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A SQLite file in a directory of the test's, or a database of the service's own on MYSQL_URL. */
export function serviceProcessDatabase(service: string, kind: 'sqlite' | 'mysql'): ProcessDatabase {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), `passerelle-${service}-process-`));
    return {
      env: { SQLITE_DIR: dir, MYSQL_URL: '' },
      target: { kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const prefix = `passerelle_test_${randomBytes(4).toString('hex')}`;
  const serverUrl = mysqlServerUrl(process.env.MYSQL_URL!);
  const database = databaseNameFor(service, prefix);
  return {
    env: { MYSQL_URL: process.env.MYSQL_URL!, MYSQL_DATABASE_PREFIX: prefix },
    target: { kind: 'mysql', serverUrl, database },
    drop: () => dropMysqlDatabase(serverUrl, database),
  };
}
