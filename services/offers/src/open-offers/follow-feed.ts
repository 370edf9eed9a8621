import { ConsumerEvents, DeliverPolicy, type ConsumerMessages } from 'nats';
import type { Broker, CloudEvent } from '@passerelle/outbox';
import type { Logger } from '@passerelle/observability';
import type { OpenOffers } from './open-offers';

/** How often queued events are applied, and how long to wait before trying the broker again. */
const APPLY_EVERY_MS = 20;
const RETRY_MS = 1000;

export interface FeedFollower {
  /** Events applied so far, and full reloads made because events may have been missed. */
  stats(): { applied: number; reloads: number };
  stop(): Promise<void>;
}

/**
 * Keeps a process's open offers current with the other processes' writes: an ordered,
 * in-memory JetStream consumer of the offers' events from the moment it starts (before the
 * start-up load, so nothing falls between the two), each event's offer read again by id. The
 * consumer is this process's own (every process sees every event). When it has to start
 * again (the broker was out of reach, the consumer was recreated after a gap), events may
 * have been missed meanwhile: the model is then loaded whole again.
 */
export function followOfferEvents(broker: Broker, openOffers: OpenOffers, logger: Logger): FeedFollower & { started: Promise<void> } {
  const pending = new Set<string>();
  let messages: ConsumerMessages | null = null;
  let stopped = false;
  let starts = 0;
  let applied = 0;
  let reloads = 0;
  let timer: NodeJS.Timeout | null = null;

  const reloadWhole = async (why: string) => {
    reloads += 1;
    logger.warn({ why }, 'open offers: loading them whole again, events may have been missed');
    await openOffers.reload();
  };

  const subscribe = async (): Promise<void> => {
    const { js } = await broker.connected();
    // one subject as a string: an array needs NATS 2.10 (ours may be 2.9), and the consumer would wait forever
    const consumer = await js.consumers.get(broker.stream, {
      filterSubjects: broker.subjectsOf('offer'),
      deliver_policy: DeliverPolicy.New,
    });
    const consuming = await consumer.consume({ callback: (message) => pending.add(message.json<CloudEvent>().subject) });
    messages = consuming;
    void (async () => {
      for await (const status of await consuming.status()) {
        if (status.type === ConsumerEvents.OrderedConsumerRecreated) void reloadWhole('the feed consumer was recreated');
      }
    })().catch(() => undefined);
    void consuming.closed().then(() => {
      if (messages !== consuming || stopped) return;
      messages = null;
      setTimeout(() => void start(), RETRY_MS);
    });
    starts += 1;
    if (starts > 1) await reloadWhole('the feed consumer started again');
  };

  const start = async (): Promise<void> => {
    while (!stopped && !messages) {
      try {
        await subscribe();
      } catch (error) {
        logger.warn({ error: (error as Error).message }, 'open offers: the change feed is out of reach; retrying');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        if (starts === 0) return; // the first start does not hold up the process: it keeps trying below
      }
    }
  };

  const apply = async () => {
    timer = null;
    const ids = [...pending];
    pending.clear();
    try {
      await openOffers.refresh(ids);
      applied += ids.length;
    } catch (error) {
      for (const id of ids) pending.add(id);
      logger.warn({ error: (error as Error).message }, 'open offers: could not apply changes; retrying');
    }
    if (!stopped) timer = setTimeout(() => void apply(), APPLY_EVERY_MS);
  };

  const started = start().then(() => {
    if (!messages && !stopped) {
      // not reachable at start-up: keep trying; the first successful start will reload
      starts = 1;
      void start();
    }
    timer = setTimeout(() => void apply(), APPLY_EVERY_MS);
  });

  return {
    started,
    stats: () => ({ applied, reloads }),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await messages?.close().catch(() => undefined);
      await broker.close();
    },
  };
}
