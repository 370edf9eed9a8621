import { bearer, describeEachDatabase, describeWithBroker, testBroker } from '@passerelle/testing';
import { MatchedEvent } from '../src/saved-searches/webhook-delivery.entity';
import { LIST, useOffersSubgraph, type OffersPage } from './support';
import { startReceiver, type WebhookReceiver } from './webhook-receiver';
import { CREATE, offerInput } from './writes-support';

const BURST = 1000;
const CONCURRENCY = 10;

/** The searches saved before the burst; each one's webhook is a path of the same receiver. */
const SEARCHES: Record<string, Record<string, unknown>> = {
  open: { status: 'OPEN' },
  drc: { countryCodes: ['CD'] },
  hydrology: { search: 'hydrologie' },
  gomaConsultancies: { cities: ['goma'], contractTypes: ['CONSULTANCY'] },
};

/** The burst's i-th offer: one in three in Goma, one in seven about hydrology, contract types in turn. */
function burstOffer(index: number): Record<string, unknown> {
  const places = [
    { city: 'Goma', countryCode: 'CD' },
    { city: 'Juba', countryCode: 'SS' },
    { city: 'Mopti', countryCode: 'ML' },
  ];
  return offerInput({
    status: 'OPEN',
    title: index % 7 === 0 ? `Hydrologie et assainissement ${index}` : `Chargé de programme ${index}`,
    dutyStations: [places[index % 3]!],
    contractType: ['CONSULTANCY', 'STAFF', 'INDIVIDUAL_CONTRACTOR'][index % 4 === 0 ? 0 : (index % 2) + 1],
  });
}

describeWithBroker('the change feed on JetStream', () => {
  describeEachDatabase('offers', 'a burst of offers through JetStream', (database) => {
    const broker = testBroker();
    const { ask, subgraph } = useOffersSubgraph(database, { workers: true, env: { ...broker.env, OUTBOX_POLL_MS: '50' } });
    let receiver: WebhookReceiver;
    afterAll(async () => {
      await receiver?.close();
      await broker.cleanup();
    });

    it(`delivers each of ${BURST} offers published in a burst to every matching saved search exactly once`, async () => {
      receiver = await startReceiver();
      const seeker = await bearer([], [], 'seeker');
      const admin = await bearer(['admin']);
      for (const [name, filter] of Object.entries(SEARCHES)) {
        const saved = await ask(
          'mutation ($filter: OfferFilter!, $url: String) { saveSearch(filter: $filter, webhookUrl: $url) { webhookSecret } }',
          { filter, url: `${receiver.url}/${name}` },
          seeker,
        );
        expect(saved.errors).toBeUndefined();
      }
      const started = Date.now();
      const ids: string[] = [];
      for (let start = 0; start < BURST; start += CONCURRENCY) {
        const batch = Array.from({ length: Math.min(CONCURRENCY, BURST - start) }, (_, offset) =>
          ask<{ createOffer: { id: string } }>(CREATE, { input: burstOffer(start + offset) }, admin),
        );
        for (const response of await Promise.all(batch)) {
          expect(response.errors).toBeUndefined();
          ids.push(response.data!.createOffer.id);
        }
      }
      const published = Date.now();
      // what each search must get: the burst's offers that `offers` lists for its filter
      const expected = new Map<string, Set<string>>();
      const burst = new Set(ids);
      for (const [name, filter] of Object.entries(SEARCHES)) {
        const listed = new Set<string>();
        let after: string | null = null;
        do {
          const page: { data?: OffersPage | null } = await ask<OffersPage>(LIST, { filter, first: 100, after });
          page.data!.offers.edges.forEach((edge) => burst.has(edge.node.id) && listed.add(edge.node.id));
          after = page.data!.offers.pageInfo.hasNextPage ? page.data!.offers.pageInfo.endCursor : null;
        } while (after);
        expected.set(name, listed);
      }
      const total = [...expected.values()].reduce((sum, set) => sum + set.size, 0);
      await receiver.waitFor(total, 150_000);
      const delivered = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 500));

      const received = receiver.received.map((request) => ({
        search: request.path.slice(1),
        delivery: request.headers['passerelle-delivery'] as string,
        body: JSON.parse(request.body) as { event: { id: string; subject: string } },
      }));
      const distinctDeliveries = new Set(received.map((request) => request.delivery));
      const got = new Map<string, string[]>();
      for (const request of received) got.set(request.search, [...(got.get(request.search) ?? []), request.body.event.subject]);
      for (const [name, offers] of expected) {
        const offersGot = got.get(name) ?? [];
        // each matching offer once, and nothing else
        expect([name, offersGot.length, new Set(offersGot).size]).toEqual([name, offers.size, offers.size]);
        expect([name, [...new Set(offersGot)].sort()]).toEqual([name, [...offers].sort()]);
      }
      expect(distinctDeliveries.size).toBe(received.length);
      expect(await broker.messages()).toBe(BURST);
      expect(await subgraph().dataSource.getRepository(MatchedEvent).count()).toBe(BURST);
      const sizes = [...expected].map(([name, offers]) => `${name} ${offers.size}`).join(', ');
      console.log(
        `burst (${database.label}): ${BURST} offers published in ${((published - started) / 1000).toFixed(1)} s; ` +
          `${BURST} events in the stream, 0 lost; ${total} deliveries expected (${sizes}), ${distinctDeliveries.size} received, ` +
          `${received.length - distinctDeliveries.size} duplicates, 0 missing; the last arrived ${((delivered - published) / 1000).toFixed(1)} s after the last publication`,
      );
    }, 240_000);
  });
});
