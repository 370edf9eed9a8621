import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * The processes the benchmark starts. Each is the leader of a process group of its own
 * (cluster workers, Hive's forks and tsx's helpers join it), so stopping it stops all it
 * started; every one is stopped when the benchmark ends, however it ends.
 */
export interface ManagedProcess {
  name: string;
  pid: number;
  /** The last lines it wrote, to explain a failure. */
  output(): string;
  hasExited(): boolean;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const OUTPUT_LINES = 40;

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): ManagedProcess {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined) throw new Error(`${name} could not be started (${command})`);
  const pid = child.pid;
  return {
    name,
    pid,
    output: () => lines.join('\n'),
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return signalGroup(pid, 'SIGKILL');
      signalGroup(pid, 'SIGTERM');
      const killed = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
      // workers that outlived their primary
      signalGroup(pid, 'SIGKILL');
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/** Last resort when the benchmark exits abruptly: kill what is still running. */
export function killAllNow(): void {
  for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
}

/**
 * Resident memory of a process group, in MB: the target's processes (a primary and its
 * workers). esbuild's helper (tsx compiles TypeScript with it at start-up) is left out, so
 * a gateway written in TypeScript here is not charged for the tool that launched it.
 */
export function groupRssMb(groupId: number): number {
  let kilobytes = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (Number(fields[2]) !== groupId || command === 'esbuild') continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      kilobytes += rss ? Number(rss[1]) : 0;
    } catch {
      // the process ended while we read it
    }
  }
  return kilobytes / 1024;
}
