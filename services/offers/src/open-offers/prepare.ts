import type { DataSource } from 'typeorm';
import { Broker } from '@passerelle/outbox';
import type { BackgroundWork, WorkerRuntime } from '@passerelle/subgraph-kit';
import type { OffersSettings } from '../settings';
import { followOfferEvents, type FeedFollower } from './follow-feed';
import { OpenOffers, registerOpenOffers } from './open-offers';

/**
 * Loads this process's open offers before it serves (refusing to start beyond
 * OPEN_OFFERS_MAX), then keeps them current: the change feed on NATS when NATS_URL is set,
 * and a whole reload every OPEN_OFFERS_RELOAD_MS in any case.
 */
export async function prepareOpenOffers(
  dataSource: DataSource,
  runtime: WorkerRuntime<OffersSettings>,
): Promise<BackgroundWork & { follower: FeedFollower | null }> {
  const { settings, logger } = runtime;
  const openOffers = new OpenOffers(dataSource, settings.OPEN_OFFERS_MAX);
  let follower: (FeedFollower & { started: Promise<void> }) | null = null;
  if (settings.NATS_URL) {
    const broker = new Broker({ ...settings, NATS_URL: settings.NATS_URL }, 'passerelle-offers-open-offers');
    follower = followOfferEvents(broker, openOffers, logger);
    // subscribed before the load, so that no change falls between the two
    await follower.started;
  }
  try {
    await openOffers.reload();
  } catch (error) {
    await follower?.stop();
    throw error;
  }
  registerOpenOffers(dataSource, openOffers);
  logger.info({ openOffers: openOffers.lastLoad.offers, loadMs: Math.round(openOffers.lastLoad.ms) }, 'open offers loaded');
  const reloads = setInterval(() => {
    openOffers.reload().catch((error: unknown) => logger.error({ error: (error as Error).message }, 'open offers: reload failed'));
  }, settings.OPEN_OFFERS_RELOAD_MS);
  reloads.unref();
  return {
    follower,
    async stop() {
      clearInterval(reloads);
      await follower?.stop();
    },
  };
}
