import cluster, { type Worker } from 'node:cluster';
import { isMessage } from '../../../worker-messages';

/*
 * With WORKERS > 1 and the entity cache in each worker's memory, a worker that answers a
 * mutation tells the others through the primary, and waits until each has dropped what it
 * kept of that subgraph (or RELAY_TIMEOUT_MS) before its answer leaves: a read sent after
 * the write's answer, through any worker, does not get an entity from before it.
 */

const NEW_GENERATION = 'passerelle:entity-cache-new-generation';
const DROPPED = 'passerelle:entity-cache-dropped';
/** Past this a worker's answer leaves without the others' word (a hung worker answers nothing meanwhile). */
const RELAY_TIMEOUT_MS = 100;

interface NewGeneration {
  type: typeof NEW_GENERATION;
  id: number;
  subgraph: string;
}
interface Dropped {
  type: typeof DROPPED;
  id: number;
}

/** In the primary: passes each worker's new generation on to the others, and tells it once they all have it. */
export function relayEntityGenerations(): void {
  let lastId = 0;
  const waiting = new Map<number, () => void>();
  cluster.on('message', (sender: Worker, message: unknown) => {
    if (isMessage<Dropped>(message, DROPPED)) {
      waiting.get(message.id)?.();
      return;
    }
    if (!isMessage<NewGeneration>(message, NEW_GENERATION)) return;
    const others = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => !!worker && worker !== sender && worker.isConnected(),
    );
    const answered = others.map((worker) => {
      const id = (lastId += 1);
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(id);
          worker.off('exit', done);
          resolve();
        };
        const timer = setTimeout(done, RELAY_TIMEOUT_MS);
        waiting.set(id, done);
        worker.once('exit', done);
        worker.send({ type: NEW_GENERATION, id, subgraph: message.subgraph } satisfies NewGeneration);
      });
    });
    void Promise.all(answered).then(() => {
      if (sender.isConnected()) sender.send({ type: DROPPED, id: message.id } satisfies Dropped);
    });
  });
}

export interface WorkerRelay {
  /** Tells the other workers that `subgraph`'s entities changed; resolves once they have dropped theirs. */
  announce(subgraph: string): Promise<void>;
}

/** In a worker: `onNewGeneration` runs for each other worker's announcement. */
export function workerRelay(onNewGeneration: (subgraph: string) => void): WorkerRelay {
  const waiting = new Map<number, () => void>();
  let lastId = 0;
  process.on('message', (message: unknown) => {
    if (isMessage<Dropped>(message, DROPPED)) {
      waiting.get(message.id)?.();
    } else if (isMessage<NewGeneration>(message, NEW_GENERATION)) {
      onNewGeneration(message.subgraph);
      process.send?.({ type: DROPPED, id: message.id } satisfies Dropped);
    }
  });
  return {
    announce: (subgraph) =>
      new Promise<void>((resolve) => {
        const id = (lastId += 1);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve();
        };
        // the primary's own limit, and a little for the messages
        const timer = setTimeout(done, RELAY_TIMEOUT_MS * 2);
        waiting.set(id, done);
        process.send?.({ type: NEW_GENERATION, id, subgraph } satisfies NewGeneration);
      }),
  };
}
