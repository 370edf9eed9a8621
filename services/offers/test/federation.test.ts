import { describeEachDatabase } from '@passerelle/testing';
import { SEED_IDS, useOffersSubgraph } from './support';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        id
        title
        organisation {
          id
        }
      }
      ... on Organisation {
        id
        openOfferCount
        offers {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
      ... on Programme {
        id
        offers {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`;

describeEachDatabase('offers', 'offers subgraph in the federation', (database) => {
  const { ask, queries } = useOffersSubgraph(database);

  it('publishes a Federation 2 SDL with Offer as an entity and offers on Organisation and Programme', async () => {
    const response = await ask<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = response.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toMatch(/type Offer\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organisation\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Programme\s+@key\(fields: "id"\)/);
    // Nullable: where the owner of Organisation or Programme answers without the offers subgraph, the rest survives.
    const connections =
      /offers\(filter: OfferFilter, first: Int = 20, after: String, orderBy: OfferOrder\): OfferConnection\s+@listSize\(slicingArguments: \["first"\], sizedFields: \["edges"\], requireOneSlicingArgument: false\)/g;
    expect(sdl.match(connections)).toHaveLength(3);
    expect(sdl).toContain('openOfferCount: Int\n');
    expect(sdl).toContain('facets: OfferFacets! @cost(weight: 20)');
  });

  it('resolves many offer references with one SQL query, unknown ids as null', async () => {
    queries.reset();
    const response = await ask(ENTITIES, {
      representations: [
        { __typename: 'Offer', id: SEED_IDS.unops },
        { __typename: 'Offer', id: 'no-such-offer' },
        { __typename: 'Offer', id: SEED_IDS.intersos },
        { __typename: 'Offer', id: SEED_IDS.undp },
      ],
    });
    expect(response.data).toEqual({
      _entities: [
        { id: SEED_IDS.unops, title: 'Coordonnateur de Mobilisation Communautaire', organisation: { id: 'unops' } },
        null,
        { id: SEED_IDS.intersos, title: 'Coordinateur.rice de Protection', organisation: { id: 'intersos' } },
        {
          id: SEED_IDS.undp,
          title: 'Charge de la Coordination Stabilisation et Paix ( 3 postes : Goma, Bunia & Bukavu)',
          organisation: { id: 'undp' },
        },
      ],
    });
    expect(queries.selects()).toHaveLength(1);
  });

  it('lists an organisation’s offers and counts its open ones (none: all seed offers are closed)', async () => {
    const response = await ask(ENTITIES, {
      representations: [
        { __typename: 'Organisation', id: 'unops' },
        { __typename: 'Organisation', id: 'unops-htoc' },
        { __typename: 'Organisation', id: 'gov-belgium' },
      ],
    });
    expect(response.data).toEqual({
      _entities: [
        { id: 'unops', openOfferCount: 0, offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.unops } }] } },
        { id: 'unops-htoc', openOfferCount: 0, offers: { totalCount: 0, edges: [] } },
        { id: 'gov-belgium', openOfferCount: 0, offers: { totalCount: 0, edges: [] } },
      ],
    });
  });

  it('counts the open offers of many organisations without SQL: from the open offers in memory', async () => {
    queries.reset();
    const response = await ask(
      `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Organisation { openOfferCount } }
    }`,
      {
        representations: ['undp', 'unops', 'intersos', 'un-women'].map((id) => ({ __typename: 'Organisation', id })),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(queries.selects()).toHaveLength(0);
  });

  it('pages and counts the offers of many organisations and programmes with a fixed number of queries', async () => {
    queries.reset();
    const response = await ask(
      `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organisation { id offers(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id } } } }
        ... on Programme { id offers(first: 1) { totalCount edges { node { id } } } }
      }
    }`,
      {
        representations: [
          ...['undp', 'unops', 'un-women', 'intersos', 'unhcr'].map((id) => ({ __typename: 'Organisation', id })),
          ...['issss', 'belgian-jpo-programme', 'un-women-mali-peace-security'].map((id) => ({ __typename: 'Programme', id })),
        ],
      },
    );
    const page = (id: string | null) => ({ totalCount: id ? 1 : 0, pageInfo: { hasNextPage: false }, edges: id ? [{ node: { id } }] : [] });
    expect(response.data).toEqual({
      _entities: [
        { id: 'undp', offers: page(SEED_IDS.undp) },
        { id: 'unops', offers: page(SEED_IDS.unops) },
        { id: 'un-women', offers: page(SEED_IDS.unWomen) },
        { id: 'intersos', offers: page(SEED_IDS.intersos) },
        { id: 'unhcr', offers: page(null) },
        { id: 'issss', offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.undp } }] } },
        { id: 'belgian-jpo-programme', offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.unWomen } }] } },
        { id: 'un-women-mali-peace-security', offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.unWomen } }] } },
      ],
    });
    // for organisations and for programmes: the ranked pages with their offers in one statement, the counts
    expect(queries.selects()).toHaveLength(4);
  });

  it('lists the offers that serve a programme, and narrows them with the filter', async () => {
    const response = await ask(ENTITIES, {
      representations: [
        { __typename: 'Programme', id: 'issss' },
        { __typename: 'Programme', id: 'un-women-mali-peace-security' },
        { __typename: 'Programme', id: 'no-such-programme' },
      ],
    });
    expect(response.data).toEqual({
      _entities: [
        { id: 'issss', offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.undp } }] } },
        { id: 'un-women-mali-peace-security', offers: { totalCount: 1, edges: [{ node: { id: SEED_IDS.unWomen } }] } },
        { id: 'no-such-programme', offers: { totalCount: 0, edges: [] } },
      ],
    });
    const filtered = await ask(
      `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Programme { offers(filter: { countryCodes: ["HT"] }) { totalCount } } }
    }`,
      { representations: [{ __typename: 'Programme', id: 'issss' }] },
    );
    expect(filtered.data).toEqual({ _entities: [{ offers: { totalCount: 0 } }] });
  });

  it('returns programme references in the posting’s order', async () => {
    const response = await ask(`{ offer(id: "${SEED_IDS.unWomen}") { programmes { __typename id } } }`);
    expect(response.data).toEqual({
      offer: {
        programmes: [
          { __typename: 'Programme', id: 'belgian-jpo-programme' },
          { __typename: 'Programme', id: 'un-women-mali-peace-security' },
        ],
      },
    });
  });

  it('loads a whole page’s lists in one statement, not one per list or per offer', async () => {
    queries.reset();
    const response = await ask(`{ offers(first: 100) { edges { node {
      id dutyStations { city } countryCodes languages { code } themes programmes { id } jsonLd
    } } } }`);
    expect(response.errors).toBeUndefined();
    // the page's summaries, every list of its offers at once (jsonLd reuses them), and the
    // descriptions jsonLd needs, at once too (a list reads them only when asked: offer-statements.ts)
    expect(queries.selects()).toHaveLength(3);
    const { offers } = response.data as { offers: { edges: { node: { dutyStations: unknown[]; languages: unknown[] } }[] } };
    expect(offers.edges.some(({ node }) => node.dutyStations.length > 1)).toBe(true);
    expect(offers.edges.some(({ node }) => node.languages.length > 1)).toBe(true);
  });

  it('describes an offer as schema.org JobPosting JSON-LD', async () => {
    const response = await ask<{ offer: { jsonLd: Record<string, unknown> } }>(`{ offer(id: "${SEED_IDS.undp}") { jsonLd } }`);
    const jsonLd = response.data!.offer.jsonLd;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Charge de la Coordination Stabilisation et Paix ( 3 postes : Goma, Bunia & Bukavu)',
      identifier: { '@type': 'PropertyValue', name: 'UNDP', value: '33232' },
      hiringOrganization: { '@type': 'Organization', name: 'UNDP' },
      validThrough: '2020-11-28T22:00:00.000Z',
      employmentType: 'CONTRACTOR',
      totalJobOpenings: 3,
      jobLocation: ['Goma', 'Bunia', 'Bukavu'].map((city) => ({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: 'CD' },
      })),
      url: 'https://jobs.partneragencies.net/erecruitjobs.html?JobOpeningId=33232&HRS_JO_PST_SEQ=1&hrs_site_id=2',
    });
    expect(jsonLd.description).toMatch(/^<h2>Description<\/h2><p>La Stratégie Internationale/);
    // the posting states no posted date: none is made up
    expect(jsonLd).not.toHaveProperty('datePosted');
    // one applies on the posting's own page
    expect(jsonLd).toMatchObject({ directApply: true, potentialAction: { '@type': 'ApplyAction', target: jsonLd.url } });
    // what schema.org has no JobPosting property for, as prefixed PropertyValues, in the offer's order
    expect(jsonLd.additionalProperty).toEqual(
      [
        ['contractType', 'Contract type', 'CONSULTANCY'],
        ['contractLabel', 'Contract', 'Consultancy'],
        ['theme', 'Theme', 'stabilisation'],
        ['theme', 'Theme', 'peace'],
        ['theme', 'Theme', 'coordination'],
        ['programme', 'Programme', 'issss'],
        ['deadlineTimeZone', 'Deadline time zone', 'Africa/Lubumbashi'],
        ['deadlineTimeZoneAssumed', 'Deadline time zone assumed', true],
        ['deadlineStated', 'Deadline as stated', 'November 28, 2020'],
        ['sourceLanguage', 'Language of the posting', 'fr'],
      ].map(([id, name, value]) => ({ '@type': 'PropertyValue', propertyID: `passerelle:${id}`, name, value })),
    );
  });

  it('gives the grade, the duration and the languages required and assets of an offer in its JSON-LD', async () => {
    const response = await ask<{ offer: { jsonLd: Record<string, unknown> } }>(`{ offer(id: "${SEED_IDS.unops}") { jsonLd } }`);
    const properties = response.data!.offer.jsonLd.additionalProperty as { propertyID: string; value: unknown; unitCode?: string }[];
    const valuesOf = (id: string) => properties.filter((property) => property.propertyID === `passerelle:${id}`).map(({ value }) => value);
    expect(valuesOf('grade')).toEqual(['LICA 9']);
    expect(properties.find((property) => property.propertyID === 'passerelle:durationMonths')).toMatchObject({ value: 6, unitCode: 'MON' });
    expect(valuesOf('languageRequired')).toEqual(['ht', 'fr']);
    expect(valuesOf('languageAsset')).toEqual(['en']);
    expect(valuesOf('deadlineTimeZoneAssumed')).toEqual([false]);
  });

  it('names an offer without a reference of its own by its id here, marked as ours', async () => {
    const response = await ask<{ offer: { jsonLd: Record<string, unknown> } }>(`{ offer(id: "${SEED_IDS.unWomen}") { jsonLd } }`);
    const jsonLd = response.data!.offer.jsonLd;
    expect(jsonLd.identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'Passerelle',
      propertyID: 'passerelle:offer',
      value: SEED_IDS.unWomen,
    });
    // no apply link in the posting: no apply action
    expect(jsonLd).not.toHaveProperty('potentialAction');
    expect(jsonLd).not.toHaveProperty('directApply');
  });

  it('places an offer with a country but no city in that country, and gives its requirements', async () => {
    const response = await ask<{ offer: { jsonLd: Record<string, unknown> } }>(`{ offer(id: "${SEED_IDS.intersos}") { jsonLd } }`);
    const jsonLd = response.data!.offer.jsonLd;
    expect(jsonLd.jobLocation).toEqual([{ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'CD' } }]);
    expect(jsonLd.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 60 });
    // the posting does not state the contract type
    expect(jsonLd).not.toHaveProperty('employmentType');
    expect(jsonLd.description).toContain('<ul><li>Contribuer à la conception de la stratégie de protection');
    // "Education" and its bullets are one block: wrapped, so that a reader tells it from two blocks
    expect(jsonLd.description).toContain('<div><p>Education</p><ul><li>Diplôme universitaire supérieur');
  });
});
