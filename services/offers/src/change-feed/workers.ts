import type { DataSource } from 'typeorm';
import { jetStreamConsumer, startChangeFeed } from '@passerelle/outbox';
import type { BackgroundWork, WorkerRuntime } from '@passerelle/subgraph-kit';
import { SavedSearchMatcher } from '../saved-searches/matcher';
import { webhookDispatcher } from '../saved-searches/webhook-dispatcher';
import type { OffersSettings } from '../settings';
import { deadlineClosings } from './deadline-closings';

/** The durable JetStream consumer through which the matcher reads offer events. */
export const MATCHER_CONSUMER = 'offers-matcher';
const MATCHER_BATCH_SIZE = 100;
const DISPATCHER_IDLE_MS = 200;

/**
 * The offers' change feed: the outbox relay; the matcher, a durable JetStream consumer
 * (or, without a broker, the relay's own sink in this process); the deadline scan; and the
 * webhook dispatcher. One process per database runs them (startChangeFeed).
 */
export async function startOffersWorkers(dataSource: DataSource, runtime: WorkerRuntime<OffersSettings>): Promise<BackgroundWork> {
  const { settings, logger, registry } = runtime;
  const matcher = new SavedSearchMatcher(dataSource, registry, logger);
  return startChangeFeed(dataSource, {
    service: 'offers',
    settings,
    logger,
    registry,
    localSink: matcher,
    workers: (broker) => [
      ...(broker
        ? [
            jetStreamConsumer(
              broker,
              {
                durable: MATCHER_CONSUMER,
                filterSubject: broker.subjectsOf('offer'),
                batchSize: MATCHER_BATCH_SIZE,
                ackWaitMs: settings.NATS_ACK_WAIT_MS,
              },
              async (events) => {
                await matcher.handle(events);
              },
            ),
          ]
        : []),
      deadlineClosings(dataSource, settings.DEADLINE_SCAN_MS),
      webhookDispatcher(
        dataSource,
        {
          maxAttempts: settings.WEBHOOK_MAX_ATTEMPTS,
          retryBaseMs: settings.WEBHOOK_RETRY_BASE_MS,
          timeoutMs: settings.WEBHOOK_TIMEOUT_MS,
          production: runtime.production,
          idleMs: DISPATCHER_IDLE_MS,
        },
        registry,
      ),
    ],
  });
}
