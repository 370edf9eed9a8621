import { bearer, describeEachDatabase, testDatabaseTargets, type GraphQLResponse } from '@passerelle/testing';
import { MAX_SAVED_SEARCHES } from '../src/saved-searches/saved-search-store';
import { LIST, useOffersSubgraph, type OffersPage } from './support';
import { signatureIsValid, startReceiver, type WebhookReceiver } from './webhook-receiver';
import { CLOSE, CREATE, offerInput } from './writes-support';

const SAVE = /* GraphQL */ `
  mutation Save($filter: OfferFilter!, $webhookUrl: String, $name: String) {
    saveSearch(filter: $filter, webhookUrl: $webhookUrl, name: $name) {
      webhookSecret
      savedSearch {
        id
        name
        webhookUrl
        filter {
          countryCodes
          contractTypes
          status
          deadline {
            from
            to
          }
        }
      }
    }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query Deliveries($id: ID!, $status: WebhookDeliveryStatus) {
    savedSearch(id: $id) {
      deliveries(status: $status) {
        totalCount
        edges {
          node {
            eventType
            offerVersion
            status
            attempts
            lastResponseStatus
            lastError
            nextAttemptAt
            deliveredAt
            offer {
              id
            }
          }
        }
      }
    }
  }
`;

interface Saved {
  saveSearch: {
    webhookSecret: string | null;
    savedSearch: { id: string; name: string | null; webhookUrl: string | null; filter: Record<string, unknown> };
  };
}
interface Delivery {
  eventType: string;
  offerVersion: number;
  status: string;
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  offer: { id: string } | null;
}
interface Deliveries {
  savedSearch: { deliveries: { totalCount: number; edges: { node: Delivery }[] } } | null;
}

const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions;

/** Retries after 250, 500, 1000 ms (the dispatcher looks every 200 ms); the fourth attempt is the last. */
const RETRY_BASE_MS = 250;
const FEED_ENV = {
  OUTBOX_POLL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
  WEBHOOK_MAX_ATTEMPTS: '4',
  WEBHOOK_TIMEOUT_MS: '2000',
};

