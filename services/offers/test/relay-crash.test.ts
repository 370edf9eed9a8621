import { IsNull, Not, type DataSource } from 'typeorm';
import { createDataSource } from '@passerelle/db';
import { OutboxEvent } from '@passerelle/outbox';
import {
  describeWithBroker,
  freePort,
  killService,
  spawnService,
  testBroker,
  waitUntilHealthy,
  type ServiceProcess,
} from '@passerelle/testing';
import { OfferWrites } from '../src/offers/offer-writes';
import { createOfferInput } from '../src/offers/offer-input';
import { SavedSearchStore } from '../src/saved-searches/saved-search-store';
import { offersSubgraph } from '../src/subgraph';
import { processDatabase } from './support';
import { startReceiver } from './webhook-receiver';
import { offerInput } from './writes-support';

const EVENTS = 1000;

/** A counter of the process's /metrics. */
async function metric(service: ServiceProcess, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${service.port}/metrics`)).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, 'm').exec(text)?.[1] ?? 0);
}

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

describeWithBroker('the relay killed mid-stream', () => {
  describe.each(databases)('on %s', (kind) => {
    const broker = testBroker();
    const database = processDatabase(kind);
    const processes: ServiceProcess[] = [];
    afterAll(async () => {
      for (const service of processes) await killService(service);
      await broker.cleanup();
      await database.drop();
    });

    /** The offers service as its own process, relaying to the test's stream. */
    const startOffers = async () => {
      const service = spawnService('offers', 'services/offers/src/main.ts', await freePort(), {
        ...database.env,
        ...broker.env,
        SEED: 'false',
        OUTBOX_POLL_MS: '50',
        OUTBOX_BATCH_SIZE: '20',
        NATS_ACK_WAIT_MS: '2000',
        WEBHOOK_RETRY_BASE_MS: '100',
      });
      processes.push(service);
      await waitUntilHealthy(service);
      return service;
    };
    const openDatabase = async (): Promise<DataSource> => {
      const dataSource = await createDataSource({
        target: database.target,
        entities: offersSubgraph.entities,
        migrations: offersSubgraph.migrations,
      });
      await dataSource.runMigrations({ transaction: 'each' });
      return dataSource;
    };
    const until = async (done: () => Promise<boolean>, timeoutMs: number, what: string) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    it(`loses none of ${EVENTS} events, and each offer reaches the receiver once`, async () => {
      const receiver = await startReceiver();
      // the backlog, written by the service's own code before any relay runs
      let dataSource = await openDatabase();
      const search = await new SavedSearchStore(dataSource).create('seeker', { filter: {}, name: 'everything', webhookUrl: receiver.url });
      const writes = new OfferWrites(dataSource);
      const input = createOfferInput.parse({ ...offerInput({ status: 'OPEN' }), deadline: new Date('2099-03-31T21:59:59Z') });
      for (let start = 0; start < EVENTS; start += 20) await Promise.all(Array.from({ length: 20 }, () => writes.create(input)));
      await dataSource.destroy();

      const first = await startOffers();
      // killed within a batch when it can be (published, not yet stamped), else after 60%
      await until(
        async () => {
          const published = await broker.messages();
          return (published >= EVENTS / 5 && published % 20 !== 0) || published >= (EVENTS * 3) / 5;
        },
        60_000,
        'the first fifth of the stream',
      );
      await killService(first);
      const inStreamAtKill = await broker.messages();
      dataSource = await openDatabase();
      const outbox = dataSource.getRepository(OutboxEvent);
      const stampedAtKill = await outbox.countBy({ publishedAt: Not(IsNull()) });
      expect(inStreamAtKill).toBeLessThan(EVENTS);

      const second = await startOffers();
      await until(async () => (await outbox.countBy({ publishedAt: IsNull() })) === 0, 60_000, 'the rest of the stream');
      await receiver.waitFor(EVENTS, 60_000);
      await new Promise((resolve) => setTimeout(resolve, 2500));

      const events = await outbox.find();
      const streamed = await broker.read();
      const streamedIds = new Set(streamed.map((message) => message.body.id as string));
      const lost = events.filter((event) => !streamedIds.has(event.eventId)).length;
      const republished = await metric(second, 'passerelle_outbox_duplicates_total');
      const redelivered = await metric(second, 'passerelle_matcher_duplicate_events_total');
      const deliveryIds = new Set(receiver.received.map((request) => request.headers['passerelle-delivery']));
      const offersReached = new Set(
        receiver.received.map((request) => (JSON.parse(request.body) as { event: { subject: string } }).event.subject),
      );
      console.log(
        `relay killed mid-stream (${kind}): ${EVENTS} events; at the kill ${inStreamAtKill} in the stream, ${stampedAtKill} stamped; ` +
          `after the restart ${streamed.length} in the stream, ${lost} lost; ${republished} published again and dropped by JetStream as duplicates; ` +
          `${redelivered} redelivered to the matcher and dropped by their event id; receiver: ${receiver.received.length} POSTs, ` +
          `${deliveryIds.size} distinct deliveries, ${offersReached.size} distinct offers, ${receiver.received.length - deliveryIds.size} repeats dropped by Passerelle-Delivery`,
      );
      await dataSource.destroy();
      expect(events).toHaveLength(EVENTS);
      expect(lost).toBe(0);
      expect(streamed).toHaveLength(EVENTS);
      expect(republished).toBe(inStreamAtKill - stampedAtKill);
      expect(deliveryIds.size).toBe(EVENTS);
      expect(offersReached.size).toBe(EVENTS);
      expect(
        receiver.received.every((request) => (JSON.parse(request.body) as { savedSearch: { id: string } }).savedSearch.id === search.id),
      ).toBe(true);
      await receiver.close();
    }, 240_000);
  });
});
