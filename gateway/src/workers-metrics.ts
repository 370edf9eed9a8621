import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@passerelle/observability';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { isMessage } from './worker-messages';

/*
 * With WORKERS > 1, whichever worker a scrape of /metrics reaches asks the primary, which
 * gathers every worker's registry (prom-client's AggregatorRegistry: counters and histograms
 * summed, gauges by each metric's aggregator, sum unless it says otherwise) and sends the
 * text back. One scrape then sees the whole gateway process, not one worker picked by chance.
 */

const ASK = 'passerelle:workers-metrics-ask';
const ANSWER = 'passerelle:workers-metrics-answer';
/** Longer than prom-client's own limit for gathering the workers' metrics (5 s). */
const ANSWER_TIMEOUT_MS = 6000;

interface Ask {
  type: typeof ASK;
  id: number;
}
interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/** In the primary: answers the workers' requests for the metrics of all of them. */
export function serveWorkersMetrics(logger: Logger): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<Ask>(message, ASK)) return;
    const reply = (answer: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer } satisfies Answer);
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => {
        logger.warn({ err: error }, 'could not gather the workers’ metrics');
        reply({ error: error.message });
      },
    );
  });
}

/** In a worker: `/metrics` answers with the metrics of every worker, `registry` being this one's. */
export function workersMetricsHandler(registry: Registry): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  AggregatorRegistry.setRegistries([registry]);
  // constructing one installs prom-client's listener that hands this worker's metrics to the primary
  const { contentType } = new AggregatorRegistry();
  const waiting = new Map<number, (answer: Answer) => void>();
  let lastId = 0;
  process.on('message', (message: unknown) => {
    if (isMessage<Answer>(message, ANSWER)) waiting.get(message.id)?.(message);
  });

  const askPrimary = () =>
    new Promise<string>((resolve, reject) => {
      const id = (lastId += 1);
      const timer = setTimeout(() => settle({ type: ANSWER, id, error: 'the primary did not answer' }), ANSWER_TIMEOUT_MS);
      const settle = (answer: Answer) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (answer.text !== undefined) resolve(answer.text);
        else reject(new Error(answer.error));
      };
      waiting.set(id, settle);
      process.send!({ type: ASK, id } satisfies Ask);
    });

  return async (_req, res) => {
    try {
      const text = await askPrimary();
      res.writeHead(200, { 'content-type': contentType });
      res.end(text);
    } catch (error) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end(`metrics unavailable: ${(error as Error).message}\n`);
    }
  };
}