describeEachDatabase('offers', 'saved searches and webhooks', (database) => {
  const { ask } = useOffersSubgraph(database, { workers: true, env: FEED_ENV });
  let alice: Record<string, string>;
  let bob: Record<string, string>;
  let admin: Record<string, string>;
  const receivers: WebhookReceiver[] = [];
  beforeAll(async () => {
    alice = await bearer([], [], 'alice');
    bob = await bearer([], [], 'bob');
    admin = await bearer(['admin'], [], 'publisher');
  });
  afterAll(async () => {
    for (const receiver of receivers) await receiver.close();
  });

  const receiver = async (answer?: Parameters<typeof startReceiver>[0]) => {
    const started = await startReceiver(answer);
    receivers.push(started);
    return started;
  };
  const save = (variables: Record<string, unknown>, who = alice) => ask<Saved>(SAVE, variables, who);
  const saved = async (variables: Record<string, unknown>, who = alice) => {
    const response = await save(variables, who);
    expect(response.errors).toBeUndefined();
    return response.data!.saveSearch;
  };
  const publish = async (overrides: Record<string, unknown>) => {
    const response = await ask<{ createOffer: { id: string } }>(CREATE, { input: offerInput({ status: 'OPEN', ...overrides }) }, admin);
    expect(response.errors).toBeUndefined();
    return response.data!.createOffer.id;
  };
  const deliveriesOf = async (id: string, who = alice, status?: string) => {
    const response = await ask<Deliveries>(DELIVERIES, { id, status }, who);
    return response;
  };
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('needs a signed-in caller, and gives the webhook secret once', async () => {
    expect(errorOf(await save({ filter: {} }, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const { savedSearch, webhookSecret } = await saved({
      filter: { countryCodes: ['CD'], contractTypes: ['CONSULTANCY'], deadline: { from: '2030-01-01T00:00:00Z' } },
      webhookUrl: 'http://127.0.0.1:9/hooks',
      name: 'Consultancies in the DRC',
    });
    expect(webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(savedSearch).toMatchObject({
      name: 'Consultancies in the DRC',
      webhookUrl: 'http://127.0.0.1:9/hooks',
      filter: {
        countryCodes: ['CD'],
        contractTypes: ['CONSULTANCY'],
        status: null,
        deadline: { from: '2030-01-01T00:00:00.000Z', to: null },
      },
    });
    const listed = await ask<{ savedSearches: { id: string; webhookSecret?: string }[] }>('{ savedSearches { id } }', {}, alice);
    expect(listed.data!.savedSearches.map((search) => search.id)).toContain(savedSearch.id);
    expect((await saved({ filter: {} })).webhookSecret).toBeNull();
  });

  it("keeps each user's searches to them: another user's is NOT_FOUND, never FORBIDDEN", async () => {
    const { savedSearch } = await saved({ filter: { themes: ['gender'] }, webhookUrl: 'http://127.0.0.1:9/x' });
    expect((await ask<{ savedSearches: { id: string }[] }>('{ savedSearches { id } }', {}, bob)).data!.savedSearches).toEqual([]);
    expect(errorOf(await deliveriesOf(savedSearch.id, bob))).toMatchObject({ code: 'NOT_FOUND' });
    const deleteAs = (who: Record<string, string>) =>
      ask<{ deleteSavedSearch: string }>('mutation ($id: ID!) { deleteSavedSearch(id: $id) }', { id: savedSearch.id }, who);
    expect(errorOf(await deleteAs(bob))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await deleteAs(admin))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await deleteAs(alice)).data).toEqual({ deleteSavedSearch: savedSearch.id });
    expect(errorOf(await deliveriesOf(savedSearch.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await deleteAs(alice))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks the filter as offers does, and the name and webhook URL, naming the argument', async () => {
    expect(errorOf(await save({ filter: { countryCodes: ['cd'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.countryCodes',
    });
    expect(errorOf(await save({ filter: { status: 'DRAFT' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status' });
    expect(errorOf(await save({ filter: { contractTypes: ['NOPE'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.contractTypes.0',
    });
    expect(errorOf(await save({ filter: {}, webhookUrl: 'ftp://example.org/x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'webhookUrl',
    });
    expect(errorOf(await save({ filter: {}, webhookUrl: 'http://user:secret@127.0.0.1/x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'webhookUrl',
    });
    expect(errorOf(await save({ filter: {}, name: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} searches per user`, async () => {
    const carol = await bearer([], [], 'carol');
    for (let index = 0; index < MAX_SAVED_SEARCHES; index += 1) await saved({ filter: { search: `mot${index}` } }, carol);
    const refused = await save({ filter: {} }, carol);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors![0]!.message).toMatch(/50 saved searches/);
  });

  it('POSTs each offer that comes to match, signed, once per event, and records the delivery', async () => {
    const hooks = await receiver();
    const drc = await saved({ filter: { countryCodes: ['CD'], contractTypes: ['CONSULTANCY'] }, webhookUrl: `${hooks.url}/drc` });
    const france = await saved({ filter: { countryCodes: ['FR'] }, webhookUrl: `${hooks.url}/france` });
    const matching = await publish({ contractType: 'CONSULTANCY', applyUrl: 'https://jobs.example.org/apply/42' });
    await publish({ contractType: 'STAFF' });
    await hooks.waitFor(1);
    await ask(CLOSE, { id: matching }, admin);
    await hooks.waitFor(2);
    // time enough for a wrong delivery (the STAFF offer, the other search) to arrive too
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hooks.received.map((request) => request.path)).toEqual(['/drc', '/drc']);
    const [published, closed] = hooks.received.map((request) => ({
      ...request,
      json: JSON.parse(request.body) as Record<string, unknown>,
    }));
    for (const request of [published!, closed!]) {
      expect(signatureIsValid(request.headers['passerelle-signature'] as string, request.body, drc.webhookSecret!)).toBe(true);
      expect(signatureIsValid(request.headers['passerelle-signature'] as string, request.body, france.webhookSecret!)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['passerelle-delivery']).toBe(request.json.id);
      expect(request.json.savedSearch).toEqual({ id: drc.savedSearch.id, name: null });
    }
    expect(published!.json.event).toMatchObject({
      type: 'passerelle.offer.published',
      subject: matching,
      entityversion: 1,
      data: { applyUrl: 'https://jobs.example.org/apply/42' },
    });
    expect(closed!.headers['passerelle-event']).toBe('offer.closed');
    expect(closed!.json.event).toMatchObject({
      type: 'passerelle.offer.closed',
      subject: matching,
      entityversion: 2,
      data: { status: 'CLOSED', reason: 'explicit' },
    });
    const response = await until(
      () => deliveriesOf(drc.savedSearch.id),
      (r) => r.data?.savedSearch?.deliveries.edges.every((e) => e.node.status === 'DELIVERED') ?? false,
    );
    expect(response.data!.savedSearch!.deliveries).toMatchObject({
      totalCount: 2,
      edges: [
        {
          node: {
            eventType: 'offer.closed',
            offerVersion: 2,
            status: 'DELIVERED',
            attempts: 1,
            lastResponseStatus: 204,
            nextAttemptAt: null,
            offer: { id: matching },
          },
        },
        {
          node: {
            eventType: 'offer.published',
            offerVersion: 1,
            status: 'DELIVERED',
            attempts: 1,
            lastResponseStatus: 204,
            offer: { id: matching },
          },
        },
      ],
    });
    expect((await deliveriesOf(france.savedSearch.id)).data!.savedSearch!.deliveries.totalCount).toBe(0);
  });

  it('tries a failing receiver again after a doubling pause: failing the first 3 tries, it gets the delivery on the 4th', async () => {
    const flaky = await receiver((_request, earlier) => (earlier < 3 ? 500 : 200));
    const { savedSearch } = await saved({ filter: { cities: ['Kalemie'] }, webhookUrl: flaky.url });
    await publish({ dutyStations: [{ city: 'Kalemie', countryCode: 'CD' }] });
    await flaky.waitFor(4);
    const deliveryIds = new Set(flaky.received.map((request) => request.headers['passerelle-delivery']));
    const pauses = flaky.received.slice(1).map((request, index) => request.at - flaky.received[index]!.at);
    console.log(
      `webhook retries (${database.label}): answers ${flaky.received.map((r) => r.answered).join(', ')}; pauses between attempts ${pauses.map((p) => `${p} ms`).join(', ')} (base ${RETRY_BASE_MS} ms, doubling); delivered on attempt 4`,
    );
    expect(deliveryIds.size).toBe(1);
    expect(flaky.received.map((request) => request.answered)).toEqual([500, 500, 500, 200]);
    pauses.forEach((pause, index) => {
      expect(pause).toBeGreaterThanOrEqual(RETRY_BASE_MS * 2 ** index - 5);
      expect(pause).toBeLessThan(RETRY_BASE_MS * 2 ** index + 400);
    });
    const response = await until(
      () => deliveriesOf(savedSearch.id),
      (r) => r.data?.savedSearch?.deliveries.edges[0]?.node.status === 'DELIVERED',
    );
    expect(response.data!.savedSearch!.deliveries.edges.map((edge) => edge.node)).toMatchObject([
      { status: 'DELIVERED', attempts: 4, lastResponseStatus: 200, lastError: null },
    ]);
  });

  it('keeps a DEAD record after the last attempt fails, and sends it no more', async () => {
    const down = await receiver(() => 503);
    const { savedSearch } = await saved({ filter: { cities: ['Uvira'] }, webhookUrl: down.url });
    await publish({ dutyStations: [{ city: 'Uvira', countryCode: 'CD' }] });
    await down.waitFor(4);
    const response = await until(
      () => deliveriesOf(savedSearch.id, alice, 'DEAD'),
      (r) => r.data?.savedSearch?.deliveries.totalCount === 1,
    );
    expect(response.data!.savedSearch!.deliveries.edges.map((edge) => edge.node)).toMatchObject([
      { status: 'DEAD', attempts: 4, lastResponseStatus: 503, lastError: 'answered HTTP 503', nextAttemptAt: null, deliveredAt: null },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(down.received).toHaveLength(4);
    expect((await deliveriesOf(savedSearch.id, alice, 'PENDING')).data!.savedSearch!.deliveries.totalCount).toBe(0);
  });

  it('lists what the saved filter matches now, as offers does', async () => {
    const filter = { countryCodes: ['CD'], status: 'CLOSED' };
    const { savedSearch } = await saved({ filter });
    const viaSearch = await ask<{ savedSearch: { offers: OffersPage['offers'] } }>(
      'query ($id: ID!) { savedSearch(id: $id) { offers(first: 100) { totalCount edges { node { id } } } } }',
      { id: savedSearch.id },
      alice,
    );
    const direct = await ask<OffersPage>(LIST, { filter, first: 100 });
    expect(viaSearch.data!.savedSearch.offers.totalCount).toBeGreaterThan(0);
    expect(viaSearch.data!.savedSearch.offers.edges).toEqual(direct.data!.offers.edges.map(({ node }) => ({ node })));
  });
});

describe('webhook URLs in production', () => {
  const [database] = testDatabaseTargets('offers');
  afterAll(() => database!.cleanup());
  const { ask } = useOffersSubgraph(database!, { production: true });
  const fieldOf = async (webhookUrl: string) => errorOf(await ask(SAVE, { filter: {}, webhookUrl }, await bearer([], [], 'dana')))?.field;

  it.each([
    ['plain http', 'http://hooks.example.org/passerelle'],
    ['loopback', 'https://127.0.0.1/hooks'],
    ['loopback by name', 'https://localhost/hooks'],
    ['IPv6 loopback', 'https://[::1]/hooks'],
    ['a private network', 'https://10.1.2.3/hooks'],
    ['another private network', 'https://192.168.1.20/hooks'],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest'],
    ['IPv6 unique-local', 'https://[fd12:3456::1]/hooks'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks'],
  ])('refuses %s', async (_what, url) => {
    expect(await fieldOf(url)).toBe('webhookUrl');
  });

  it('accepts https to a public address', async () => {
    const response = await ask<Saved>(SAVE, { filter: {}, webhookUrl: 'https://93.184.215.14/hooks' }, await bearer([], [], 'dana'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.saveSearch.webhookSecret).toMatch(/^whsec_/);
  });
});
