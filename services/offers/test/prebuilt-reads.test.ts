import { In } from 'typeorm';
import { describeEachDatabase } from '@passerelle/testing';
import { Offer } from '../src/offers/offer.entity';
import { OfferStore } from '../src/offers/offer-reads';
import { visibleOffersStatement } from '../src/offers/offer-statements';
import { insertSeedOffer } from '../src/seed/seed-offers';
import { useOffersSubgraph } from './support';

/*
 * The hot reads run prebuilt SQL with rows mapped by readers derived from the entity (offer-statements.ts): they must give the
 * objects TypeORM's entity path gives, on both databases, dates, booleans and nulls alike;
 * and a list page reads no description unless it shows one.
 */
describeEachDatabase('prebuilt_offers', 'offers read by prebuilt SQL', (database) => {
  const { ask, queries, subgraph } = useOffersSubgraph(database);

  beforeAll(async () => {
    // beside the seed (whose offers all have deadlines): one with as little as an offer may have
    await subgraph().dataSource.transaction((manager) =>
      insertSeedOffer(
        manager,
        {
          id: 'bare-offer',
          title: 'Bare offer',
          organisationId: 'unops',
          organisationName: 'UNOPS',
          positions: 2,
          dutyStations: [],
          contractType: 'OTHER',
          themes: [],
          languages: [],
          sourceLanguage: 'en',
          programmeIds: [],
        },
        [
          { heading: null, body: 'Little is said.' },
          { heading: 'Profile', body: 'Anyone.' },
        ],
      ),
    );
  });

  const entities = async (): Promise<Offer[]> =>
    await subgraph()
      .dataSource.getRepository(Offer)
      .find({ order: { id: 'ASC' } });

  it('reads every column the entity declares, each under the name TypeORM gives it', () => {
    const [statement] = visibleOffersStatement(['bare-offer'], 'all');
    const selected = /^SELECT (.*) FROM offers /.exec(statement)![1]!.split(', ');
    const declared = subgraph()
      .dataSource.getMetadata(Offer)
      .columns.map((column) => column.databaseName);
    expect([...selected].sort()).toEqual([...declared].sort());
  });

  it('maps every column of an offer as the entity path does', async () => {
    const expected = await entities();
    // the seed exercises what mapping can get wrong: both booleans, null and set dates and numbers
    expect(new Set(expected.map((offer) => offer.deadlineTimeZoneAssumed))).toEqual(new Set([true, false]));
    expect(expected.some((offer) => offer.deadline === null) && expected.some((offer) => offer.deadline instanceof Date)).toBe(true);
    expect(expected.some((offer) => offer.durationMonths === null) && expected.some((offer) => offer.durationMonths !== null)).toBe(true);

    const store = new OfferStore(subgraph().dataSource);
    const ids = expected.map((offer) => offer.id);
    const whole = (await store.findVisibleByIds(ids, 'all')).sort((a, b) => a.id.localeCompare(b.id));
    expect(whole).toEqual(expected.map((offer) => ({ ...offer })));

    const descriptions = await store.descriptionsByIds(ids);
    expect(ids.map((id) => descriptions.get(id))).toEqual(
      expected.map(({ description, descriptionSections }) => ({ description, descriptionSections })),
    );
  });

  it('leaves out the drafts a viewer may not see, and keeps those it may', async () => {
    const store = new OfferStore(subgraph().dataSource);
    const all = await entities();
    const draft = all.find((offer) => offer.state === 'DRAFT');
    const ids = all.map((offer) => offer.id);
    const publicIds = all
      .filter((offer) => offer.state !== 'DRAFT')
      .map((offer) => offer.id)
      .sort();
    expect((await store.findVisibleByIds(ids, [])).map((offer) => offer.id).sort()).toEqual(publicIds);
    if (draft) {
      const editor = await store.findVisibleByIds(ids, [draft.organisationId]);
      expect(editor.map((offer) => offer.id)).toContain(draft.id);
    }
    const found = await subgraph()
      .dataSource.getRepository(Offer)
      .findBy({ id: In(publicIds) });
    expect(found).toHaveLength(publicIds.length);
  });

  it('reads no description for a list page that shows none, and all of a page’s at once for one that does', async () => {
    queries.reset();
    const bare = await ask<{ offers: { edges: { node: { id: string } }[] } }>(
      '{ offers(first: 50) { edges { node { id title deadline } } } }',
    );
    expect(bare.errors).toBeUndefined();
    expect(queries.selects().filter((sql) => /description/.test(sql))).toEqual([]);

    queries.reset();
    const described = await ask<{ offers: { edges: { node: { id: string; description: string; descriptionSections: unknown[] } }[] } }>(
      '{ offers(first: 50) { edges { node { id description descriptionSections { heading body } } } } }',
    );
    expect(described.errors).toBeUndefined();
    expect(queries.selects().filter((sql) => /description/.test(sql))).toHaveLength(1);
    const pages = described.data!.offers.edges.map(({ node }) => node);
    expect(pages.length).toBeGreaterThan(1);
    for (const node of pages) {
      const one = await ask<{ offer: { description: string; descriptionSections: unknown[] } }>(
        'query One($id: ID!) { offer(id: $id) { description descriptionSections { heading body } } }',
        { id: node.id },
      );
      expect({ description: node.description, descriptionSections: node.descriptionSections }).toEqual(one.data!.offer);
    }
  });
});
