import type { DataSource } from 'typeorm';
import type { Registry } from 'prom-client';
import type { Logger } from '@passerelle/observability';
import { Broker, jetStreamSink } from './jetstream';
import { databaseLeadership } from './leadership';
import { outboxRelay, type EventSink } from './relay';
import type { ChangeFeedSettings } from './settings';
import { runWhileLeader, type RunningWorkers, type Worker } from './workers';

/** How often a standby process tries to take the lead, and the leader checks it still has it. */
const LEADERSHIP_CHECK_MS = 2000;

export interface ChangeFeedOptions {
  service: string;
  settings: ChangeFeedSettings;
  logger: Logger;
  registry: Registry;
  /** Where the relay hands events when no broker is configured; without one they wait in the outbox. */
  localSink?: EventSink;
  /** The service's other background work, given the broker when there is one. */
  workers?: (broker: Broker | null) => Worker[];
}

/**
 * A service's change feed: the outbox relay (to JetStream when NATS_URL is set, else to the
 * local sink) and the service's other workers, run by whichever process sharing the database
 * holds its lock.
 */
export function startChangeFeed(dataSource: DataSource, options: ChangeFeedOptions): RunningWorkers {
  const { settings, logger } = options;
  const broker = settings.NATS_URL ? new Broker({ ...settings, NATS_URL: settings.NATS_URL }, `passerelle-${options.service}`) : null;
  const sink = broker ? jetStreamSink(broker) : options.localSink;
  if (!sink) logger.info('no NATS_URL: events wait in the outbox until a broker is configured');
  const relay = sink
    ? [
        outboxRelay(dataSource, sink, {
          batchSize: settings.OUTBOX_BATCH_SIZE,
          idleMs: settings.OUTBOX_POLL_MS,
          registry: options.registry,
        }),
      ]
    : [];
  const workers = [...relay, ...(options.workers?.(broker) ?? [])];
  if (!workers.length) return { stop: async () => undefined };
  const running = runWhileLeader(databaseLeadership(dataSource, `${options.service} change feed`), workers, {
    logger,
    checkMs: LEADERSHIP_CHECK_MS,
  });
  return {
    async stop() {
      await running.stop();
      await broker?.close();
    },
  };
}
