import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

/** Examples offered for the README, verbatim. */
const WHO_FUNDS_THE_FCS = /* GraphQL */ `
  {
    programme(id: "fcs") {
      name
      acronym
      parent {
        acronym
        name
      }
      funding {
        reported {
          amount {
            amount
            currency
          }
          asOf
          asOfStated
          source
        }
        donors {
          name
        }
        totals {
          amount
          currency
        }
      }
    }
  }
`;

const FUNDING_BY_DONOR = /* GraphQL */ `
  {
    fundingBreakdown(groupBy: DONOR) {
      donor {
        name
      }
      contributionCount
      unknownAmountCount
      totals {
        amount
        currency
      }
    }
  }
`;

/** Programmes and funding through the gateway: each query crosses subgraphs over real HTTP. */
describe('programmes and funding through the gateway', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  it('shows the FCS with its parent, its reported total as of December 2017 and its donors’ names', async () => {
    const response = await graphql(graph.url, WHO_FUNDS_THE_FCS);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      programme: {
        name: 'Fonds de cohérence pour la stabilisation',
        acronym: 'FCS',
        parent: { acronym: 'ISSSS', name: 'Stratégie Internationale de Soutien à la Sécurité et la Stabilisation' },
        funding: {
          reported: [
            {
              amount: { amount: '40265165.00', currency: 'USD' },
              asOf: '2017-12',
              asOfStated: true,
              source: expect.stringContaining('Le secrétariat technique de l’ISSSS'),
            },
          ],
          donors: ['United Nations Peacebuilding Fund', 'United Kingdom', 'Netherlands', 'Norway', 'Sweden', 'Germany'].map((name) => ({
            name,
          })),
          totals: [],
        },
      },
    });
  });

  it('lists a donor’s contributions and the programmes it funds', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          organisation(id: "gov-sweden") {
            name
            contributions {
              status
              amount {
                amount
                currency
              }
              programme {
                acronym
                name
              }
            }
            programmes(role: FUNDING) {
              acronym
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      organisation: {
        name: 'Sweden',
        contributions: [
          { status: 'PAID', amount: null, programme: { acronym: 'FCS', name: 'Fonds de cohérence pour la stabilisation' } },
          { status: 'COMMITTED', amount: null, programme: { acronym: null, name: 'Alignement des projets financés bilatéralement' } },
        ],
        programmes: [{ acronym: null }, { acronym: 'FCS' }],
      },
    });
  });

  it('goes from an offer to its programme to that programme’s participants (three subgraphs in one query)', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          offer(id: "undp-stabilisation-coordination-2020") {
            organisation {
              acronym
            }
            programmes {
              acronym
              participants {
                role
                organisation {
                  acronym
                  parent {
                    acronym
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      offer: {
        organisation: { acronym: 'UNDP' },
        programmes: [
          {
            acronym: 'ISSSS',
            participants: [
              { role: 'COORDINATOR', organisation: { acronym: 'UAS', parent: { acronym: 'MONUSCO' } } },
              { role: 'SECRETARIAT', organisation: { acronym: 'STAREC', parent: { acronym: null } } },
              { role: 'SECRETARIAT', organisation: { acronym: 'UAS', parent: { acronym: 'MONUSCO' } } },
            ],
          },
        ],
      },
    });
  });

  it('goes from a programme to the offers that serve it, and to their employer', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          programme(id: "belgian-jpo-programme") {
            participants {
              role
              organisation {
                name
              }
            }
            offers {
              totalCount
              edges {
                node {
                  contractType
                  organisation {
                    name
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      programme: {
        participants: [
          { role: 'SPONSOR', organisation: { name: 'Belgium' } },
          { role: 'TRAINING_PROVIDER', organisation: { name: 'Belgian Technical Cooperation' } },
        ],
        offers: { totalCount: 1, edges: [{ node: { contractType: 'JPO', organisation: { name: 'UN Women' } } }] },
      },
    });
  });

  it('answers an analyst’s funding by donor, with the donors’ names', async () => {
    const response = await graphql<{
      fundingBreakdown: { donor: { name: string }; contributionCount: number; unknownAmountCount: number; totals: unknown[] }[];
    }>(graph.url, FUNDING_BY_DONOR);
    expect(response.errors).toBeUndefined();
    expect(response.data!.fundingBreakdown.map((group) => group.donor.name)).toEqual([
      'Germany',
      'Netherlands',
      'Norway',
      'Sweden',
      'United Kingdom',
      'United States',
      'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
      'United Nations Peacebuilding Fund',
      'United Nations Development Programme',
    ]);
    const sweden = response.data!.fundingBreakdown.find((group) => group.donor.name === 'Sweden');
    expect(sweden).toEqual({ donor: { name: 'Sweden' }, contributionCount: 2, unknownAmountCount: 2, totals: [] });
  });

  it('shows dates as precise as the sources, and takes a year as asOf', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          programme(id: "fcs") {
            startDate
            endDate
            parent {
              startDate
            }
            funding(asOf: "2017") {
              reported {
                asOf
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      programme: { startDate: '2015', endDate: null, parent: { startDate: '2008' }, funding: { reported: [{ asOf: '2017-12' }] } },
    });
  });

  it('passes a subgraph’s refusal of a malformed date through, naming the field, whether a variable or written in the query', async () => {
    const asVariable = await graphql(graph.url, 'query ($asOf: Date) { programme(id: "fcs") { name funding(asOf: $asOf) { asOf } } }', {
      asOf: '2017-13',
    });
    const inQuery = await graphql(graph.url, '{ programme(id: "fcs") { name funding(asOf: "2017-13") { asOf } } }');
    for (const response of [asVariable, inQuery]) {
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      expect(response.errors![0]!.message).toMatch(/2017-13/);
    }
    // the subgraph was asked and answered: its circuit stays closed
    const ready = (await (await fetch(new URL('/ready', graph.url))).json()) as { circuits: Record<string, string> };
    expect(ready.circuits.programmes).toBe('closed');
  });

  it('records contributions only for the funding role, and names a bad field through the gateway', async () => {
    const mutation = `mutation { recordContribution(input: {
      programmeId: "fcs", donorId: "gov-sweden", amount: "10.00", currency: "XYZ", status: PAID
    }) { id } }`;
    const anonymous = await graphql(graph.url, mutation);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = await mintToken({ subject: 'analyst', roles: ['funding'] });
    const response = await graphql(graph.url, mutation, {}, { authorization: `Bearer ${token}` });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
  });
});
