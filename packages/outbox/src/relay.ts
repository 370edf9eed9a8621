import { In, IsNull, type DataSource } from 'typeorm';
import { Counter, type Registry } from 'prom-client';
import { inTransaction } from '@passerelle/db';
import type { CloudEvent } from './cloud-event';
import { OutboxEvent } from './outbox-event.entity';
import type { Worker } from './workers';

/** Where the relay hands events on: the broker, or a consumer in the same process. */
export interface EventSink {
  /**
   * Hands the events on, in order. Resolves with how many of them the receiving end already
   * had (published before a crash, and dropped as duplicates); a failure leaves every one
   * of them to be handed on again.
   */
  deliver(events: CloudEvent[]): Promise<{ duplicates: number }>;
}

export interface RelayOptions {
  batchSize: number;
  idleMs: number;
  registry: Registry;
}

/**
 * The outbox relay: the oldest unpublished events, in id order, handed to the sink, then
 * stamped published. A crash between the two hands them on again (at least once): the
 * broker drops what it already has (JetStream's message id is the event id), and
 * consumers drop what they processed (the event id is their idempotency key).
 */
export function outboxRelay(dataSource: DataSource, sink: EventSink, options: RelayOptions): Worker {
  const published = new Counter({
    name: 'passerelle_outbox_published_total',
    help: 'Outbox events handed to the broker (or the in-process consumer) and stamped published',
    registers: [options.registry],
  });
  const duplicates = new Counter({
    name: 'passerelle_outbox_duplicates_total',
    help: 'Events published again after a crash that the broker already had, and dropped as duplicates',
    registers: [options.registry],
  });
  return {
    name: 'outbox relay',
    idleMs: options.idleMs,
    async tick() {
      // in a transaction, so that SQLite's one shared connection shows only committed rows
      const rows = await inTransaction(dataSource, (manager) =>
        manager.find(OutboxEvent, { where: { publishedAt: IsNull() }, order: { id: 'ASC' }, take: options.batchSize }),
      );
      if (!rows.length) return false;
      const outcome = await sink.deliver(rows.map((row) => JSON.parse(row.envelope) as CloudEvent));
      await inTransaction(dataSource, (manager) =>
        manager.update(OutboxEvent, { id: In(rows.map((row) => row.id)) }, { publishedAt: new Date() }),
      );
      published.inc(rows.length);
      duplicates.inc(outcome.duplicates);
      return rows.length === options.batchSize;
    },
  };
}
