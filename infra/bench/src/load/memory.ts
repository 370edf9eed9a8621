import { groupRssMb } from '../targets/processes';

/** Samples a process group's resident memory while a run lasts; `stop()` gives the peak, in MB. */
export function watchMemory(groupId: number, everyMs = 500): { stop(): number } {
  let peak = groupRssMb(groupId);
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssMb(groupId));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, groupRssMb(groupId)));
    },
  };
}

/** Reads the CPU ms a process (or group) has used so far. */
export type CpuSource = () => number;

/** CPU several processes use during a run: `stop(requests)` gives ms per request, by name and in all. */
export function watchCpu(sources: Record<string, CpuSource>): {
  stop(requests: number): { byProcess: Record<string, number>; total: number };
} {
  const start = Object.fromEntries(Object.entries(sources).map(([name, read]) => [name, read()]));
  const perRequest = (ms: number, requests: number) => (requests ? Math.round((ms / requests) * 1000) / 1000 : 0);
  return {
    stop: (requests) => {
      const byProcess = Object.fromEntries(
        Object.entries(sources).map(([name, read]) => [name, perRequest(read() - start[name]!, requests)]),
      );
      const used = Object.entries(sources).reduce((sum, [name]) => sum + byProcess[name]!, 0);
      return { byProcess, total: Math.round(used * 1000) / 1000 };
    },
  };
}
