import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { bearer, describeEachDatabase, graphql, launchSubgraphUnderTest, tableSnapshot } from '@passerelle/testing';
import { organisationsSubgraph } from '../src/subgraph';

const TABLES = ['organisations', 'organisation_identifiers'];

const IMPORT = `mutation ($records: [OrganisationImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean! = false) {
  importOrganisations(records: $records, dryRun: $dryRun, applyValid: $applyValid) { key change organisationId reason field }
}`;

interface Result {
  key: string;
  change: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';
  organisationId: string | null;
  reason: string | null;
  field: string | null;
}

type ImportRecord = Record<string, unknown> & { key: string };

const record = (key: string, fields: Record<string, unknown>): ImportRecord => ({
  key,
  identifiers: [],
  createIfMissing: false,
  ...fields,
});

/** What an IATI activity file's participating organisations make: one known by its identifier, one new, one only named. */
const IATI_RECORDS: ImportRecord[] = [
  record('iati:XM-DAC-41114', {
    name: 'UNDP',
    identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }],
    createIfMissing: true,
    kind: 'UN_AGENCY',
  }),
  record('iati:NO-BRC-977538319', {
    name: 'Norwegian Refugee Council',
    acronym: 'NRC',
    kind: 'NGO',
    countryCode: 'NO',
    website: 'https://www.nrc.no',
    identifiers: [
      { scheme: 'IATI', value: 'NO-BRC-977538319' },
      { scheme: 'DOMAIN', value: 'NRC.no' },
    ],
    createIfMissing: true,
  }),
  record('name:ONU Femmes', { name: 'onu femmes', identifiers: [{ scheme: 'RELIEFWEB', value: '5183' }] }),
  record('name:Intersos', { name: 'Intersos' }),
];

