import type { Logger } from '@passerelle/observability';
import type { Leadership } from './leadership';

/** A piece of background work, run again and again. */
export interface Worker {
  name: string;
  /** Pause after a tick that found nothing (more) to do, or failed. */
  idleMs: number;
  /** Does one round of work; true when more is waiting, so the next round starts at once. */
  tick(): Promise<boolean>;
  /** Lets go of what it holds between rounds (a subscription) when the work stops. */
  stop?(): Promise<void>;
}

export interface RunningWorkers {
  stop(): Promise<void>;
}

const MAX_RETRY_MS = 30_000;

/** A pause that `wake()` cuts short. */
function pause(): { sleep(ms: number): Promise<void>; wake(): void } {
  let wakeUp = () => undefined as void;
  return {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    wake: () => wakeUp(),
  };
}

/**
 * Runs the workers while this process holds the lead, each in a loop of its own; checks the
 * lead every `checkMs`, stopping the workers when it is lost and trying to take it back.
 * A worker's failure is logged and retried after a growing pause; it never stops the others.
 */
export function runWhileLeader(leadership: Leadership, workers: Worker[], options: { logger: Logger; checkMs: number }): RunningWorkers {
  const { logger } = options;
  let stopping = false;
  let leading = false;
  const supervisorPause = pause();
  const workerPauses = workers.map(() => pause());
  let loops: Promise<void>[] = [];

  const loop = async (worker: Worker, rest: ReturnType<typeof pause>) => {
    let failures = 0;
    while (leading && !stopping) {
      let more = false;
      try {
        more = await worker.tick();
        failures = 0;
      } catch (error) {
        failures += 1;
        logger.warn({ err: error, worker: worker.name, failures }, 'background work failed; retrying');
      }
      // a database or broker that is down is asked less and less often, up to every 30 s
      const wait = failures ? Math.min(worker.idleMs * 2 ** failures, MAX_RETRY_MS) : worker.idleMs;
      if (!more && leading && !stopping) await rest.sleep(wait);
    }
  };
  const stopWorkers = async () => {
    leading = false;
    workerPauses.forEach((rest) => rest.wake());
    await Promise.all(loops);
    loops = [];
    const stopped = workers.map((worker) =>
      worker.stop?.().catch((error: unknown) => logger.warn({ err: error, worker: worker.name }, 'could not stop cleanly')),
    );
    await Promise.all(stopped.filter((stopping) => stopping !== undefined));
  };
  const supervise = async () => {
    while (!stopping) {
      if (!leading && (await leadership.acquire())) {
        if (stopping) break;
        leading = true;
        logger.info({ workers: workers.map((worker) => worker.name) }, 'leading the background work of this database');
        loops = workers.map((worker, index) => loop(worker, workerPauses[index]!));
      } else if (leading && !(await leadership.stillHeld())) {
        logger.warn('lost the lead of the background work; standing by');
        await stopWorkers();
      }
      if (!stopping) await supervisorPause.sleep(options.checkMs);
    }
  };
  const supervisor = supervise();
  return {
    async stop() {
      stopping = true;
      supervisorPause.wake();
      await supervisor;
      await stopWorkers();
      await leadership.release();
    },
  };
}
