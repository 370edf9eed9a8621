import { bearer, describeEachDatabase } from '@passerelle/testing';
import { Offer } from '../src/offers/offer.entity';
import { insertSeedOffer } from '../src/seed/seed-offers';
import { openOffersOf } from '../src/open-offers/open-offers';
import type { SeedOffer } from '../src/seed/seed-data';
import { LIST, SEED_IDS, useOffersSubgraph, type OffersPage } from './support';

/** Offers in every state, added beside the seed (whose offers are all past their deadline). */
const fixture = (id: string, deadlineDate: string | null): SeedOffer => ({
  id,
  title: `Test offer ${id}`,
  organisationId: 'unops',
  organisationName: 'UNOPS',
  positions: 1,
  dutyStations: [{ city: 'Paris', countryCode: 'FR' }],
  contractType: 'STAFF',
  themes: [],
  languages: [],
  sourceLanguage: 'en',
  programmeIds: [],
  deadline: deadlineDate ? { stated: deadlineDate, date: deadlineDate, timeZone: 'Europe/Paris', timeZoneAssumed: false } : undefined,
});

describeEachDatabase('offers', 'offer status', (database) => {
  const { ask, ids, subgraph } = useOffersSubgraph(database);
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = await bearer(['admin']);
    const { dataSource } = subgraph();
    await dataSource.transaction(async (manager) => {
      for (const [id, deadline] of [
        ['open-offer', '2099-12-31'],
        ['open-offer-no-deadline', null],
        ['draft-offer', '2099-12-31'],
        ['closed-early-offer', '2099-06-30'],
      ] as const) {
        await insertSeedOffer(manager, fixture(id, deadline), [{ heading: null, body: 'A test offer.' }]);
      }
    });
    const offers = dataSource.getRepository(Offer);
    await offers.update('draft-offer', { state: 'DRAFT' });
    await offers.update('closed-early-offer', {
      state: 'CLOSED',
      closedAt: new Date('2026-01-05T10:00:00Z'),
      organisationId: 'intersos',
      postedAt: new Date('2025-12-01T09:00:00Z'),
    });
    await offers.update('open-offer', { postedAt: new Date('2026-01-10T08:00:00Z') });
    // written behind the process's back: its open offers in memory are loaded again, as at start-up
    await openOffersOf(dataSource)!.reload();
  });

  it('is OPEN before the deadline, CLOSED after it or once closed, DRAFT before publication', async () => {
    const response = await ask(
      `{
      open: offer(id: "open-offer") { status deadline }
      endless: offer(id: "open-offer-no-deadline") { status deadline }
      draft: offer(id: "draft-offer") { status }
      closedEarly: offer(id: "closed-early-offer") { status closedAt }
      past: offer(id: "${SEED_IDS.unops}") { status closedAt }
    }`,
      {},
      admin,
    );
    expect(response.data).toEqual({
      open: { status: 'OPEN', deadline: '2099-12-31T23:00:00.000Z' },
      endless: { status: 'OPEN', deadline: null },
      draft: { status: 'DRAFT' },
      closedEarly: { status: 'CLOSED', closedAt: '2026-01-05T10:00:00.000Z' },
      past: { status: 'CLOSED', closedAt: null },
    });
  });

  it('filters by the same rule; no status lists open and closed offers, never drafts', async () => {
    expect(await ids({ status: 'OPEN' })).toEqual(['open-offer', 'open-offer-no-deadline']);
    expect([...(await ids({ status: 'CLOSED' }))].sort()).toEqual([...Object.values(SEED_IDS), 'closed-early-offer'].sort());
    expect(await ids({ status: 'DRAFT' }, undefined, admin)).toEqual(['draft-offer']);
    // drafts are their organisation’s business (offer-access.test.ts)
    expect(await ids({ status: 'DRAFT' })).toEqual([]);
    expect(await ids({})).toHaveLength(7);
  });

  it('counts an organisation’s open offers and lists them on the organisation', async () => {
    const response = await ask(
      `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organisation { id openOfferCount open: offers(filter: { status: OPEN }) { totalCount } all: offers { totalCount } }
      }
    }`,
      { representations: ['unops', 'intersos'].map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(response.data).toEqual({
      _entities: [
        { id: 'unops', openOfferCount: 2, open: { totalCount: 2 }, all: { totalCount: 3 } },
        { id: 'intersos', openOfferCount: 0, open: { totalCount: 0 }, all: { totalCount: 2 } },
      ],
    });
  });

  it.each([['DEADLINE'], ['RECENT']])('pages by %s across offers with and without the date, with no overlap or gap', async (orderBy) => {
    const all = await ids({}, orderBy);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof ask<OffersPage>>> = await ask<OffersPage>(LIST, { first: 2, after, orderBy });
      const page = response.data!.offers;
      walked.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && walked.length < 20);
    expect(walked).toEqual(all);
  });

  it.each([
    ['DEADLINE', {}],
    ['RECENT', {}],
    ['RELEVANCE', { search: 'test offer' }],
  ])('continues an organisation’s first page (ranked for many organisations at once) with its cursors (%s)', async (orderBy, filter) => {
    const query = `query ($representations: [_Any!]!, $after: String, $orderBy: OfferOrder, $filter: OfferFilter) {
        _entities(representations: $representations) {
          ... on Organisation { offers(first: 1, after: $after, orderBy: $orderBy, filter: $filter) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
          } }
        }
      }`;
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const response = await ask<{ _entities: [{ offers: OffersPage['offers'] }] }>(query, {
        representations: [{ __typename: 'Organisation', id: 'unops' }],
        after,
        orderBy,
        filter,
      });
      const page: OffersPage['offers'] = response.data!._entities[0].offers;
      walked.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && walked.length < 20);
    expect(walked).toEqual(await ids({ ...filter, organisationIds: ['unops'] }, orderBy));
    expect(walked.length).toBeGreaterThan(1);
  });

  it('orders by recency: most recently posted first, offers with no posted date after', async () => {
    const recent = await ids({}, 'RECENT');
    expect(recent.slice(0, 2)).toEqual(['open-offer', 'closed-early-offer']);
    expect(recent.slice(2)).toEqual([...recent.slice(2)].sort());
  });

  it('orders by deadline: earliest first, offers with no deadline last', async () => {
    expect(await ids({}, 'DEADLINE')).toEqual([
      SEED_IDS.unWomen,
      SEED_IDS.unops,
      SEED_IDS.undp,
      SEED_IDS.intersos,
      'closed-early-offer',
      'open-offer',
      'open-offer-no-deadline',
    ]);
  });
});
