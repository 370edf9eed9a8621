import { offersSubgraph, SEED_OFFERS } from '@passerelle/offers';
import { describeEachDatabase, launchSubgraphUnderTest, type SubgraphUnderTest } from '@passerelle/testing';
import { parseJobPostingJsonLd } from '../../src/formats/json-ld/parse-job-posting-json-ld';

/** Every field of an offer a posting states (not its id, status, version or write times, which are the graph's). */
const OFFER_FIELDS = `
  title reference organisationName programmes { id } positions dutyStations { city countryCode } countryCodes
  contractType contractLabel grade durationMonths themes languages { code required } minExperienceYears education
  eligibility description descriptionSections { heading body } postedAt deadline deadlineTimeZone
  deadlineTimeZoneAssumed deadlineStated applyUrl sourceUrl sourceLanguage jsonLd
`;

type OfferRead = Record<string, unknown> & {
  programmes: { id: string }[];
  dutyStations: { city: string; countryCode: string }[];
  descriptionSections: { heading: string | null; body: string }[];
  jsonLd: unknown;
};

/** The seed postings were open before the earliest of their deadlines (2015-12-18): parse as of then. */
const WHILE_OPEN = new Date('2015-01-01T00:00:00Z');

describeEachDatabase('imports', 'JobPosting JSON-LD round trip of every seed offer', (database) => {
  let offers: SubgraphUnderTest;
  beforeAll(async () => {
    offers = await launchSubgraphUnderTest(offersSubgraph, database.create());
  });
  afterAll(() => offers.subgraph.stop());

  it.each(SEED_OFFERS.map((seed) => [seed.id]))('reads back %s with every field the graph gives it', async (id) => {
    const response = await offers.ask<{ offer: OfferRead }>(`{ offer(id: "${id}") { ${OFFER_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    const { jsonLd, programmes, description, ...stored } = response.data!.offer;

    const plan = parseJobPostingJsonLd(JSON.stringify(jsonLd), { now: WHILE_OPEN });

    expect(plan.refused).toEqual([]);
    expect(plan.organisations).toEqual([
      { key: `name:${String(stored.organisationName)}`, identifiers: [], name: stored.organisationName, createIfMissing: false },
    ]);
    expect(plan.offers).toHaveLength(1);
    const [{ offer, organisationKey, source, missingFields }] = plan.offers as [(typeof plan.offers)[number]];
    expect(organisationKey).toBe(`name:${String(stored.organisationName)}`);
    expect(missingFields).toEqual([]);
    expect(source).toMatchObject({ system: 'WEB', id: stored.sourceUrl ?? stored.reference ?? id, url: stored.sourceUrl });
    const read = {
      ...offer,
      // the stored countries add the duty stations' own to those named without a city
      countryCodes: [...new Set([...offer.dutyStations!.map((station) => station.countryCode), ...offer.countryCodes!])],
      descriptionSections: offer.descriptionSections.map(({ heading, body }) => ({ heading: heading ?? null, body })),
    };
    const given = (value: unknown) => (value === null ? undefined : value);
    expect(read).toEqual({
      ...Object.fromEntries(Object.entries(stored).map(([field, value]) => [field, given(value)])),
      programmeIds: programmes.map((programme) => programme.id),
      status: 'OPEN',
    });
  });

  it('gives the same plan for the same document, and a new version for a changed one', async () => {
    const response = await offers.ask<{ offer: OfferRead }>(`{ offer(id: "${SEED_OFFERS[0]!.id}") { jsonLd } }`);
    const jsonLd = response.data!.offer.jsonLd as Record<string, unknown>;
    const first = parseJobPostingJsonLd(JSON.stringify(jsonLd), { now: WHILE_OPEN });
    const reordered = Object.fromEntries(Object.entries(jsonLd).reverse());
    expect(parseJobPostingJsonLd(JSON.stringify(reordered), { now: WHILE_OPEN })).toEqual(first);
    const changed = parseJobPostingJsonLd(JSON.stringify({ ...jsonLd, totalJobOpenings: 2 }), { now: WHILE_OPEN });
    expect(changed.offers[0]!.source.version).not.toBe(first.offers[0]!.source.version);
  });
});
