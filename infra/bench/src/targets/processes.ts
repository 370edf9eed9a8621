import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The processes the benchmark starts. Each is the leader of a process group of its own
 * (cluster workers, Hive's forks and tsx's helpers join it), so stopping it stops all it
 * started; every one is stopped when the benchmark ends, however it ends.
 */
export interface ManagedProcess {
  name: string;
  pid: number;
  /** Where its output goes. */
  logFile: string;
  /** The last lines it wrote, to explain a failure. */
  output(): string;
  hasExited(): boolean;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const OUTPUT_LINES = 40;

let cpuProfileDir: string | null = null;

/**
 * From now on, every Node process started (and its cluster workers) writes a CPU profile (node --cpu-prof) when it
 * exits, into `<dir>/<process name>/` (a file per process: a cluster's primary and workers).
 */
export function profileProcessesInto(dir: string): void {
  cpuProfileDir = dir;
}

/** The directory of this run's process logs. */
export const LOG_DIR = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-logs-'));

/**
 * Output goes to a file, not a pipe: a server writing its request log to a pipe that the
 * load generator is too busy to drain would be slowed down by the measurement itself.
 */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): ManagedProcess {
  const fileName = name.replace(/[^a-z0-9-]+/gi, '-');
  const logFile = path.join(LOG_DIR, `${fileName}.log`);
  const output = openSync(logFile, 'a');
  // (node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line, and cluster.ts passes it to its workers)
  const profiling =
    cpuProfileDir && command === process.execPath ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfileDir, fileName)}`] : [];
  const child = spawn(command, [...profiling, ...args], { cwd, env, detached: true, stdio: ['ignore', output, output] });
  closeSync(output);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined) throw new Error(`${name} could not be started (${command})`);
  const pid = child.pid;
  return {
    name,
    pid,
    logFile,
    output: () =>
      readFileSync(logFile, 'utf8')
        .split('\n')
        .slice(-OUTPUT_LINES - 1)
        .join('\n'),
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

/** Resident memory of a process group (the target's primary and workers), in MB. */
export function groupRssMb(groupId: number): number {
  return (
    groupProcesses(groupId).reduce((sum, { pid }) => {
      const rss = /VmRSS:\s+(\d+)/.exec(readOrEmpty(`/proc/${pid}/status`));
      return sum + (rss ? Number(rss[1]) : 0);
    }, 0) / 1024
  );
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time a process group's live processes have used so far (user and system), in ms. */
export function groupCpuMs(groupId: number): number {
  const ticks = groupProcesses(groupId).reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU time one process (all its threads) has used so far, in ms. */
export function processCpuMs(pid: number): number {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND || 0;
}

/** The database server's process on this machine (mariadbd or mysqld), if it runs here. */
export function databaseServerPid(): number | null {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (command === 'mariadbd' || command === 'mysqld') return Number(pid);
  }
  return null;
}

/**
 * The processes of a group with their /proc stat fields (from the state on). esbuild's
 * helper (tsx compiles TypeScript with it at start-up) is left out, so a gateway written in
 * TypeScript here is not charged for the tool that launched it.
 */
function groupProcesses(groupId: number): { pid: string; fields: string[] }[] {
  const found: { pid: string; fields: string[] }[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (Number(fields[2]) === groupId && command !== 'esbuild') found.push({ pid, fields });
  }
  return found;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended while we read it
  }
}