describeEachDatabase('organisations', 'importing organisations', (database) => {
  let subgraph: RunningSubgraph;
  const headers: Record<string, Record<string, string>> = {};
  const importAs = (who: string | null, records: ImportRecord[], options: { dryRun?: boolean; applyValid?: boolean } = {}) =>
    graphql<{ importOrganisations: Result[] }>(
      subgraph.url,
      IMPORT,
      { records, dryRun: options.dryRun ?? false, applyValid: options.applyValid ?? false },
      who ? headers[who] : {},
    );
  const run = async (records: ImportRecord[], options: { dryRun?: boolean; applyValid?: boolean } = {}) => {
    const response = await importAs('admin', records, options);
    expect(response.errors).toBeUndefined();
    return response.data!.importOrganisations;
  };
  const changes = (results: Result[]) => results.map((result) => [result.key, result.change]);
  const snapshot = () => tableSnapshot(subgraph.dataSource, TABLES);
  const organisation = async (id: string) =>
    (
      await graphql<{
        organisation: {
          name: string;
          acronym: string | null;
          kind: string;
          version: number;
          identifiers: { scheme: string; value: string }[];
        } | null;
      }>(subgraph.url, `{ organisation(id: "${id}") { name acronym kind version identifiers { scheme value } } }`)
    ).data!.organisation;

  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create()));
    headers.admin = await bearer(['admin']);
    headers.unopsEditor = await bearer(['editor'], ['unops']);
    headers.funding = await bearer(['funding']);
  });
  afterAll(() => subgraph.stop());

  it('is for admins only', async () => {
    const before = await snapshot();
    expect((await importAs(null, IATI_RECORDS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await importAs('unopsEditor', IATI_RECORDS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importAs('funding', IATI_RECORDS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('plans in a dry run exactly what it then applies, writing nothing', async () => {
    const before = await snapshot();
    const planned = await run(IATI_RECORDS, { dryRun: true });
    expect(await snapshot()).toEqual(before);
    expect(planned).toEqual([
      { key: 'iati:XM-DAC-41114', change: 'UNCHANGED', organisationId: 'undp', reason: null, field: null },
      { key: 'iati:NO-BRC-977538319', change: 'CREATED', organisationId: null, reason: null, field: null },
      { key: 'name:ONU Femmes', change: 'UPDATED', organisationId: 'un-women', reason: null, field: null },
      { key: 'name:Intersos', change: 'UNCHANGED', organisationId: 'intersos', reason: null, field: null },
    ]);

    const unWomenVersion = (await organisation('un-women'))!.version;
    const applied = await run(IATI_RECORDS);
    expect(changes(applied)).toEqual(changes(planned));
    const createdId = applied[1]!.organisationId!;
    expect(createdId).toEqual(expect.any(String));
    expect(await organisation(createdId)).toEqual({
      name: 'Norwegian Refugee Council',
      acronym: 'NRC',
      kind: 'NGO',
      version: 1,
      identifiers: [
        { scheme: 'DOMAIN', value: 'nrc.no' },
        { scheme: 'IATI', value: 'NO-BRC-977538319' },
      ],
    });
    // a matched organisation gains the identifiers it lacked, as a new version, and nothing else
    expect(await organisation('un-women')).toEqual({
      name: 'UN Women',
      acronym: null,
      kind: 'UN_AGENCY',
      version: unWomenVersion + 1,
      identifiers: [
        { scheme: 'IATI', value: 'XM-DAC-41146' },
        { scheme: 'RELIEFWEB', value: '5183' },
      ],
    });
    const found = await graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
      subgraph.url,
      `
        {
          organisations(filter: { search: "NRC" }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    expect(found.data?.organisations.edges.map((edge) => edge.node.id)).toEqual([createdId]);
  });

  it('changes nothing when the same records come again', async () => {
    const before = await snapshot();
    const again = await run(IATI_RECORDS);
    expect(again.map((result) => result.change)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again[1]!.organisationId).toEqual(expect.any(String));
    expect(await snapshot()).toEqual(before);
  });

  const refusing: ImportRecord[] = [
    record('good:new', {
      name: 'Action contre la Faim',
      kind: 'NGO',
      identifiers: [{ scheme: 'DOMAIN', value: 'actioncontrelafaim.org' }],
      createIfMissing: true,
    }),
    record('bad:value', { name: 'Somebody', kind: 'NGO', identifiers: [{ scheme: 'IATI', value: 'XM DAC 1' }], createIfMissing: true }),
    record('bad:unknown-name', { name: 'An Organisation Nobody Knows' }),
    record('bad:no-kind', { name: 'Another Unknown', createIfMissing: true }),
    record('bad:two-owners', {
      name: 'UNDP',
      identifiers: [
        { scheme: 'IATI', value: 'XM-DAC-41114' },
        { scheme: 'IATI', value: 'XM-DAC-41502' },
      ],
    }),
    record('bad:country', { name: 'Somewhere', kind: 'NGO', countryCode: 'ZZ', createIfMissing: true }),
    record('good:update', { name: 'UNHCR', identifiers: [{ scheme: 'DOMAIN', value: 'unhcr.org' }] }),
  ];
  const expectedRefusals = [
    ['bad:value', 'records.1.identifiers.0.value'],
    ['bad:unknown-name', 'records.2.name'],
    ['bad:no-kind', 'records.3.kind'],
    ['bad:two-owners', 'records.4.identifiers.1'],
    ['bad:country', 'records.5.countryCode'],
  ];
  const refusalsOf = (results: Result[]) =>
    results.filter((result) => result.change === 'REFUSED').map((result) => [result.key, result.field]);

  it('refuses bad records with their field and reason, and then writes nothing at all', async () => {
    const before = await snapshot();
    const results = await run(refusing);
    expect(refusalsOf(results)).toEqual(expectedRefusals);
    for (const refused of results.filter((result) => result.change === 'REFUSED')) {
      expect(refused.reason).toEqual(expect.any(String));
      expect(refused.organisationId).toBeNull();
    }
    expect(results[4]!.reason).toMatch(/XM-DAC-41502 identifies organisation "unops"/);
    expect(changes(results).filter(([, change]) => change !== 'REFUSED')).toEqual([
      ['good:new', 'CREATED'],
      ['good:update', 'UPDATED'],
    ]);
    expect(results[0]!.organisationId).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('writes the good records when asked to apply the valid ones, and only those', async () => {
    const results = await run(refusing, { applyValid: true });
    expect(refusalsOf(results)).toEqual(expectedRefusals);
    const createdId = results[0]!.organisationId!;
    expect((await organisation(createdId))?.identifiers).toEqual([{ scheme: 'DOMAIN', value: 'actioncontrelafaim.org' }]);
    expect((await organisation('unhcr'))?.identifiers).toContainEqual({ scheme: 'DOMAIN', value: 'unhcr.org' });
    const unknown = await graphql<{ organisations: { totalCount: number } }>(
      subgraph.url,
      `
        {
          a: organisations(filter: { search: "nobody knows" }) {
            totalCount
          }
          b: organisations(filter: { search: "another unknown" }) {
            totalCount
          }
          c: organisations(filter: { search: "somebody" }) {
            totalCount
          }
        }
      `,
    );
    expect(unknown.data).toEqual({ a: { totalCount: 0 }, b: { totalCount: 0 }, c: { totalCount: 0 } });
    expect(
      (
        await graphql(
          subgraph.url,
          `
            {
              organisationByIdentifier(scheme: IATI, value: "XM-DAC-41502") {
                id
              }
            }
          `,
        )
      ).data,
    ).toEqual({
      organisationByIdentifier: { id: 'unops' },
    });
  });

  it('makes one organisation of two records that share a new identifier, and refuses a name that names several', async () => {
    const shared = { scheme: 'FTS', value: '777001' };
    const results = await run([
      record('fts:777001', { name: 'Danish Refugee Council', kind: 'NGO', identifiers: [shared], createIfMissing: true }),
      record('name:DRC', { name: 'DRC', acronym: 'DRC', kind: 'NGO', identifiers: [shared], createIfMissing: true }),
    ]);
    expect(changes(results)).toEqual([
      ['fts:777001', 'CREATED'],
      ['name:DRC', 'UNCHANGED'],
    ]);
    expect(results[1]!.organisationId).toBe(results[0]!.organisationId);

    // "DRC" is an alias of the DRC government; an organisation with it as acronym makes the name ambiguous
    await run([record('name:drc-2', { name: 'Democratic Republic Council', acronym: 'DRC', kind: 'NGO', createIfMissing: true })]);
    const before = await snapshot();
    const ambiguous = await run([record('name:DRC', { name: 'drc', identifiers: [{ scheme: 'FTS', value: '5' }] })]);
    expect(ambiguous[0]).toMatchObject({ change: 'REFUSED', field: 'records.0.name', organisationId: null });
    expect(ambiguous[0]!.reason).toMatch(/names 2 organisations/);
    expect(await snapshot()).toEqual(before);
  });
});
