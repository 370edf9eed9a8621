import { mintToken } from '@passerelle/auth';
import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { bearer, describeEachDatabase, graphql, launchSubgraphUnderTest, tableSnapshot, TEST_JWT_SECRET } from '@passerelle/testing';
import { organisationsSubgraph } from '../src/subgraph';

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name kind acronym aliases parent { id } countryCode version }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id name acronym aliases version }
}`;

describeEachDatabase('organisations', 'organisation writes', (database) => {
  let subgraph: RunningSubgraph;
  const headers: Record<string, Record<string, string>> = {};
  const as = (who: string | null) => (who ? headers[who] : {});
  const send = (query: string, variables: Record<string, unknown>, who: string | null) =>
    graphql<Record<string, { id: string; version: number; name: string } | null>>(subgraph.url, query, variables, as(who));
  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
  const versionOf = async (id: string) =>
    (await graphql<{ organisation: { version: number } }>(subgraph.url, `{ organisation(id: "${id}") { version } }`)).data!.organisation
      .version;

  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create(), { production: true }));
    headers.admin = await bearer(['admin']);
    headers.unopsEditor = await bearer(['editor'], ['unops']);
    headers.funding = await bearer(['funding']);
  });
  afterAll(() => subgraph.stop());

  it('lets an admin create an organisation from a name and a kind, findable at once', async () => {
    const created = await send(CREATE, { input: { name: 'Médecins Sans Frontières', kind: 'NGO', aliases: ['MSF'] } }, 'admin');
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation).toMatchObject({ name: 'Médecins Sans Frontières', kind: 'NGO', version: 1, parent: null });
    const found = await graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
      subgraph.url,
      `
        {
          organisations(filter: { search: "medecins sans" }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    expect(found.data?.organisations.edges.map((edge) => edge.node.id)).toEqual([created.data!.createOrganisation!.id]);
  });

  it('refuses writes to anonymous callers, and creation to editors and funders', async () => {
    const input = { name: 'Nobody', kind: 'NGO' };
    expect(codeOf(await send(CREATE, { input }, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await send(CREATE, { input }, 'unopsEditor'))).toBe('FORBIDDEN');
    expect(codeOf(await send(CREATE, { input }, 'funding'))).toBe('FORBIDDEN');
    expect(codeOf(await send(UPDATE, { id: 'undp', input: { name: 'X' }, expectedVersion: 1 }, 'unopsEditor'))).toBe('FORBIDDEN');
  });

  it('refuses forged identity headers and tokens that fail verification, sent straight to the subgraph', async () => {
    const before = await tableSnapshot(subgraph.dataSource, ['organisations']);
    const expired = await mintToken({
      subject: 'ada',
      roles: ['admin'],
      secret: TEST_JWT_SECRET,
      expiresIn: Math.floor(Date.now() / 1000) - 60,
    });
    const otherSecret = await mintToken({ subject: 'ada', roles: ['admin'] });
    const callers: [string, Record<string, string>, string][] = [
      [
        'forged headers',
        { 'x-user-id': 'ada', 'x-roles': 'admin', 'x-organisation-ids': 'unops', 'x-forwarded-user': 'admin' },
        'UNAUTHENTICATED',
      ],
      ['an expired token', { authorization: `Bearer ${expired}` }, 'UNAUTHENTICATED'],
      ['a token signed with another secret', { authorization: `Bearer ${otherSecret}` }, 'UNAUTHENTICATED'],
      ['an editor with forged admin headers', { ...headers.unopsEditor, 'x-roles': 'admin' }, 'FORBIDDEN'],
    ];
    for (const [, callerHeaders, code] of callers) {
      const create = await graphql(subgraph.url, CREATE, { input: { name: 'Forged', kind: 'NGO' } }, callerHeaders);
      const update = await graphql(subgraph.url, UPDATE, { id: 'undp', input: { name: 'Forged' }, expectedVersion: 1 }, callerHeaders);
      expect([codeOf(create), codeOf(update)]).toEqual([code, code]);
    }
    expect(await tableSnapshot(subgraph.dataSource, ['organisations'])).toEqual(before);
  });

  it('lets an editor update their own organisation, keeping search in step', async () => {
    const version = await versionOf('unops');
    const updated = await send(
      UPDATE,
      {
        id: 'unops',
        input: { aliases: ['UNOPS', 'Bureau des Nations Unies pour les services d’appui aux projets', 'Oficina'] },
        expectedVersion: version,
      },
      'unopsEditor',
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateOrganisation?.version).toBe(version + 1);
    const found = await graphql<{ organisations: { totalCount: number } }>(
      subgraph.url,
      `
        {
          organisations(filter: { search: "oficina" }) {
            totalCount
          }
        }
      `,
    );
    expect(found.data?.organisations.totalCount).toBe(1);
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const before = await tableSnapshot(subgraph.dataSource, ['organisations']);
    const stale = await send(UPDATE, { id: 'intersos', input: { description: 'stale' }, expectedVersion: 7 }, 'admin');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(codeOf(await send(UPDATE, { id: 'nope', input: { name: 'x' }, expectedVersion: 1 }, 'admin'))).toBe('NOT_FOUND');
    expect(await tableSnapshot(subgraph.dataSource, ['organisations'])).toEqual(before);
  });

  it('lets exactly one of 100 concurrent updates from the same version win, and loses none', async () => {
    const version = await versionOf('unhcr');
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, writer) =>
        send(UPDATE, { id: 'unhcr', input: { description: `writer ${writer}` }, expectedVersion: version }, 'admin'),
      ),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    const conflicts = attempts.filter((attempt) => codeOf(attempt) === 'CONFLICT');
    console.log(
      `organisations on ${database.label}: 100 concurrent updates from version ${version}: ${winners.length} won, ${conflicts.length} CONFLICT, ${100 - winners.length - conflicts.length} other`,
    );
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(99);
    const stored = await graphql<{ organisation: { description: string; version: number } }>(
      subgraph.url,
      `
        {
          organisation(id: "unhcr") {
            description
            version
          }
        }
      `,
    );
    expect(stored.data?.organisation).toEqual({ description: `writer ${attempts.indexOf(winners[0]!)}`, version: version + 1 });
  });

  const malformed: [string, string, string, Record<string, unknown>][] = [
    ['create', 'empty name', 'input.name', { name: '   ', kind: 'NGO' }],
    ['create', 'name too long', 'input.name', { name: 'x'.repeat(201), kind: 'NGO' }],
    ['create', 'lower-case country', 'input.countryCode', { name: 'A', kind: 'NGO', countryCode: 'cd' }],
    ['create', 'unknown country', 'input.countryCode', { name: 'A', kind: 'NGO', countryCode: 'ZZ' }],
    ['create', 'three-letter country', 'input.countryCode', { name: 'A', kind: 'NGO', countryCode: 'COD' }],
    ['create', 'website not http', 'input.website', { name: 'A', kind: 'NGO', website: 'javascript:alert(1)' }],
    ['create', 'unknown parent', 'input.parentId', { name: 'A', kind: 'UNIT', parentId: 'no-such-parent' }],
    ['create', 'empty alias', 'input.aliases.1', { name: 'A', kind: 'NGO', aliases: ['ok', ''] }],
    ['create', 'acronym too long', 'input.acronym', { name: 'A', kind: 'NGO', acronym: 'A'.repeat(41) }],
    ['update', 'nothing to change', 'input', {}],
    ['update', 'name cleared', 'input.name', { name: null }],
    ['update', 'own unit as parent', 'input.parentId', { parentId: 'monusco-uas' }],
    ['update', 'itself as parent', 'input.parentId', { parentId: 'monusco' }],
  ];

  it.each(malformed)('refuses %s input with %s, naming %s, and saves nothing', async (kind, _what, field, input) => {
    const before = await tableSnapshot(subgraph.dataSource, ['organisations']);
    const response =
      kind === 'create'
        ? await send(CREATE, { input }, 'admin')
        : await send(UPDATE, { id: 'monusco', input, expectedVersion: await versionOf('monusco') }, 'admin');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableSnapshot(subgraph.dataSource, ['organisations'])).toEqual(before);
  });
});
