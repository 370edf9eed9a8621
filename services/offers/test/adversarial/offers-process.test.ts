import { readFileSync } from 'node:fs';
import {
  bearer,
  freePort,
  graphql,
  killService,
  spawnService,
  tableSnapshot,
  useProductionProcess,
  waitUntilHealthy,
  type ServiceProcess,
} from '@passerelle/testing';
import { offersSubgraph } from '../../src/subgraph';
import { processDatabase } from '../support';
import { CREATE, OFFER_TABLES, offerInput } from '../writes-support';

/*
 * What an attacker who reaches the offers process itself (not the gateway) can do to it,
 * run as production runs it: NODE_ENV=production, a real secret, its own database.
 * Each attack is bounded in time (and memory where it aimed at memory), and leaves
 * every table as it was unless the attack is a write that should partly succeed.
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
const TABLES = [...OFFER_TABLES, 'saved_searches', 'saved_search_owners'];
const MB = 1024 * 1024;

/** The process's resident memory, from /proc (Linux). */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

async function timed<Result>(work: () => Promise<Result>): Promise<{ result: Result; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

const SAVE = 'mutation Save($filter: OfferFilter!, $name: String) { saveSearch(filter: $filter, name: $name) { savedSearch { id } } }';

describe.each(databases)('the offers process in production on %s, attacked directly', (kind) => {
  const running = useProductionProcess('offers', kind, offersSubgraph.entities);
  let admin: Record<string, string>;
  // the owners' counters have no entity, so the tables are named rather than taken from the entities
  const snapshot = () => tableSnapshot(running().stored, TABLES);
  const ask = <Data>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    graphql<Data>(running().service.url, query, variables, headers);

  beforeAll(async () => {
    admin = await bearer(['admin'], [], 'publisher');
  });

  it('refuses 500 aliased pages of 100 offers at once, its memory staying low', async () => {
    const page = 'offers(first: 100) { edges { node { id description jsonLd } } }';
    const query = `{ ${Array.from({ length: 500 }, (_, index) => `a${index}: ${page}`).join(' ')} }`;
    const before = residentBytes(running().service.child.pid!);
    const { result, ms } = await timed(() => ask(query));
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data ?? null).toBeNull();
    // unbounded, it took 10-19 s and a gigabyte
    expect(ms).toBeLessThan(5000);
    expect(residentBytes(running().service.child.pid!) - before).toBeLessThan(100 * MB);
  });

  it('refuses entity batches whose pages would hold too many objects, and answers a batch of 150 as the gateway sends it', async () => {
    const representations = (count: number) => Array.from({ length: count }, () => ({ __typename: 'Organisation', id: 'unops' }));
    const entities = (first: number) =>
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { offers(first: ${first}) { edges { node { id description } } } } } }`;
    const before = residentBytes(running().service.child.pid!);
    const { result: refused, ms } = await timed(() => ask(entities(100), { representations: representations(300) }));
    expect(refused.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(refused.errors?.[0]?.message).not.toMatch(/\d/);
    expect(ms).toBeLessThan(5000);
    expect(residentBytes(running().service.child.pid!) - before).toBeLessThan(100 * MB);

    const answered = await ask<{ _entities: unknown[] }>(entities(20), { representations: representations(150) });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!._entities).toHaveLength(150);
  });

  it('counts a fragment spread many times once: 30 fragments each spreading the next twice are refused or answered at once', async () => {
    const fragments = Array.from({ length: 30 }, (_, index) =>
      index === 29 ? `fragment F${index} on Offer { id }` : `fragment F${index} on Offer { ...F${index + 1} ...F${index + 1} }`,
    );
    const query = `{ offers(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
    const { result, ms } = await timed(() => ask(query));
    expect(result.status).toBeLessThan(500);
    expect(ms).toBeLessThan(5000);
    expect((await fetch(`http://127.0.0.1:${running().service.port}/health`)).ok).toBe(true);
  });

  it('turns introspection off, and still answers federation`s _service { sdl }', async () => {
    const introspection = await ask('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const sdl = await ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(sdl.errors).toBeUndefined();
    expect(sdl.data!._service.sdl).toMatch(/type Offer/);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b[31m'],
    ['vertical tab', '\u000b'],
    ['line break in a one-line field', '\n'],
  ])('refuses a title with %s, naming the field, and saves nothing', async (_name, characters) => {
    const before = await snapshot();
    const response = await ask(CREATE, { input: offerInput({ title: `Chargé${characters} de programme` }) }, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses control characters in every string of the input, a description`s line breaks and tabs aside', async () => {
    const before = await snapshot();
    const refusals = [
      [{ organisationName: 'UN\u0000OPS' }, 'input.organisationName'],
      [{ dutyStations: [{ city: 'Go\u0008ma', countryCode: 'CD' }] }, 'input.dutyStations.0.city'],
      [{ descriptionSections: [{ heading: 'Contexte', body: 'Appui\u0007 aux équipes' }] }, 'input.descriptionSections.0.body'],
      [{ applyUrl: 'https://jobs.example.org/\u0000apply' }, 'input.applyUrl'],
      [{ deadlineTimeZone: 'Africa/Kinshasa\u001b' }, 'input.deadlineTimeZone'],
      [{ reference: 'REF\ud800' }, 'input.reference'],
    ] as const;
    for (const [overrides, field] of refusals) {
      const response = await ask(CREATE, { input: offerInput(overrides) }, admin);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const alice = await bearer([], [], 'alice-control');
    const search = await ask(SAVE, { filter: { search: 'santé\u0000' } }, alice);
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(await snapshot()).toEqual(before);

    const multiline = await ask<{ createOffer: { id: string } }>(
      CREATE,
      { input: offerInput({ descriptionSections: [{ heading: 'Contexte', body: 'Première ligne.\r\n\tDeuxième ligne.' }] }) },
      admin,
    );
    expect(multiline.errors).toBeUndefined();
  });

  it('keeps exactly 50 saved searches when 60 are saved at once, refusing the others with a code', async () => {
    const owner = await bearer([], [], 'concurrent-saver');
    const responses = await Promise.all(Array.from({ length: 60 }, (_, index) => ask(SAVE, { filter: { search: `mot${index}` } }, owner)));
    const refused = responses.filter((response) => response.errors);
    expect(refused.map((response) => response.errors![0]!.extensions?.code)).toEqual(Array(10).fill('BAD_USER_INPUT'));
    const [row] = await running().stored.query<{ count: unknown }[]>(
      "SELECT COUNT(*) AS count FROM saved_searches WHERE owner_subject = 'concurrent-saver'",
    );
    expect(Number(row?.count)).toBe(50);

    const again = await ask(SAVE, { filter: {} }, owner);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { data } = await ask<{ savedSearches: { id: string }[] }>('{ savedSearches { id } }', {}, owner);
    const deleted = await ask('mutation ($id: ID!) { deleteSavedSearch(id: $id) }', { id: data!.savedSearches[0]!.id }, owner);
    expect(deleted.errors).toBeUndefined();
    expect((await ask(SAVE, { filter: {} }, owner)).errors).toBeUndefined();
  });

  it('refuses to save a search for a token subject longer than its column, saving nothing', async () => {
    const before = await snapshot();
    const longSubject = await bearer([], [], 'x'.repeat(300));
    const response = await ask(SAVE, { filter: {} }, longSubject);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/200 characters/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the offers process with limits of its own (SUBGRAPH_MAX_ALIASES, SUBGRAPH_MAX_OBJECTS)', () => {
  const database = processDatabase('sqlite');
  let service: ServiceProcess;
  beforeAll(async () => {
    service = spawnService('offers', 'services/offers/src/main.ts', await freePort(), {
      ...database.env,
      SEED: 'true',
      SUBGRAPH_MAX_ALIASES: '2',
      SUBGRAPH_MAX_OBJECTS: '100',
    });
    await waitUntilHealthy(service, 120_000);
  }, 180_000);
  afterAll(async () => {
    if (service) await killService(service);
    await database.drop();
  });

  it('refuses what its environment says is too much, and answers what is within it', async () => {
    const aliased = await graphql(
      service.url,
      '{ a: offers(first: 1) { totalCount } b: offers(first: 1) { totalCount } c: offers(first: 1) { totalCount } }',
    );
    expect(aliased.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // development names the limit
    expect(aliased.errors?.[0]?.message).toMatch(/2/);
    const large = await graphql(service.url, '{ offers(first: 60) { edges { node { id } } } }');
    expect(large.errors?.[0]).toMatchObject({
      extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE' },
      message: expect.stringMatching(/100 objects/),
    });
    const within = await graphql<{ offers: { edges: unknown[] } }>(service.url, '{ offers(first: 40) { edges { node { id } } } }');
    expect(within.errors).toBeUndefined();
    expect(within.data!.offers.edges.length).toBeGreaterThan(0);
  });
});
