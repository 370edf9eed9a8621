import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Identical subgraph fetches in flight at the same time share one request, as Apollo Router's
 * query deduplication and Hive Gateway do: the same subgraph, body (operation and variables)
 * and Authorization header get the same answer, so fifty visitors opening the same page at
 * once cost the subgraph one request. Only fetches made for query operations share (the
 * gateway marks them), and a mutation answered by this process ends every sharing in flight:
 * a fetch begun after a client saw its write never joins one begun before it.
 */
export class SharedFetches<Answer> {
  private readonly inFlight = new Map<string, Promise<Answer>>();

  /** `fetch`'s answer, or the answer of the identical fetch already in flight (then `onShared` is called). */
  async share(key: string, fetch: () => Promise<Answer>, onShared: () => void): Promise<Answer> {
    const running = this.inFlight.get(key);
    if (running) {
      onShared();
      return running;
    }
    const answer = fetch();
    this.inFlight.set(key, answer);
    try {
      return await answer;
    } finally {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    }
  }

  /** After a write: fetches already in flight finish for those waiting, and new ones start afresh. */
  forgetInFlight(): void {
    this.inFlight.clear();
  }
}

/** Set by the gateway on fetches made for a query operation; the fetcher takes it off before sending. */
export const SHAREABLE_FETCH_HEADER = 'x-passerelle-shareable-fetch';

/** Ends sharing in flight when this process has answered a mutation, before the answer leaves. */
export function forgetSharedFetchesAfterWrites<Context extends object>(sharedFetches: SharedFetches<unknown>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') sharedFetches.forgetInFlight();
        },
      };
    },
  };
}
