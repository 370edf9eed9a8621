import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { freePort, waitUntilHealthy } from '@passerelle/testing';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export { freePort } from '@passerelle/testing';

/** Waits until the process's `/health` answers; a machine busy with other tests may take a while to start it. */
export async function waitForHealth(port: number, child: ChildProcess, name = 'gateway', timeoutMs = 90_000): Promise<void> {
  await waitUntilHealthy({ name, port, child }, timeoutMs);
}

export interface FromSourcesOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  stdio?: StdioOptions;
  /** Modules loaded before the entry point (`node --require`). */
  preload?: string[];
}

/**
 * One of the graph's entry points (`gateway/src/main.ts`, `services/offers/src/main.ts`…) run by
 * node from its TypeScript sources, as `node <workspace>/dist/main.js` runs it built. tsx is
 * loaded by path, so any `cwd` works; the base tsconfig's paths lead it to the packages' sources.
 */
export function spawnFromSources(entry: string, options: FromSourcesOptions): ChildProcess {
  const preloads = (options.preload ?? []).flatMap((module) => ['--require', module]);
  return spawn(process.execPath, ['--import', require.resolve('tsx'), ...preloads, path.join(ROOT, entry)], {
    cwd: options.cwd ?? ROOT,
    env: { ...options.env, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.base.json') },
    stdio: options.stdio ?? 'ignore',
  });
}

/** Everything a child wrote on a stream, with a way to wait for a line. */
export class Output {
  text = '';

  constructor(stream: Readable | null) {
    stream?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
  }

  lines(): string[] {
    return this.text.split('\n').filter(Boolean);
  }

  /** The first line `matches` accepts, once written; fails when `child` exits first or time runs out. */
  async waitForLine(matches: (line: string) => boolean, child: ChildProcess, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines().find(matches);
      if (line !== undefined) return line;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before the line came:\n${this.text}`);
      if (Date.now() > deadline) throw new Error(`no such line within ${timeoutMs / 1000} s:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The JSON log lines of an output (pino), skipping anything else. */
export function jsonLines(output: Output): Record<string, unknown>[] {
  return output.lines().flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/**
 * The processes a test started. `killAll()`, called from afterAll/afterEach, kills whatever
 * is still running, even when the test failed; a process started `detached` is killed with
 * its whole process group (its own children included).
 */
export class ChildProcesses {
  private readonly started: { child: ChildProcess; group: boolean }[] = [];

  track<T extends ChildProcess>(child: T, { group = false } = {}): T {
    this.started.push({ child, group });
    return child;
  }

  async killAll(): Promise<void> {
    await Promise.all(
      this.started.map(async ({ child, group }) => {
        try {
          if (group) process.kill(-child.pid!, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          // already gone
        }
        await exitOf(child);
      }),
    );
    this.started.length = 0;
  }
}

/** A gateway process configured by its environment alone, as a container runs it (subgraphs need not be up); its GraphQL endpoint. */
export async function gatewayProcess(children: ChildProcesses, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const gateway = children.track(
    spawnFromSources('gateway/src/main.ts', { env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', ...env } }),
  );
  await waitForHealth(port, gateway);
  return `http://127.0.0.1:${port}/graphql`;
}

/** NODE_ENV=production with the secret production requires. */
export const PRODUCTION_ENV = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-32-characters-or-more' };
