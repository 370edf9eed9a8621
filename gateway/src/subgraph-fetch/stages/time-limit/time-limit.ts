import { EventEmitter } from 'node:events';
import { SubgraphFetchFailed, type FetchSignal, type Stage } from '../../fetch-context';

export interface TimeLimitOptions {
  /** How long a fetch may take, from sending to the answer's last byte. */
  timeoutMs: number;
}

/** Aborted once, when the limit passes. */
class Deadline extends EventEmitter implements FetchSignal {
  aborted = false;
  reason?: Error;

  pass(timeoutMs: number): void {
    this.aborted = true;
    this.reason = Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' });
    this.emit('abort');
  }
}

/**
 * A hard limit on each fetch, which the gateway's default fetcher lacks: the stages after it
 * get a signal that aborts at the limit, and the fetch fails as a `timeout`.
 */
export function timeLimit({ timeoutMs }: TimeLimitOptions): Stage {
  return async (fetch, next) => {
    const deadline = new Deadline();
    const timer = setTimeout(() => deadline.pass(timeoutMs), timeoutMs);
    try {
      return await next({ ...fetch, signal: deadline });
    } catch (error) {
      if (deadline.aborted) throw new SubgraphFetchFailed('timeout', { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
