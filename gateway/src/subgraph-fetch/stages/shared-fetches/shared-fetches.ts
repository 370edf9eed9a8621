import { OperationTypeNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { parsedObject, type Next, type Stage, type SubgraphAnswer } from '../../fetch-context';

/**
 * Identical subgraph fetches in flight at the same time share one request, as Apollo Router's
 * query deduplication and Hive Gateway do: the same subgraph, body (operation and variables)
 * and Authorization header get the same answer, so fifty visitors opening the same page at
 * once cost the subgraph one request. Only fetches made for query operations share, and a
 * mutation fetch ends every sharing in flight (in every subgraph) once answered: a fetch begun
 * after a client saw its write never joins one begun before it.
 */
export class SharedFetches {
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  private readonly shared: Counter<'subgraph'>;

  constructor(registry: Registry) {
    this.shared = new Counter({
      name: 'passerelle_subgraph_fetches_shared_total',
      help: 'Subgraph fetches answered by an identical fetch already in flight instead of a request of their own',
      labelNames: ['subgraph'] as const,
      registers: [registry],
    });
  }

  readonly stage: Stage = async (fetch, next) => {
    if (fetch.kind === OperationTypeNode.MUTATION) {
      try {
        return await next(fetch);
      } finally {
        this.inFlight.clear();
      }
    }
    if (!fetch.forQuery) return next(fetch);
    const key = `${fetch.url}\n${fetch.authorization ?? ''}\n${fetch.body()}`;
    const running = this.inFlight.get(key);
    if (running) {
      this.shared.inc({ subgraph: fetch.subgraph });
      return ownCopy(await running);
    }
    return this.share(key, () => next(fetch));
  };

  private async share(key: string, send: () => ReturnType<Next>): Promise<SubgraphAnswer> {
    const answer = send();
    this.inFlight.set(key, answer);
    try {
      return await answer;
    } finally {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    }
  }
}

/** The gateway writes into the answers it merges: each fetch that shares reads the text anew. */
function ownCopy(answer: SubgraphAnswer): SubgraphAnswer {
  return { ...answer, body: answer.text === undefined ? structuredClone(answer.body) : answer.body && parsedObject(answer.text) };
}
