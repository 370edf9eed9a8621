import {
  AckPolicy,
  DeliverPolicy,
  connect,
  nanos,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { CloudEvent } from './cloud-event';
import { shortTypeOf } from './cloud-event';
import type { EventSink } from './relay';
import type { ChangeFeedSettings } from './settings';
import type { Worker } from './workers';

/** How long the stream keeps events: enough for a consumer down over a long weekend to catch up. */
const STREAM_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** JetStream drops a message whose id it has seen within this window: a relay restarted within it publishes no duplicate. */
const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

export interface BrokerSettings extends Pick<ChangeFeedSettings, 'NATS_STREAM' | 'NATS_SUBJECT_PREFIX'> {
  NATS_URL: string;
}

/**
 * A NATS connection with JetStream, made on first use and kept: a failed first attempt is
 * tried again by the next caller (the workers retry), and once connected the client
 * reconnects by itself. The stream is created when missing.
 */
export class Broker {
  private connection: Promise<{ nc: NatsConnection; js: JetStreamClient; jsm: JetStreamManager }> | null = null;

  constructor(
    private readonly settings: BrokerSettings,
    private readonly clientName: string,
  ) {}

  get stream(): string {
    return this.settings.NATS_STREAM;
  }

  subjectOf(event: Pick<CloudEvent, 'type'>): string {
    return `${this.settings.NATS_SUBJECT_PREFIX}.${shortTypeOf(event)}`;
  }

  /** The subjects of one entity's events, e.g. `passerelle.offer.>`. */
  subjectsOf(entity: string): string {
    return `${this.settings.NATS_SUBJECT_PREFIX}.${entity}.>`;
  }

  connected() {
    this.connection ??= this.open().catch((error: unknown) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }

  async close(): Promise<void> {
    const connection = await this.connection?.catch(() => null);
    this.connection = null;
    await connection?.nc.drain().catch(() => undefined);
  }

  private async open() {
    const nc = await connect({ servers: this.settings.NATS_URL, name: this.clientName, maxReconnectAttempts: -1, reconnectTimeWait: 1000 });
    try {
      const jsm = await nc.jetstreamManager();
      await ensureStream(jsm, this.settings.NATS_STREAM, `${this.settings.NATS_SUBJECT_PREFIX}.>`);
      return { nc, js: nc.jetstream(), jsm };
    } catch (error) {
      await nc.close();
      throw error;
    }
  }
}

async function ensureStream(jsm: JetStreamManager, name: string, subjects: string): Promise<void> {
  const exists = () =>
    jsm.streams.info(name).then(
      () => true,
      () => false,
    );
  if (await exists()) return;
  try {
    await jsm.streams.add({
      name,
      subjects: [subjects],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      max_age: nanos(STREAM_MAX_AGE_MS),
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  } catch (error) {
    // another service created it meanwhile
    if (!(await exists())) throw error;
  }
}

/** Publishes each event to its subject in order, waiting for JetStream's acknowledgement, with the event id as message id. */
export function jetStreamSink(broker: Broker): EventSink {
  return {
    async deliver(events) {
      const { js } = await broker.connected();
      let duplicates = 0;
      for (const event of events) {
        const ack = await js.publish(broker.subjectOf(event), JSON.stringify(event), { msgID: event.id });
        if (ack.duplicate) duplicates += 1;
      }
      return { duplicates };
    },
  };
}

export interface ConsumerOptions {
  durable: string;
  /** e.g. `passerelle.offer.>`. */
  filterSubject: string;
  batchSize: number;
  /** Unacknowledged events come again after this long. */
  ackWaitMs: number;
}

/**
 * A durable JetStream consumer with explicit acknowledgement, as a worker. Messages stream
 * into a queue of its own (one subscription, kept: a fetch that times out while messages are
 * on their way would strand them until their ack wait ends); each round hands up to a batch
 * to `handle` and acknowledges them once it has returned. Events `handle` fails on come again
 * (at least once): `handle` must be idempotent, keyed on the event id.
 */
export function jetStreamConsumer(broker: Broker, options: ConsumerOptions, handle: (events: CloudEvent[]) => Promise<void>): Worker {
  let consuming: { queue: JsMsg[]; messages: ConsumerMessages } | null = null;
  const start = async () => {
    const { js, jsm } = await broker.connected();
    await ensureConsumer(jsm, broker.stream, options);
    const consumer = await js.consumers.get(broker.stream, options.durable);
    const queue: JsMsg[] = [];
    const messages = await consumer.consume({ max_messages: options.batchSize, callback: (message) => queue.push(message) });
    const started = { queue, messages };
    // ended by the server (the consumer deleted) or by stop(): the next round starts again
    void messages.closed().then(() => {
      if (consuming === started) consuming = null;
    });
    return started;
  };
  return {
    name: `JetStream consumer ${options.durable}`,
    idleMs: 50,
    async tick() {
      consuming ??= await start();
      const batch = consuming.queue.splice(0, options.batchSize);
      if (!batch.length) return false;
      try {
        await handle(batch.map((message) => message.json<CloudEvent>()));
      } catch (error) {
        for (const message of batch) message.nak(1000);
        throw error;
      }
      for (const message of batch) message.ack();
      return consuming?.queue.length ? true : false;
    },
    async stop() {
      const stopping = consuming;
      consuming = null;
      // what is still queued is not acknowledged: JetStream delivers it again
      await stopping?.messages.close().catch(() => undefined);
    },
  };
}

async function ensureConsumer(jsm: JetStreamManager, stream: string, options: ConsumerOptions): Promise<void> {
  const exists = await jsm.consumers.info(stream, options.durable).then(
    () => true,
    () => false,
  );
  if (exists) return;
  await jsm.consumers.add(stream, {
    durable_name: options.durable,
    filter_subject: options.filterSubject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(options.ackWaitMs),
    max_ack_pending: 10 * options.batchSize,
  });
}
