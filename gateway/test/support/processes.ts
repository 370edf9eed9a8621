import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export { freePort } from '@passerelle/testing';

export async function waitForHealth(port: number, child: { exitCode: number | null }, name = 'gateway', timeoutMs = 20_000): Promise<void> {
  for (let attempt = 0; attempt < timeoutMs / 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was healthy`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not start`);
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
