import { SubgraphFetchFailed, type Stage } from '../../fetch-context';

export interface TimeLimitOptions {
  /** How long a fetch may take, from sending to the answer's last byte. */
  timeoutMs: number;
}

/**
 * A hard limit on each fetch, which the gateway's default fetcher lacks: the stages after it
 * get a signal that aborts at the limit, and the fetch fails as a `timeout`.
 */
export function timeLimit({ timeoutMs }: TimeLimitOptions): Stage {
  return async (fetch, next) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await next({ ...fetch, signal });
    } catch (error) {
      if (signal.aborted) throw new SubgraphFetchFailed('timeout', { cause: error });
      throw error;
    }
  };
}
