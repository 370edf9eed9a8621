import { describeEachDatabase } from '@passerelle/testing';
import { SEED_IDS, useOffersSubgraph } from './support';

const { undp, unWomen, intersos, unops } = SEED_IDS;
const sorted = (ids: string[]) => [...ids].sort();

describeEachDatabase('offers', 'offers search and filters', (database) => {
  const { ask, ids } = useOffersSubgraph(database);
  const search = (text: string) => ids({ search: text });

  describe('full-text search over title and description', () => {
    it('finds the INTERSOS post by a French phrase, whatever the apostrophe', async () => {
      expect(await search("protection de l'enfance")).toEqual([intersos]);
      expect(await search('protection de l’enfance')).toEqual([intersos]);
    });

    it('ignores case and accents, in the text and in the query', async () => {
      for (const text of ['enfance', 'ENFANCE', 'Enfance', 'énfance']) expect(await search(text)).toEqual([intersos]);
      for (const text of ['stabilisation', 'STABILISATION']) expect(await search(text)).toEqual([undp]);
      // the UNDP posting writes "Stratégie Internationale de Soutien à la Sécurité et la Stabilisation"
      expect(await search('STRATEGIE securite stabilisation')).toEqual([undp]);
      expect(await search('Haïti')).toEqual(await search('haiti'));
      // "mise en œuvre", typed without the ligature
      expect(await search('oeuvre')).toHaveLength(4);
      expect(await search('haiti')).toEqual([unops]);
    });

    it('finds English words too', async () => {
      expect(await search('Junior Professional Officer')).toEqual([unWomen]);
      expect(await search('interviews Brussels')).toEqual([unWomen]);
    });

    it('matches words by their beginning, and singular and plural alike', async () => {
      expect(await search('stabilis')).toEqual([undp]);
      expect(await search('femme')).toEqual(await search('femmes'));
      expect(sorted(await search('femme'))).toEqual(sorted([unWomen, unops]));
    });

    it('finds nothing for a search of function words only, whatever else the filter says', async () => {
      for (const orderBy of ['DEADLINE', 'RECENT']) {
        const response = await ask<{ offers: { totalCount: number; edges: unknown[] } }>(
          `query ($orderBy: OfferOrder) { offers(filter: { search: "de la", countryCodes: ["CD"] }, orderBy: $orderBy) { totalCount edges { cursor } } }`,
          { orderBy },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.offers).toEqual({ totalCount: 0, edges: [] });
      }
      expect(await ids({ countryCodes: ['CD'] })).not.toEqual([]);
    });

    it('needs every word of the query', async () => {
      expect(await search('protection haiti')).toEqual([]);
      expect(await search('mobilisation communautaire')).toEqual([unops]);
    });

    it('ranks title words and frequent words first', async () => {
      // "femmes" runs through the UN Women posting; UNOPS mentions it once
      expect(await search('femmes')).toEqual([unWomen, unops]);
      // "coordination" is in the UNDP title
      expect((await search('coordination'))[0]).toBe(undp);
      // UNDP's title says "postes" once (weighs 5), UNOPS's text says "poste" five times and "post"
      // (one edit from "poste") once; UN Women has only "post", a misspelling's match, so it comes last
      expect(await search('postes')).toEqual([unops, undp, unWomen]);
    });

    it('finds nothing for function words alone or for punctuation, without failing', async () => {
      expect(await search('de la')).toEqual([]);
      expect(await search('50%')).toEqual([]);
      expect(await search("_'")).toEqual([]);
    });
  });

  describe('filters', () => {
    it('by country, including an offer with a country but no city', async () => {
      expect(sorted(await ids({ countryCodes: ['CD'] }))).toEqual(sorted([undp, intersos]));
      expect(sorted(await ids({ countryCodes: ['HT', 'ML'] }))).toEqual(sorted([unops, unWomen]));
      expect(await ids({ countryCodes: ['FR'] })).toEqual([]);
    });

    it('by duty station city, ignoring case, accents and hyphens', async () => {
      expect(await ids({ cities: ['Bunia'] })).toEqual([undp]);
      expect(await ids({ cities: ['BUKAVU', 'Goma'] })).toEqual([undp]);
      expect(await ids({ cities: ['port au prince'] })).toEqual([unops]);
      expect(await ids({ cities: ['Port-au-Prince'] })).toEqual([unops]);
      expect(await ids({ cities: ['Kinshasa'] })).toEqual([]);
    });

    it('by organisation: the publisher, not its units', async () => {
      expect(await ids({ organisationIds: ['unops'] })).toEqual([unops]);
      expect(sorted(await ids({ organisationIds: ['undp', 'intersos'] }))).toEqual(sorted([undp, intersos]));
      expect(await ids({ organisationIds: ['unops-htoc'] })).toEqual([]);
    });

    it('by programme', async () => {
      expect(await ids({ programmeIds: ['issss'] })).toEqual([undp]);
      expect(await ids({ programmeIds: ['belgian-jpo-programme'] })).toEqual([unWomen]);
      expect(sorted(await ids({ programmeIds: ['intersos-drc-protection', 'unops-fort-national'] }))).toEqual(sorted([intersos, unops]));
    });

    it('by contract type', async () => {
      expect(sorted(await ids({ contractTypes: ['JPO', 'CONSULTANCY'] }))).toEqual(sorted([unWomen, undp]));
      expect(await ids({ contractTypes: ['INDIVIDUAL_CONTRACTOR'] })).toEqual([unops]);
      expect(await ids({ contractTypes: ['STAFF'] })).toEqual([]);
    });

    it('by theme', async () => {
      expect(await ids({ themes: ['child-protection'] })).toEqual([intersos]);
      expect(await ids({ themes: ['Stabilisation'] })).toEqual([undp]);
    });

    it('by language, required or an asset', async () => {
      expect(await ids({ languages: ['ht'] })).toEqual([unops]);
      // English is required by INTERSOS, an asset for UN Women and UNOPS; UNDP states no language
      expect(sorted(await ids({ languages: ['en'] }))).toEqual(sorted([unWomen, intersos, unops]));
    });

    it('by deadline range, from inclusive, to exclusive', async () => {
      expect(await ids({ deadline: { from: '2017-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' } })).toEqual([unops, undp]);
      expect(await ids({ deadline: { to: '2017-06-15T22:00:00Z' } })).toEqual([unWomen]);
      expect(await ids({ deadline: { from: '2017-06-15T22:00:00Z', to: '2017-06-15T22:00:01Z' } })).toEqual([unops]);
      expect(await ids({ deadline: { from: '2023-10-07T00:00:00Z' } })).toEqual([]);
    });

    it('by posted range: no seed posting states a posted date, so none falls in any range', async () => {
      expect(await ids({ postedAt: { from: '2000-01-01T00:00:00Z' } })).toEqual([]);
      expect(await ids({ postedAt: { to: '2100-01-01T00:00:00Z' } })).toEqual([]);
    });

    it('by status: every seed offer is past its deadline, so in the archive', async () => {
      expect(await ids({})).toHaveLength(4);
      expect(await ids({ status: 'CLOSED' })).toHaveLength(4);
      expect(await ids({ status: 'OPEN' })).toEqual([]);
      expect(await ids({ status: 'DRAFT' })).toEqual([]);
    });

    it('combines conditions, and treats an empty list as no condition', async () => {
      expect(await ids({ countryCodes: ['CD'], search: 'protection' })).toEqual([intersos]);
      expect(await ids({ countryCodes: ['CD'], languages: ['fr'], status: 'CLOSED' })).toEqual([intersos]);
      expect(await ids({ countryCodes: [], themes: [] })).toHaveLength(4);
    });
  });

  describe('ordering', () => {
    it('orders by deadline by default, and by relevance when searching', async () => {
      expect(await ids({})).toEqual([unWomen, unops, undp, intersos]);
      expect(await ids({ search: 'femmes' }, 'DEADLINE')).toEqual([unWomen, unops]);
    });

    it('puts offers with no posted date after the others, by id', async () => {
      expect(await ids({}, 'RECENT')).toEqual(sorted([undp, unWomen, intersos, unops]));
    });
  });
});
