import { describeEachDatabase } from '@passerelle/testing';
import { criteriaOf, type OfferFilterInput } from '../src/offers/offer-filter';
import { Offer } from '../src/offers/offer.entity';
import { matchingOfferIds } from '../src/saved-searches/matcher';
import { openOffersOf } from '../src/open-offers/open-offers';
import { LIST, useOffersSubgraph, type OffersPage } from './support';
import { loadBenchOffers } from './bench-data';

// The bench generator, from the services' sources (bench-data.ts).
jest.mock('../../../infra/bench/src/dataset/service-code', () =>
  jest.requireActual<typeof import('./bench-data')>('./bench-data').serviceCodeFromSources(),
);

/** A small slice of the bench data set: the same generator, a few hundred offers. */
const BENCH_OFFERS = 600;

const DAY = 86_400_000;

describeEachDatabase('offers', 'saved searches match as offers lists', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  let filters: [string, OfferFilterInput][];

  beforeAll(async () => {
    const { dataSource } = subgraph();
    await loadBenchOffers(dataSource, BENCH_OFFERS);
    // loaded behind the process's back: its open offers in memory are loaded again, as at start-up
    await openOffersOf(dataSource)!.reload();
    // values the data holds, most frequent first
    const common = async (sql: string) => (await dataSource.query<{ value: string }[]>(sql)).map((row) => row.value);
    const [country, secondCountry] = await common(
      'SELECT country_code AS value FROM offer_countries GROUP BY country_code ORDER BY COUNT(*) DESC, country_code LIMIT 2',
    );
    const [city] = await common('SELECT city AS value FROM offer_duty_stations GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT 1');
    const [organisation] = await common(
      'SELECT organisation_id AS value FROM offers GROUP BY organisation_id ORDER BY COUNT(*) DESC, organisation_id LIMIT 1',
    );
    const [programme] = await common(
      'SELECT programme_id AS value FROM offer_programmes GROUP BY programme_id ORDER BY COUNT(*) DESC, programme_id LIMIT 1',
    );
    const [theme] = await common('SELECT theme AS value FROM offer_themes GROUP BY theme ORDER BY COUNT(*) DESC, theme LIMIT 1');
    const now = Date.now();
    filters = [
      ['everything', {}],
      ['open', { status: 'OPEN' }],
      ['closed', { status: 'CLOSED' }],
      ['a country', { countryCodes: [country!] }],
      ['two countries, open', { countryCodes: [country!, secondCountry!], status: 'OPEN' }],
      ['a city, folded', { cities: [city!.toUpperCase()] }],
      ['an organisation', { organisationIds: [organisation!] }],
      ['a programme, closed', { programmeIds: [programme!], status: 'CLOSED' }],
      ['a theme and a language', { themes: [theme!], languages: ['en'] }],
      ['contract types', { contractTypes: ['CONSULTANCY', 'JPO'] }],
      ['a word', { search: 'coordination' }],
      ['a prefix, open', { search: 'coord', status: 'OPEN' }],
      ['French words with an accent', { search: 'sécurité alimentaire' }],
      ['only function words', { search: 'de la the' }],
      ['deadline in the next month', { deadline: { from: new Date(now), to: new Date(now + 30 * DAY) } }],
      ['posted this year', { postedAt: { from: new Date(now - 365 * DAY) } }],
      ['search, country and contract type', { search: 'protection', countryCodes: [country!], contractTypes: ['STAFF', 'CONSULTANCY'] }],
      // the seed postings
      ['seed: DRC archive', { countryCodes: ['CD'], status: 'CLOSED' }],
      ['seed: child protection', { search: "protection de l'enfance" }],
      ['seed: Bunia', { cities: ['bunia'] }],
      ['seed: UNOPS', { organisationIds: ['unops'] }],
      ['seed: ISSSS', { programmeIds: ['issss'] }],
      ['seed: Haitian Creole', { languages: ['ht'] }],
    ];
  }, 120_000);

  /** Every id `offers(filter:)` lists, page by page, over real HTTP. */
  const listed = async (filter: OfferFilterInput): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof ask<OffersPage>>> = await ask<OffersPage>(LIST, {
        filter: wire(filter),
        first: 100,
        after,
      });
      expect(response.errors).toBeUndefined();
      ids.push(...response.data!.offers.edges.map((edge) => edge.node.id));
      after = response.data!.offers.pageInfo.hasNextPage ? response.data!.offers.pageInfo.endCursor : null;
    } while (after);
    return ids.sort();
  };

  it('matches, for every filter, exactly the offers `offers` lists (seed and bench data)', async () => {
    const { dataSource } = subgraph();
    const allIds = (await dataSource.getRepository(Offer).find({ select: { id: true } })).map((offer) => offer.id);
    expect(allIds.length).toBe(BENCH_OFFERS + 4);
    const counts: string[] = [];
    for (const [name, filter] of filters) {
      const expected = await listed(filter);
      const matched = new Set<string>();
      for (let start = 0; start < allIds.length; start += 250) {
        const chunk = allIds.slice(start, start + 250);
        for (const id of await matchingOfferIds(dataSource.manager, criteriaOf(filter), chunk, new Date())) matched.add(id);
      }
      expect([name, [...matched].sort()]).toEqual([name, expected]);
      counts.push(`${name}: ${expected.length}`);
    }
    console.log(`saved-search matching agrees with offers (${database.label}, ${allIds.length} offers): ${counts.join('; ')}`);
    // the filters are not all empty or all everything: the comparison means something
    const sizes = new Set(counts.map((entry) => entry.split(': ')[1]));
    expect(sizes.size).toBeGreaterThan(10);
  });
});

/** The filter as a client sends it: instants as ISO strings. */
function wire(filter: OfferFilterInput): Record<string, unknown> {
  return JSON.parse(JSON.stringify(filter)) as Record<string, unknown>;
}
