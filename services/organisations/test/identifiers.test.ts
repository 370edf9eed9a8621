import { QueryCounter } from '@passerelle/db';
import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { bearer, describeEachDatabase, graphql, launchSubgraphUnderTest, tableSnapshot } from '@passerelle/testing';
import { seedOrganisations } from '../src/seed/seed-organisations';
import { organisationsSubgraph } from '../src/subgraph';

const TABLES = ['organisations', 'organisation_identifiers'];

interface Identifier {
  scheme: string;
  value: string;
}
interface Shown {
  id: string;
  version: number;
  identifiers: Identifier[];
}

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version identifiers { scheme value } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version identifiers { scheme value } }
}`;
const BY_IDENTIFIER = `query ($scheme: IdentifierScheme!, $value: String!) { organisationByIdentifier(scheme: $scheme, value: $value) { id } }`;

describeEachDatabase('organisations', 'organisation identifiers', (database) => {
  const queries = new QueryCounter();
  let subgraph: RunningSubgraph;
  const headers: Record<string, Record<string, string>> = {};
  const send = <Data = Record<string, Shown | null>>(query: string, variables: Record<string, unknown> = {}, who?: string) =>
    graphql<Data>(subgraph.url, query, variables, who ? headers[who] : {});
  const holderOf = async (scheme: string, value: string) =>
    (await send<{ organisationByIdentifier: { id: string } | null }>(BY_IDENTIFIER, { scheme, value })).data?.organisationByIdentifier
      ?.id ?? null;
  const shown = async (id: string) =>
    (
      await send<{ organisation: Shown & { jsonLd: Record<string, unknown> } }>(
        `{ organisation(id: "${id}") { id version identifiers { scheme value } jsonLd } }`,
      )
    ).data!.organisation;

  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create(), { queries }));
    headers.admin = await bearer(['admin']);
    headers.unopsEditor = await bearer(['editor'], ['unops']);
  });
  afterAll(() => subgraph.stop());

  it('seeds the IATI identifiers the agencies publish under, and UNOPS’s domain, ordered by scheme then value', async () => {
    const response = await send(`{
      undp: organisation(id: "undp") { identifiers { scheme value } }
      unWomen: organisation(id: "un-women") { identifiers { scheme value } }
      unops: organisation(id: "unops") { identifiers { scheme value } }
      intersos: organisation(id: "intersos") { identifiers { scheme value } }
    }`);
    expect(response.data).toEqual({
      undp: { identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }] },
      unWomen: { identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41146' }] },
      unops: {
        identifiers: [
          { scheme: 'DOMAIN', value: 'unops.org' },
          { scheme: 'IATI', value: 'XM-DAC-41502' },
        ],
      },
      intersos: { identifiers: [] },
    });
  });

  it('finds an organisation by identifier in its stored form, null for one nobody has', async () => {
    expect(await holderOf('IATI', 'XM-DAC-41114')).toBe('undp');
    expect(await holderOf('IATI', 'xm-dac-41502')).toBe('unops');
    expect(await holderOf('DOMAIN', ' UNOPS.org. ')).toBe('unops');
    expect(await holderOf('IATI', 'XM-DAC-99999')).toBeNull();
    expect(await holderOf('DOMAIN', 'XM-DAC-41114'.toLowerCase())).toBeNull();
    const bad = await send(BY_IDENTIFIER, { scheme: 'RELIEFWEB', value: 'undp' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
  });

  it('lets an admin create an organisation with identifiers, stored in their one form', async () => {
    const created = await send(
      CREATE,
      {
        input: {
          name: 'Norwegian Refugee Council',
          kind: 'NGO',
          identifiers: [
            { scheme: 'DOMAIN', value: 'NRC.no' },
            { scheme: 'RELIEFWEB', value: '0042' },
            { scheme: 'FTS', value: '2958' },
          ],
        },
      },
      'admin',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation?.identifiers).toEqual([
      { scheme: 'DOMAIN', value: 'nrc.no' },
      { scheme: 'FTS', value: '2958' },
      { scheme: 'RELIEFWEB', value: '42' },
    ]);
    expect(await holderOf('RELIEFWEB', '42')).toBe(created.data!.createOrganisation!.id);
  });

  it('refuses a value another organisation has with CONFLICT, and saves nothing', async () => {
    const before = await tableSnapshot(subgraph.dataSource, TABLES);
    const create = await send(
      CREATE,
      { input: { name: 'Fake UNDP', kind: 'NGO', identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }] } },
      'admin',
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.identifiers', organisationId: 'undp' });
    const { version } = await shown('intersos');
    const update = await send(
      UPDATE,
      { id: 'intersos', input: { identifiers: [{ scheme: 'DOMAIN', value: 'unops.org' }] }, expectedVersion: version },
      'admin',
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.identifiers' });
    expect(await tableSnapshot(subgraph.dataSource, TABLES)).toEqual(before);
  });

  it('refuses identifiers to editors, naming the field, even on their own organisation', async () => {
    const before = await tableSnapshot(subgraph.dataSource, TABLES);
    const { version } = await shown('unops');
    const update = await send(
      UPDATE,
      { id: 'unops', input: { identifiers: [{ scheme: 'FTS', value: '1' }] }, expectedVersion: version },
      'unopsEditor',
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.identifiers' });
    const create = await send(CREATE, { input: { name: 'X', kind: 'NGO', identifiers: [] } }, 'unopsEditor');
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.identifiers' });
    expect(await tableSnapshot(subgraph.dataSource, TABLES)).toEqual(before);
  });

  it('replaces the whole set on update, as a new version, and clears it with null', async () => {
    const { version } = await shown('intersos');
    const set = await send(
      UPDATE,
      {
        id: 'intersos',
        input: {
          identifiers: [
            { scheme: 'DOMAIN', value: 'intersos.org' },
            { scheme: 'RELIEFWEB', value: '1187' },
          ],
        },
        expectedVersion: version,
      },
      'admin',
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateOrganisation).toMatchObject({
      version: version + 1,
      identifiers: [
        { scheme: 'DOMAIN', value: 'intersos.org' },
        { scheme: 'RELIEFWEB', value: '1187' },
      ],
    });
    expect((await shown('intersos')).jsonLd).toMatchObject({ sameAs: ['https://api.reliefweb.int/v1/sources/1187'] });
    const cleared = await send(UPDATE, { id: 'intersos', input: { identifiers: null }, expectedVersion: version + 1 }, 'admin');
    expect(cleared.data?.updateOrganisation).toMatchObject({ version: version + 2, identifiers: [] });
    expect(await holderOf('DOMAIN', 'intersos.org')).toBeNull();
  });

  const malformed: [string, string, Identifier[]][] = [
    ['an IATI id without its agency', 'input.identifiers.0.value', [{ scheme: 'IATI', value: '41114' }]],
    ['an IATI id with a space', 'input.identifiers.0.value', [{ scheme: 'IATI', value: 'XM-DAC 41114' }]],
    ['an IATI id with a slash', 'input.identifiers.0.value', [{ scheme: 'IATI', value: 'XM-DAC-41114/1' }]],
    ['a ReliefWeb id of 0', 'input.identifiers.0.value', [{ scheme: 'RELIEFWEB', value: '0' }]],
    ['a negative FTS id', 'input.identifiers.0.value', [{ scheme: 'FTS', value: '-3' }]],
    ['a ReliefWeb id that is a name', 'input.identifiers.0.value', [{ scheme: 'RELIEFWEB', value: 'undp' }]],
    ['a domain given as a URL', 'input.identifiers.0.value', [{ scheme: 'DOMAIN', value: 'https://undp.org' }]],
    ['a domain of one label', 'input.identifiers.0.value', [{ scheme: 'DOMAIN', value: 'localhost' }]],
    ['a domain with an underscore', 'input.identifiers.0.value', [{ scheme: 'DOMAIN', value: 'un_women.org' }]],
    ['an empty value', 'input.identifiers.0.value', [{ scheme: 'DOMAIN', value: ' ' }]],
    [
      'the same domain twice in two cases',
      'input.identifiers.1.value',
      [
        { scheme: 'DOMAIN', value: 'msf.org' },
        { scheme: 'DOMAIN', value: 'MSF.org' },
      ],
    ],
  ];

  it.each(malformed)('refuses %s, naming %s, and saves nothing', async (_, field, identifiers) => {
    const before = await tableSnapshot(subgraph.dataSource, TABLES);
    const response = await send(CREATE, { input: { name: 'Médecins Sans Frontières', kind: 'NGO', identifiers } }, 'admin');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableSnapshot(subgraph.dataSource, TABLES)).toEqual(before);
  });

  it('shows an organisation as schema.org Organization JSON-LD', async () => {
    expect((await shown('unops-htoc')).jsonLd).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'Organization',
      name: 'Centre des opérations de l’UNOPS Haïti',
      alternateName: ['HTOC', 'UNOPS-HTOC', 'UNOPS Haiti Operations Centre'],
      description: expect.stringContaining('Haïti') as unknown,
      address: { '@type': 'PostalAddress', addressCountry: 'HT' },
      parentOrganization: { '@type': 'Organization', name: 'United Nations Office for Project Services' },
    });
    expect((await shown('unops')).jsonLd).toMatchObject({
      url: 'https://www.unops.org',
      alternateName: ['UNOPS', 'Bureau des Nations Unies pour les services d’appui aux projets'],
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'DOMAIN', name: 'Web domain', value: 'unops.org' },
        { '@type': 'PropertyValue', propertyID: 'IATI', name: 'IATI organisation identifier', value: 'XM-DAC-41502' },
      ],
    });
  });

  it('loads the identifiers and JSON-LD of a whole page in one query for the identifiers', async () => {
    queries.reset();
    const response = await send(`{ organisations(first: 50) { edges { node { identifiers { scheme } jsonLd } } } }`);
    expect(response.errors).toBeUndefined();
    // the page, the identifiers' batch, the parents' batch
    expect(queries.selects()).toHaveLength(3);
  });

  it('gives a database seeded before identifiers existed the seed’s identifiers, as new versions, once', async () => {
    await subgraph.dataSource.query("DELETE FROM organisation_identifiers WHERE organisation_id IN ('undp', 'unops')");
    const [undp, unops] = [await shown('undp'), await shown('unops')];
    expect([undp.identifiers, unops.identifiers]).toEqual([[], []]);
    expect(await seedOrganisations(subgraph.dataSource)).toBe(0);
    expect(await shown('undp')).toMatchObject({ version: undp.version + 1, identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }] });
    expect((await shown('unops')).identifiers).toHaveLength(2);
    const before = await tableSnapshot(subgraph.dataSource, TABLES);
    await seedOrganisations(subgraph.dataSource);
    expect(await tableSnapshot(subgraph.dataSource, TABLES)).toEqual(before);
  });
});
