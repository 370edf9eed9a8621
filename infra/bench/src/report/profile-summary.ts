import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/*
 * The functions that took the most CPU themselves (self time) in the profiles that
 * `npm run bench -- --cpu-prof <dir>` wrote, one table per process (a folder per process;
 * a cluster's workers are added up, its idle primary is left out by being idle), then the
 * same self time by package (node_modules) or file (ours). `skip` leaves out each profile's
 * first seconds: start-up (loading and compiling modules) is in the profiles too.
 * Usage: npx tsx infra/bench/src/report/profile-summary.ts <dir> [top (15)] [skip seconds (0)]
 */

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const [dir, top = '15', skip = '0'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: profile-summary.ts <dir> [top]');
  process.exit(2);
}

for (const name of readdirSync(dir).filter((entry) => statSync(path.join(dir, entry)).isDirectory())) {
  const selfMs = new Map<string, number>();
  const byModule = new Map<string, number>();
  let totalMs = 0;
  for (const file of readdirSync(path.join(dir, name)).filter((entry) => entry.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, name, file), 'utf8')) as CpuProfile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    let elapsedMs = 0;
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      elapsedMs += ms;
      const frame = frames.get(id)!;
      if (frame.functionName === '(idle)' || elapsedMs < Number(skip) * 1000) return;
      totalMs += ms;
      selfMs.set(frameName(frame), (selfMs.get(frameName(frame)) ?? 0) + ms);
      byModule.set(moduleName(frame), (byModule.get(moduleName(frame)) ?? 0) + ms);
    });
  }
  console.log(`\n${name}: ${(totalMs / 1000).toFixed(1)} s of CPU sampled (idle left out)`);
  const print = (table: Map<string, number>) => {
    for (const [label, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
      console.log(`  ${((ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${label}`);
    }
  };
  print(selfMs);
  console.log(`  by package or file:`);
  print(byModule);
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

function moduleName({ functionName, url }: CallFrame): string {
  if (!url) return functionName || '(anonymous)';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  const packageName = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  return packageName ? packageName[1]! : url.replace(/^file:\/\//, '').replace(/^.*\/(gateway|services|packages|infra)\//, '$1/');
}

function frameName({ functionName, url, lineNumber }: CallFrame): string {
  if (!url) return functionName || '(anonymous)';
  const file = url.includes('/node_modules/')
    ? url.replace(/^.*\/node_modules\//, '')
    : url.replace(/^file:\/\//, '').replace(/^.*\/(gateway|services|packages|infra)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}
