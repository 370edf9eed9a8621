import type { DataSource } from 'typeorm';
import { createDataSource } from '@passerelle/db';
import { freePort, graphql, killService, spawnService, waitUntilHealthy, type ServiceProcess } from '@passerelle/testing';
import { Offer } from '../src/offers/offer.entity';
import { offersSubgraph } from '../src/subgraph';
import { processDatabase } from './support';

/*
 * The offers service as it runs in production (its own process, configured by its
 * environment): the list page and the offer page give every offer's instants, numbers and
 * description as stored, read back through TypeORM's entities for comparison. Both pages
 * read prebuilt SQL whose rows are mapped by hand (offer-statements.ts).
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

interface ListedOffer {
  id: string;
  deadline: string | null;
  postedAt: string | null;
  durationMonths: number | null;
  deadlineTimeZone: string | null;
}

describe.each(databases)('the offers process on %s', (kind) => {
  const database = processDatabase(kind);
  let service: ServiceProcess;
  let stored: DataSource;

  beforeAll(async () => {
    service = spawnService('offers', 'services/offers/src/main.ts', await freePort(), { ...database.env, SEED: 'true' });
    await waitUntilHealthy(service, 120_000);
    stored = await createDataSource({ target: database.target, entities: offersSubgraph.entities, migrations: [] });
  }, 180_000);
  afterAll(async () => {
    await stored?.destroy();
    if (service) await killService(service);
    await database.drop();
  });

  const iso = (date: Date | null) => date?.toISOString() ?? null;

  it('lists every offer with the instants and numbers stored', async () => {
    const response = await graphql<{ offers: { edges: { node: ListedOffer }[] } }>(
      service.url,
      '{ offers(first: 100) { edges { node { id deadline postedAt durationMonths deadlineTimeZone } } } }',
    );
    expect(response.errors).toBeUndefined();
    const offers = await stored.getRepository(Offer).find({ order: { id: 'ASC' } });
    expect(offers.length).toBeGreaterThan(1);
    const listed = response.data!.offers.edges.map(({ node }) => node).sort((a, b) => a.id.localeCompare(b.id));
    expect(listed).toEqual(
      offers.map((offer) => ({
        id: offer.id,
        deadline: iso(offer.deadline),
        postedAt: iso(offer.postedAt),
        durationMonths: offer.durationMonths,
        deadlineTimeZone: offer.deadlineTimeZone,
      })),
    );
  });

  it('shows each offer’s page with its description, section by section, as stored', async () => {
    for (const offer of await stored.getRepository(Offer).find()) {
      const response = await graphql<{ offer: { deadline: string | null; description: string; descriptionSections: unknown[] } }>(
        service.url,
        'query Page($id: ID!) { offer(id: $id) { deadline description descriptionSections { heading body } } }',
        { id: offer.id },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.offer).toEqual({
        deadline: iso(offer.deadline),
        description: offer.description,
        descriptionSections: offer.descriptionSections,
      });
    }
  });
});
