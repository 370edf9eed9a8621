import { QueryCounter } from '@passerelle/db';
import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { describeEachDatabase, graphql, launchSubgraphUnderTest } from '@passerelle/testing';
import { organisationsSubgraph } from '../src/subgraph';
import { seedOrganisations } from '../src/seed/seed-organisations';
import { SEED_ORGANISATIONS } from '../src/seed/seed-data';

interface OrganisationNode {
  id: string;
  name: string;
  acronym: string | null;
}
interface OrganisationsPage {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: OrganisationNode }[];
  };
}

const LIST = /* GraphQL */ `
  query List($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          acronym
        }
      }
    }
  }
`;

describeEachDatabase('organisations', 'organisations subgraph', (database) => {
  const queries = new QueryCounter();
  let subgraph: RunningSubgraph;
  const ask = <Data>(query: string, variables: Record<string, unknown> = {}) => graphql<Data>(subgraph.url, query, variables);
  const search = async (text: string) =>
    (await ask<OrganisationsPage>(LIST, { filter: { search: text }, first: 100 })).data?.organisations.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create(), { queries }));
  });
  afterAll(() => subgraph.stop());

  it('serves an organisation with its parent and units', async () => {
    const response = await ask(`{
      uas: organisation(id: "monusco-uas") { name acronym aliases kind countryCode parent { acronym kind } }
      monusco: organisation(id: "monusco") { units { acronym } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      uas: {
        name: 'Unité d’Appui à la Stabilisation',
        acronym: 'UAS',
        aliases: ['Stabilization Support Unit', 'SSU'],
        kind: 'UNIT',
        countryCode: 'CD',
        parent: { acronym: 'MONUSCO', kind: 'UN_MISSION' },
      },
      monusco: { units: [{ acronym: 'UAS' }] },
    });
  });

  it('answers null, without an error, for an unknown id — ids are exact, not case-insensitive', async () => {
    const response = await ask(`{ organisation(id: "no-such-organisation") { id } }`);
    expect(response).toEqual({ status: 200, data: { organisation: null } });
    expect((await ask(`{ organisation(id: "UNDP") { id } }`)).data).toEqual({ organisation: null });
  });

  it('names the offending path when a variable holds an unknown enum value', async () => {
    const response = await ask(`query ($kinds: [OrganisationKind!]) { organisations(filter: { kinds: $kinds }) { totalCount } }`, {
      kinds: ['UN_AGENCY', 'CHARITY'],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds.1' });
  });

  it('finds organisations by name, acronym or alias, ignoring case and accents', async () => {
    expect(await search('pnud')).toEqual(['undp']);
    expect(await search('ONU FEMMES')).toEqual(['un-women', 'un-women-mali']);
    expect(await search('unite d’appui')).toEqual(['monusco-uas']);
    expect(await search("Unité d'Appui")).toEqual(['monusco-uas']);
    expect(await search('norvege')).toEqual(['gov-norway']);
    expect(await search('ÉTATS-UNIS')).toEqual(['gov-united-states']);
    expect(await search('50%')).toEqual([]);
  });

  it('lists the organisation asked for first: an exact acronym, alias or name, then names beginning with the search', async () => {
    // UNOPS's acronym, then its Haiti centre, whose aliases begin "UNOPS" (its name, "Centre des opérations…", sorts first)
    expect(await search('UNOPS')).toEqual(['unops', 'unops-htoc']);
    expect(await search('undp')).toEqual(['undp']);
    expect(await search('pnud')).toEqual(['undp']);
    // "ONU Femmes" is UN Women's alias; its Mali office's name only contains it
    expect(await search('onu femmes')).toEqual(['un-women', 'un-women-mali']);
    expect(await search('Belgique')).toEqual(['gov-belgium']);
    // the UAS's alias "Stabilization Support Unit" begins with it; STAREC's and MONUSCO's names contain it
    expect(await search('stabili')).toEqual(['monusco-uas', 'starec', 'monusco']);
  });

  it('pages through a ranked search, across its tiers, without overlap or gap', async () => {
    const pages: { ids: string[]; totalCount: number; hasNextPage: boolean }[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof ask<OrganisationsPage>>> = await ask<OrganisationsPage>(LIST, {
        filter: { search: 'stabili' },
        first: 1,
        after,
      });
      const page = response.data!.organisations;
      pages.push({ ids: page.edges.map((edge) => edge.node.id), totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 10);
    expect(pages).toEqual([
      { ids: ['monusco-uas'], totalCount: 3, hasNextPage: true },
      { ids: ['starec'], totalCount: 3, hasNextPage: true },
      { ids: ['monusco'], totalCount: 3, hasNextPage: false },
    ]);
  });

  it('refuses a cursor of the list by name for a search, and one of a search for the list by name', async () => {
    const byName = await ask<OrganisationsPage>(LIST, { first: 1 });
    const searched = await ask<OrganisationsPage>(LIST, { filter: { search: 'unops' }, first: 1 });
    const mixed = [
      await ask(LIST, { filter: { search: 'unops' }, first: 1, after: byName.data!.organisations.pageInfo.endCursor }),
      await ask(LIST, { first: 1, after: searched.data!.organisations.pageInfo.endCursor }),
    ];
    for (const response of mixed) expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by kind and by parent', async () => {
    const units = await ask<OrganisationsPage>(LIST, { filter: { kinds: ['UNIT'] }, first: 100 });
    expect(units.data?.organisations.edges.map((edge) => edge.node.id).sort()).toEqual(['monusco-uas', 'un-women-mali', 'unops-htoc']);
    const drc = await ask<OrganisationsPage>(LIST, { filter: { parentId: 'gov-drc' }, first: 100 });
    expect(drc.data?.organisations.totalCount).toBe(3);
  });

  it('pages through every organisation without overlap or gap, in name order', async () => {
    const seen: OrganisationNode[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; pages < 20; pages += 1) {
      const response: Awaited<ReturnType<typeof ask<OrganisationsPage>>> = await ask<OrganisationsPage>(LIST, {
        first: 5,
        after,
      });
      const page = response.data!.organisations;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ids = seen.map((node) => node.id);
    expect(totalCount).toBe(SEED_ORGANISATIONS.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(SEED_ORGANISATIONS.map((seed) => seed.id).sort());
    const names = seen.map((node) => node.name);
    expect(names[0]).toBe('Belgian Technical Cooperation');
  });

  it('refuses a page size over 100 and a cursor it did not make, naming the argument', async () => {
    const tooMany = await ask(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const foreign = await ask(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const negative = await ask(LIST, { first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('publishes a Federation 2 SDL with Organisation as an entity', async () => {
    const response = await ask<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(response.data?._service.sdl).toMatch(/type Organisation\s+@key\(fields: "id"\)/);
    expect(response.data?._service.sdl).toContain(
      '@link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@cost", "@listSize", "@inaccessible"])',
    );
  });

  it('resolves many entity references with one SQL query', async () => {
    queries.reset();
    const response = await ask(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Organisation { id acronym } }
      }`,
      {
        representations: [
          { __typename: 'Organisation', id: 'undp' },
          { __typename: 'Organisation', id: 'unops' },
          { __typename: 'Organisation', id: 'unknown-org' },
          { __typename: 'Organisation', id: 'intersos' },
        ],
      },
    );
    expect(response.data).toEqual({
      _entities: [{ id: 'undp', acronym: 'UNDP' }, { id: 'unops', acronym: 'UNOPS' }, null, { id: 'intersos', acronym: null }],
    });
    expect(queries.selects()).toHaveLength(1);
  });

  it('resolves units referenced from another subgraph with their parents in one SQL query', async () => {
    queries.reset();
    const response = await ask(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Organisation { id parent { acronym } } }
      }`,
      {
        representations: [
          { __typename: 'Organisation', id: 'monusco-uas' },
          { __typename: 'Organisation', id: 'undp' },
        ],
      },
    );
    expect(response.data).toEqual({
      _entities: [
        { id: 'monusco-uas', parent: { acronym: 'MONUSCO' } },
        { id: 'undp', parent: null },
      ],
    });
    expect(queries.selects()).toHaveLength(1);
  });

  it('loads the parents and units of a whole page in one query each', async () => {
    queries.reset();
    const response = await ask(`{ organisations(first: 50) { edges { node { parent { id } units { id } } } } }`);
    expect(response.errors).toBeUndefined();
    // the page, the parents' batch, the units' batch
    expect(queries.selects()).toHaveLength(3);
  });

  it('refuses a read with a token that fails verification, and serves it anonymously without one', async () => {
    const garbage = await graphql(
      subgraph.url,
      `
        {
          organisation(id: "undp") {
            id
          }
        }
      `,
      {},
      { authorization: 'Bearer not-a-token' },
    );
    expect(garbage.status).toBe(401);
    expect(garbage.data ?? null).toBeNull();
    expect(garbage.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await graphql(
      subgraph.url,
      `
        {
          organisation(id: "undp") {
            id
          }
        }
      `,
    );
    expect(anonymous.data).toEqual({ organisation: { id: 'undp' } });
  });

  it('seeds idempotently: a second run inserts nothing', async () => {
    expect(await seedOrganisations(subgraph.dataSource)).toBe(0);
    const count = await ask<OrganisationsPage>(LIST, { first: 1 });
    expect(count.data?.organisations.totalCount).toBe(SEED_ORGANISATIONS.length);
  });
});
