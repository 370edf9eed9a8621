import { describeEachDatabase } from '@passerelle/testing';
import { SEED_IDS, LIST, useOffersSubgraph, type OffersPage } from './support';

interface Facets {
  countries: { countryCode: string; count: number }[];
  contractTypes: { contractType: string; count: number }[];
  organisations: { organisation: { id: string }; count: number }[];
  themes: { theme: string; count: number }[];
}
interface FacetedPage {
  offers: { totalCount: number; edges: { node: { id: string; countryCodes: string[]; themes: string[] } }[]; facets: Facets };
}

const FACETS = /* GraphQL */ `
  query Facets($filter: OfferFilter) {
    offers(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          countryCodes
          themes
        }
      }
      facets {
        countries {
          countryCode
          count
        }
        contractTypes {
          contractType
          count
        }
        organisations {
          organisation {
            id
          }
          count
        }
        themes {
          theme
          count
        }
      }
    }
  }
`;

const sum = (facets: { count: number }[]) => facets.reduce((total, facet) => total + facet.count, 0);

describeEachDatabase('offers', 'offers connection', (database) => {
  const { ask, errorOf } = useOffersSubgraph(database);

  describe('facets', () => {
    const faceted = async (filter: Record<string, unknown>) => {
      const response = await ask<FacetedPage>(FACETS, { filter });
      expect(response.errors).toBeUndefined();
      return response.data!.offers;
    };

    it('count the whole result by country, contract type, organisation and theme', async () => {
      const { facets } = await faceted({});
      expect(facets.countries).toEqual([
        { countryCode: 'CD', count: 2 },
        { countryCode: 'HT', count: 1 },
        { countryCode: 'ML', count: 1 },
      ]);
      expect(facets.contractTypes).toEqual([
        { contractType: 'CONSULTANCY', count: 1 },
        { contractType: 'INDIVIDUAL_CONTRACTOR', count: 1 },
        { contractType: 'JPO', count: 1 },
        { contractType: 'UNSPECIFIED', count: 1 },
      ]);
      expect(facets.organisations.map((facet) => facet.organisation.id)).toEqual(['intersos', 'un-women', 'undp', 'unops']);
    });

    it.each([
      ['no filter', {}],
      ['DRC', { countryCodes: ['CD'] }],
      ['a search', { search: 'coordination' }],
      ['French speakers', { languages: ['fr'], status: 'CLOSED' }],
      ['nothing', { cities: ['Kinshasa'] }],
    ])('add up to totalCount under the same filter (%s)', async (_, filter) => {
      const { totalCount, edges, facets } = await faceted(filter);
      expect(sum(facets.contractTypes)).toBe(totalCount);
      expect(sum(facets.organisations)).toBe(totalCount);
      // an offer counts once under each of its countries and themes
      expect(sum(facets.countries)).toBe(edges.reduce((total, edge) => total + edge.node.countryCodes.length, 0));
      expect(sum(facets.themes)).toBe(edges.reduce((total, edge) => total + edge.node.themes.length, 0));
    });

    it('follow the filter', async () => {
      const { totalCount, facets } = await faceted({ countryCodes: ['CD'] });
      expect(totalCount).toBe(2);
      expect(facets.countries).toEqual([{ countryCode: 'CD', count: 2 }]);
      expect(facets.contractTypes).toEqual([
        { contractType: 'CONSULTANCY', count: 1 },
        { contractType: 'UNSPECIFIED', count: 1 },
      ]);
    });
  });

  describe('pagination', () => {
    const everyPage = async (variables: Record<string, unknown>) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const response: Awaited<ReturnType<typeof ask<OffersPage>>> = await ask<OffersPage>(LIST, { ...variables, first: 1, after });
        expect(response.errors).toBeUndefined();
        const page = response.data!.offers;
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    const allAtOnce = async (variables: Record<string, unknown>) =>
      (await ask<OffersPage>(LIST, { ...variables, first: 100 })).data!.offers.edges.map((edge) => edge.node.id);

    it.each([
      ['by deadline', {}],
      ['by recency, where every posted date is unknown', { orderBy: 'RECENT' }],
      ['by relevance, with ties', { filter: { search: 'postes' } }],
      ['by relevance, within a filter', { filter: { search: 'femmes', countryCodes: ['ML', 'HT'] } }],
    ])('walks one offer at a time with no overlap and no gap (%s)', async (_, variables) => {
      const walked = await everyPage(variables);
      expect(walked).toEqual(await allAtOnce(variables));
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.length).toBeGreaterThan(1);
    });

    it('reports the total across pages and no next page at the end', async () => {
      const first = await ask<OffersPage>(LIST, { first: 3 });
      expect(first.data!.offers).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const rest = await ask<OffersPage>(LIST, { first: 3, after: first.data!.offers.pageInfo.endCursor });
      expect(rest.data!.offers.edges.map((edge) => edge.node.id)).toEqual([SEED_IDS.intersos]);
      expect(rest.data!.offers.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('bad input is refused with BAD_USER_INPUT, naming the argument', () => {
    const refusal = (field: string) => ({ code: 'BAD_USER_INPUT', field });

    it('a page size over 100, or negative', async () => {
      expect(await errorOf(LIST, { first: 101 })).toMatchObject(refusal('first'));
      expect(await errorOf(LIST, { first: -1 })).toMatchObject(refusal('first'));
    });

    it('a cursor that was not ours, or made for another ordering', async () => {
      expect(await errorOf(LIST, { after: 'bm90LWEtY3Vyc29y' })).toMatchObject(refusal('after'));
      const forged = Buffer.from(JSON.stringify({ o: 'DEADLINE', k: ['not a date', 'x'] })).toString('base64url');
      expect(await errorOf(LIST, { after: forged })).toMatchObject(refusal('after'));
      const byDeadline = (await ask<OffersPage>(LIST, { first: 1 })).data!.offers.pageInfo.endCursor;
      expect(await errorOf(LIST, { after: byDeadline, orderBy: 'RECENT' })).toMatchObject(refusal('after'));
    });

    it('a malformed country or language code', async () => {
      for (const code of ['cd', 'COD', 'C']) {
        expect(await errorOf(LIST, { filter: { countryCodes: [code] } })).toMatchObject(refusal('filter.countryCodes'));
      }
      for (const code of ['FR', 'fra', 'f1']) {
        expect(await errorOf(LIST, { filter: { languages: [code] } })).toMatchObject(refusal('filter.languages'));
      }
    });

    it('an unknown enum value in variables', async () => {
      for (const filter of [{ contractTypes: ['FREELANCE'] }, { status: 'ARCHIVED' }]) {
        const response = await ask(LIST, { filter });
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        // graphql-js names the variable and the path within it
        expect(response.errors?.[0]?.message).toMatch(/Variable "\$filter" got invalid value .* at "filter\.(contractTypes\[0\]|status)"/);
      }
    });

    it('relevance ordering without a search, an inverted range, an overlong search or one of too many words', async () => {
      expect(await errorOf(LIST, { orderBy: 'RELEVANCE' })).toMatchObject(refusal('orderBy'));
      const inverted = { deadline: { from: '2020-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' } };
      expect(await errorOf(LIST, { filter: inverted })).toMatchObject(refusal('filter.deadline'));
      expect(await errorOf(LIST, { filter: { search: 'protection '.repeat(30) } })).toMatchObject(refusal('filter.search'));
      const words = Array.from({ length: 21 }, (_, index) => `mot${index}`).join(' ');
      expect(await errorOf(LIST, { filter: { search: words } })).toMatchObject(refusal('filter.search'));
    });
  });
});
