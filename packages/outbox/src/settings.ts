import { url, z } from '@passerelle/config';

const positive = (fallback: number) => z.coerce.number({ error: 'expected a positive whole number' }).int().positive().default(fallback);

/** The change feed's settings, read by every service with an outbox. */
export const changeFeedSettings = {
  /** The NATS server with JetStream the outbox is published to; unset, events stay in-process. */
  NATS_URL: url(['nats']).optional(),
  /** The JetStream stream of every service's events, created when missing. */
  NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected letters, digits, _ and - (at most 64)')
    .default('PASSERELLE_EVENTS'),
  /** Events go to `<prefix>.<entity>.<what happened>`, e.g. passerelle.offer.published; the stream takes `<prefix>.>`. */
  NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected letters, digits, _ and - (at most 64)')
    .default('passerelle'),
  /** How often the relay looks for new outbox rows when it has caught up. */
  OUTBOX_POLL_MS: positive(200),
  /** Events the relay reads, publishes and stamps at a time: at most this many are published again after a crash. */
  OUTBOX_BATCH_SIZE: positive(100),
};

export type ChangeFeedSettings = z.infer<z.ZodObject<typeof changeFeedSettings>>;
