import { QueryCounter, type DatabaseTarget } from '@passerelle/db';
import { launchSubgraph, type RequestContextBase, type RunningSubgraph, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { offersSubgraph } from '@passerelle/offers';
import { organisationsSubgraph, SEED_ORGANISATIONS } from '@passerelle/organisations';
import { programmesSubgraph, SEED_PROGRAMMES } from '@passerelle/programmes';
import { graphql, silentLogger, testDatabaseTargets } from '@passerelle/testing';
import { inTransaction } from '@passerelle/db';
import { insertSeedOffer } from '../../services/offers/src/seed/seed-offers';
import type { SeedOffer } from '../../services/offers/src/seed/seed-data';
import { startGateway, type RunningGateway } from '../src/gateway';
import { developmentAuthenticator, testGatewayOptions } from './support/graph';

/*
 * No N+1 anywhere: a page of offers with their organisations (and their parents) and their
 * programmes (and their participants' names) costs each subgraph the same number of SQL
 * statements whether the page has 5 offers or 50. The statements are counted, not timed.
 */

const SUBGRAPHS = { organisations: organisationsSubgraph, offers: offersSubgraph, programmes: programmesSubgraph } as unknown as Record<
  'organisations' | 'offers' | 'programmes',
  SubgraphDefinition<RequestContextBase>
>;
type SubgraphName = keyof typeof SUBGRAPHS;

const PAGE = /* GraphQL */ `
  query Page($first: Int) {
    offers(first: $first, orderBy: DEADLINE) {
      edges {
        node {
          id
          title
          themes
          dutyStations {
            city
            countryCode
          }
          organisation {
            id
            name
            acronym
            parent {
              name
            }
          }
          programmes {
            id
            acronym
            name
            participants {
              role
              organisation {
                name
              }
            }
          }
        }
      }
    }
  }
`;

/** 60 published offers spread over the seed organisations and programmes, some with no deadline. */
function extraOffers(): SeedOffer[] {
  const publishers = SEED_ORGANISATIONS.filter((organisation) => organisation.kind !== 'UNIT');
  return Array.from({ length: 60 }, (_, index) => {
    const organisation = publishers[index % publishers.length]!;
    return {
      id: `perf-offer-${String(index).padStart(2, '0')}`,
      title: `Chargé(e) de programme ${index}`,
      organisationId: organisation.id,
      organisationName: organisation.acronym ?? organisation.name,
      positions: 1,
      dutyStations: [{ city: index % 2 ? 'Goma' : 'Bamako', countryCode: index % 2 ? 'CD' : 'ML' }],
      contractType: 'CONSULTANCY',
      themes: ['coordination'],
      languages: [{ code: 'fr', required: true }],
      sourceLanguage: 'fr',
      programmeIds: [SEED_PROGRAMMES[index % SEED_PROGRAMMES.length]!.id, SEED_PROGRAMMES[(index + 3) % SEED_PROGRAMMES.length]!.id],
      ...(index % 7 === 0
        ? {}
        : { deadline: { stated: '2099-12-31', date: '2099-12-31', timeZone: 'Africa/Kinshasa', timeZoneAssumed: false } }),
    };
  });
}

for (const database of testDatabaseTargets('perf')) {
  describe(`SQL statements per gateway request, on ${database.label}`, () => {
    const counters = { organisations: new QueryCounter(), offers: new QueryCounter(), programmes: new QueryCounter() };
    const subgraphs: Partial<Record<SubgraphName, RunningSubgraph>> = {};
    let gateway: RunningGateway;

    beforeAll(async () => {
      for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) {
        const target: DatabaseTarget = database.create();
        subgraphs[name] = await launchSubgraph(SUBGRAPHS[name], {
          target,
          port: 0,
          production: false,
          logger: silentLogger,
          seed: true,
          queryLogger: counters[name],
          authenticate: developmentAuthenticator,
        });
      }
      await inTransaction(subgraphs.offers!.dataSource, async (manager) => {
        for (const offer of extraOffers())
          await insertSeedOffer(manager, offer, [{ heading: null, body: `Poste ${offer.id} à ${offer.dutyStations[0]!.city}.` }]);
      });
      gateway = await startGateway(
        testGatewayOptions({
          subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
          corsOrigins: [],
        }),
      );
    });
    afterAll(async () => {
      await gateway?.stop();
      for (const subgraph of Object.values(subgraphs)) await subgraph?.stop();
      await database.cleanup();
    });

    /** SELECT statements each subgraph ran to answer one page of `first` offers. */
    const statementsFor = async (first: number): Promise<Record<SubgraphName, number>> => {
      for (const counter of Object.values(counters)) counter.reset();
      const response = await graphql<{ offers: { edges: unknown[] } }>(gateway.url, PAGE, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data!.offers.edges).toHaveLength(first);
      return {
        organisations: counters.organisations.selects().length,
        offers: counters.offers.selects().length,
        programmes: counters.programmes.selects().length,
      };
    };

    it('a page of 50 offers costs each subgraph as many statements as a page of 5', async () => {
      const small = await statementsFor(5);
      const large = await statementsFor(50);
      expect(large).toEqual(small);
    });

    it('a page of 50 offers costs each subgraph a handful of statements, not one per offer', async () => {
      const counts = await statementsFor(50);
      // offers: the page, then all its offers' lists (themes, duty stations, programme links) at once;
      // organisations: the employers (with their parents, in the same statement), then the programmes' participants;
      // programmes: the programmes, their stated participants and their donors
      expect(counts).toEqual({ offers: 2, organisations: 2, programmes: 3 });
    });
  });
}
