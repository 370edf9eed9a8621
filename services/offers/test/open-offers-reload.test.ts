import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import type { Logger } from '@passerelle/observability';
import { Broker } from '@passerelle/outbox';
import { bearer, describeEachDatabase, describeWithBroker, testBroker } from '@passerelle/testing';
import { criteriaOf } from '../src/offers/offer-filter';
import { followOfferEvents } from '../src/open-offers/follow-feed';
import { OpenOffers } from '../src/open-offers/open-offers';
import { useOffersSubgraph } from './support';
import { CREATE, offerInput, writtenOf, type Written } from './writes-support';

/*
 * A process following the change feed loads its open offers whole again when it may have
 * missed events: here the broker loses the process's consumer (ordered consumers live in the
 * server's memory: a broker restart loses them) while the process is disconnected, and an
 * offer is written meanwhile whose event never reaches it. After the reconnection the
 * consumer is made again, the process says so, reloads, and lists the offer.
 */

/** Checks `condition` until it holds, at most `limitMs`: how long it takes is not what is tested. */
async function eventually(condition: () => boolean, limitMs = 30_000): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describeWithBroker('open offers and the change feed', () => {
  describeEachDatabase('offers', 'a full reload when the feed may have missed events', (database) => {
    const broker = testBroker();
    // the process under test writes; it relays no event (no workers): its writes reach the follower only by a reload
    const { ask, subgraph } = useOffersSubgraph(database);
    afterAll(() => broker.cleanup());

    it('reloads from the database once its consumer was lost, logs why, and then lists what it had missed', async () => {
      const { dataSource } = subgraph();
      const warnings: { why?: string; message: string }[] = [];
      const logger = { warn: (fields: { why?: string }, message: string) => warnings.push({ ...fields, message }) } as unknown as Logger;
      const openOffers = new OpenOffers(dataSource, 10_000);
      const followerBroker = new Broker(
        broker.env as { NATS_URL: string; NATS_STREAM: string; NATS_SUBJECT_PREFIX: string },
        'reload-test-follower',
      );
      const follower = followOfferEvents(followerBroker, openOffers, logger);
      try {
        await follower.started;
        await openOffers.reload();
        const word = `zorglub${randomBytes(3).toString('hex')}`;
        const listed = () =>
          openOffers.model.match({ criteria: criteriaOf({ status: 'OPEN', search: word }), now: new Date(), drafts: [] }).length;

        // the follower is cut off: the broker loses its consumer while it is away
        const { nc } = await followerBroker.connected();
        const admin = await bearer(['admin']);
        writtenOf(
          await ask<Written>(CREATE, { input: offerInput({ title: `Coordonnateur ${word}`, status: 'OPEN' }) }, admin),
          'createOffer',
        );
        expect(listed()).toBe(0);
        expect(follower.stats().reloads).toBe(0);
        const manager = await connect({ servers: broker.env.NATS_URL! });
        try {
          const jsm = await manager.jetstreamManager();
          const consumers = await jsm.consumers.list(broker.stream).next();
          expect(consumers).toHaveLength(1);
          await jsm.consumers.delete(broker.stream, consumers[0]!.name);
        } finally {
          await manager.close();
        }
        await nc.reconnect();

        expect(await eventually(() => follower.stats().reloads > 0 && listed() === 1)).toBe(true);
        expect(warnings).toContainEqual({
          why: 'the feed consumer was recreated',
          message: 'open offers: loading them whole again, events may have been missed',
        });
      } finally {
        await follower.stop();
      }
    }, 60_000);
  });
});
