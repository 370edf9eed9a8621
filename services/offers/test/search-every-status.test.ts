import { describeEachDatabase } from '@passerelle/testing';
import { criteriaOf } from '../src/offers/offer-filter';
import { openOffersOf } from '../src/open-offers/open-offers';
import { loadBenchOffers } from './bench-data';
import { BENCH_SEARCHES, SEED_SEARCHES, seedModel } from './relevance-set';
import { LIST, useOffersSubgraph, type OffersPage } from './support';

jest.mock('../../../infra/bench/src/dataset/service-code', () =>
  jest.requireActual<typeof import('./bench-data')>('./bench-data').serviceCodeFromSources(),
);

/*
 * A search means the same whatever its status filter: open offers are answered from memory,
 * closed ones and the archive from SQL, with the same misspellings, synonyms and ranking
 * (search-expansion.ts). The seed postings are all closed (their deadlines passed years ago).
 */

/** Every id `offers(filter:)` lists, page by page, in order, and the total it states. */
const listedBy =
  (ask: ReturnType<typeof useOffersSubgraph>['ask']) =>
  async (filter: Record<string, unknown>): Promise<{ ids: string[]; totalCount: number }> => {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const response: Awaited<ReturnType<typeof ask<OffersPage>>> = await ask<OffersPage>(LIST, { filter, first: 40, after });
      expect(response.errors).toBeUndefined();
      totalCount = response.data!.offers.totalCount;
      ids.push(...response.data!.offers.edges.map((edge) => edge.node.id));
      after = response.data!.offers.pageInfo.hasNextPage ? response.data!.offers.pageInfo.endCursor : null;
    } while (after);
    return { ids, totalCount };
  };

describeEachDatabase('offers', 'a search means the same for every status (seed postings)', (database) => {
  const { ask } = useOffersSubgraph(database);
  const listed = listedBy(ask);

  it('finds the archived seed postings as the open ones would be found: the other language, misspellings, the same order', async () => {
    const model = seedModel();
    for (const [search, expected] of SEED_SEARCHES) {
      const asOpen = model
        .page({ criteria: criteriaOf({ search, status: 'OPEN' }), now: new Date(), drafts: [] }, 'RELEVANCE', 100, null)
        .matches.map((match) => match.offer.id);
      const closed = await listed({ search, status: 'CLOSED' });
      const archive = await listed({ search });
      expect([search, closed.ids]).toEqual([search, asOpen]);
      expect([search, archive.ids, archive.totalCount]).toEqual([search, asOpen, asOpen.length]);
      expect([search, new Set(closed.ids.slice(0, expected.length))]).toEqual([search, new Set(expected)]);
    }
  });
});

describeEachDatabase('offers', 'a search means the same for every status (bench data)', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  const listed = listedBy(ask);

  beforeAll(async () => {
    const { dataSource } = subgraph();
    await loadBenchOffers(dataSource, 600);
    // loaded behind the process's back: its open offers in memory are loaded again, as at start-up
    await openOffersOf(dataSource)!.reload();
  }, 120_000);

  it('finds on bench data, closed or open, what the same search finds with no status, in the same order', async () => {
    const sizes: string[] = [];
    for (const [search] of BENCH_SEARCHES) {
      const open = await listed({ search, status: 'OPEN' });
      const closed = await listed({ search, status: 'CLOSED' });
      const every = await listed({ search });
      const openIds = new Set(open.ids);
      expect([search, every.ids.filter((id) => openIds.has(id))]).toEqual([search, open.ids]);
      expect([search, every.ids.filter((id) => !openIds.has(id))]).toEqual([search, closed.ids]);
      expect([search, every.totalCount]).toEqual([search, open.totalCount + closed.totalCount]);
      sizes.push(`${search}: ${open.ids.length} open, ${closed.ids.length} closed`);
    }
    console.log(`searches on ${database.label}: ${sizes.join('; ')}`);
    // the forgiving searches find closed offers too
    for (const search of ['gendre', 'VBG', 'GBV', 'genre', 'livelihods', 'logistcs']) {
      expect([search, (await listed({ search, status: 'CLOSED' })).ids.length > 0]).toEqual([search, true]);
    }
  });
});
