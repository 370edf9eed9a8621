import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

const INTERSOS = 'intersos-drc-protection-coordinator-2023';
const UNDP = 'undp-stabilisation-coordination-2020';
const UNOPS = 'unops-haiti-community-mobilisation-2017';

describe('offers through the gateway', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  const ask = (query: string, variables: Record<string, unknown> = {}) => graphql(graph.url, query, variables);

  it('lists open or closed offers in CD with their organisation’s name', async () => {
    const query = `query ($status: OfferStatus) {
      offers(filter: { countryCodes: ["CD"], status: $status }) {
        totalCount
        edges { node { id status organisation { name } } }
      }
    }`;
    const closed = await ask(query, { status: 'CLOSED' });
    expect(closed).toEqual({
      status: 200,
      data: {
        offers: {
          totalCount: 2,
          edges: [
            { node: { id: UNDP, status: 'CLOSED', organisation: { name: 'United Nations Development Programme' } } },
            { node: { id: INTERSOS, status: 'CLOSED', organisation: { name: 'INTERSOS' } } },
          ],
        },
      },
      extensions: { cost: { estimated: 61, actual: 7, limit: 20_000 } },
    });
    // every seed deadline has passed: none is open, and without a status both are listed
    expect((await ask(query, { status: 'OPEN' })).data).toEqual({ offers: { totalCount: 0, edges: [] } });
    expect((await ask(query)).data).toEqual(closed.data);
  });

  it('searches “protection de l’enfance” and finds the INTERSOS post', async () => {
    const response = await ask(`{
      offers(filter: { search: "protection de l'enfance" }) {
        totalCount
        edges { node { id title countryCodes dutyStations { city } organisation { name } } }
      }
    }`);
    expect(response.data).toEqual({
      offers: {
        totalCount: 1,
        edges: [
          {
            node: {
              id: INTERSOS,
              title: 'Coordinateur.rice de Protection',
              countryCodes: ['CD'],
              dutyStations: [],
              organisation: { name: 'INTERSOS' },
            },
          },
        ],
      },
    });
  });

  it('finds the offers in Bunia', async () => {
    const response = await ask(`{
      offers(filter: { cities: ["Bunia"] }) {
        edges { node { id positions dutyStations { city countryCode } organisation { acronym } } }
      }
    }`);
    expect(response.data).toEqual({
      offers: {
        edges: [
          {
            node: {
              id: UNDP,
              positions: 3,
              dutyStations: [
                { city: 'Goma', countryCode: 'CD' },
                { city: 'Bunia', countryCode: 'CD' },
                { city: 'Bukavu', countryCode: 'CD' },
              ],
              organisation: { acronym: 'UNDP' },
            },
          },
        ],
      },
    });
  });

  it('lists UNOPS’s offers via the organisation, with its open-offer count', async () => {
    const response = await ask(`{
      organisation(id: "unops") {
        name
        openOfferCount
        offers { totalCount edges { node { id title deadline deadlineTimeZone organisation { acronym } } } }
        units { acronym openOfferCount offers { totalCount } }
      }
    }`);
    expect(response.data).toEqual({
      organisation: {
        name: 'United Nations Office for Project Services',
        openOfferCount: 0,
        offers: {
          totalCount: 1,
          edges: [
            {
              node: {
                id: UNOPS,
                title: 'Coordonnateur de Mobilisation Communautaire',
                deadline: '2017-06-15T22:00:00.000Z',
                deadlineTimeZone: 'Europe/Copenhagen',
                organisation: { acronym: 'UNOPS' },
              },
            },
          ],
        },
        // the posting names UNOPS as its publisher, not its Haiti Operations Centre
        units: [{ acronym: 'HTOC', openOfferCount: 0, offers: { totalCount: 0 } }],
      },
    });
  });

  it('gives an offer’s JSON-LD', async () => {
    const response = await ask(`{ offer(id: "${UNOPS}") { jsonLd } }`);
    expect(response.errors).toBeUndefined();
    expect((response.data as { offer: { jsonLd: unknown } }).offer.jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Coordonnateur de Mobilisation Communautaire',
      hiringOrganization: { '@type': 'Organization', name: 'UNOPS - United Nations Office for Project Services' },
      jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Port-au-Prince', addressCountry: 'HT' } }],
      validThrough: '2017-06-15T22:00:00.000Z',
      employmentType: 'CONTRACTOR',
      totalJobOpenings: 1,
    });
  });

  it('names the organisations in the facets, and reaches offers from a programme', async () => {
    const response = await ask(`{
      offers(filter: { languages: ["fr"] }) {
        totalCount
        facets { organisations { organisation { id name } count } }
      }
      programme(id: "issss") { id offers { edges { node { id } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      offers: {
        totalCount: 3,
        facets: {
          organisations: [
            { organisation: { id: 'intersos', name: 'INTERSOS' }, count: 1 },
            { organisation: { id: 'un-women', name: 'UN Women' }, count: 1 },
            { organisation: { id: 'unops', name: 'United Nations Office for Project Services' }, count: 1 },
          ],
        },
      },
      programme: { id: 'issss', offers: { edges: [{ node: { id: UNDP } }] } },
    });
  });

  it('refuses a malformed country code or an unknown contract type as BAD_USER_INPUT', async () => {
    const badCountry = await ask(`{ offers(filter: { countryCodes: ["cd"] }) { totalCount } }`);
    expect(badCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countryCodes' });
    const badEnum = await ask(`query ($filter: OfferFilter) { offers(filter: $filter) { totalCount } }`, {
      filter: { contractTypes: ['FREELANCE'] },
    });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0]?.message).toContain('filter.contractTypes[0]');
  });
});
