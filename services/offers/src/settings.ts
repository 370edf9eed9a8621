import { loadConfig, z } from '@passerelle/config';
import { changeFeedSettings } from '@passerelle/outbox';

const positive = (fallback: number) => z.coerce.number({ error: 'expected a positive whole number' }).int().positive().default(fallback);

/** The offers service's own settings: its change feed, deadline scan and webhooks. */
export const offersSettingsShape = {
  ...changeFeedSettings,
  /** How long the matcher's unacknowledged event waits before JetStream delivers it again (set when its consumer is created). */
  NATS_ACK_WAIT_MS: positive(30_000),
  /** How often published offers whose deadline has passed are looked for, to announce their closing. */
  DEADLINE_SCAN_MS: positive(60_000),
  /** The most offers the process keeps open in memory; it refuses to start with more (open-offers/). */
  OPEN_OFFERS_MAX: positive(100_000),
  /** How often each process loads its open offers whole again: the bound on staleness should the change feed fail unnoticed. */
  OPEN_OFFERS_RELOAD_MS: positive(600_000),
  /** Attempts of a webhook delivery before it is DEAD. */
  WEBHOOK_MAX_ATTEMPTS: positive(10),
  /** The pause after a delivery's first failed attempt; it doubles after each. */
  WEBHOOK_RETRY_BASE_MS: positive(30_000),
  /** How long a receiver has to answer one attempt. */
  WEBHOOK_TIMEOUT_MS: positive(10_000),
};

export type OffersSettings = z.infer<z.ZodObject<typeof offersSettingsShape>>;

export const offersSettings = (env: Record<string, string | undefined>): OffersSettings =>
  loadConfig(offersSettingsShape, env as NodeJS.ProcessEnv);
