import { groupCpuMs, groupRssMb } from '../targets/processes';

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

/** CPU a process group uses during a run: `stop(requests)` gives ms per request. */
export function watchCpu(groupId: number): { stop(requests: number): number } {
  const start = groupCpuMs(groupId);
  return { stop: (requests) => (requests ? Math.round(((groupCpuMs(groupId) - start) / requests) * 1000) / 1000 : 0) };
}
