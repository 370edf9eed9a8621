import { describeEachDatabase } from '@passerelle/testing';
import { codeOf, launchProgrammes, type ProgrammesUnderTest } from './support';

const IMPORT = /* GraphQL */ `
  mutation Import($records: [ProgrammeImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean! = false) {
    importProgrammes(records: $records, dryRun: $dryRun, applyValid: $applyValid) {
      key
      kind
      change
      id
      reason
      field
    }
  }
`;

const ACTIVITY = 'XM-DAC-41114-TEST-00001'; // fictitious activity identifier under UNDP's publisher prefix
const VERSION = '2026-11-02T09:30:00Z';

interface Result {
  key: string;
  kind: string;
  change: string;
  id: string | null;
  reason: string | null;
  field: string | null;
}

const contribution = (index: number, overrides: Record<string, unknown> = {}) => ({
  key: `${ACTIVITY}#${index}`,
  source: { system: 'IATI', id: `${ACTIVITY}#${index}`, version: VERSION },
  donorId: 'gov-sweden',
  amount: { amount: '250000.00', currency: 'USD' },
  status: 'PAID',
  date: '2025-03-14',
  ...overrides,
});

const record = (overrides: Record<string, unknown> = {}) => ({
  key: ACTIVITY,
  source: { system: 'IATI', id: ACTIVITY, version: VERSION, url: null },
  name: 'Appui à la stabilisation au Nord-Kivu (fictif)',
  kind: 'PROJECT',
  description: 'Projet fictif pour les tests.',
  countryCodes: ['CD'],
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  participants: [
    { organisationId: 'gov-sweden', role: 'FUNDING' },
    { organisationId: 'undp', role: 'MANAGER' },
    { organisationId: 'intersos', role: 'IMPLEMENTING' },
  ],
  contributions: [
    contribution(0),
    contribution(1, { amount: { amount: '1000000', currency: 'EUR' }, status: 'COMMITTED', date: '2025-01' }),
  ],
  ...overrides,
});

const READ_IMPORTED = /* GraphQL */ `
  query ($id: ID!) {
    programme(id: $id) {
      name
      kind
      countryCodes
      startDate
      endDate
      sourceRecord {
        system
        id
        version
        url
      }
      participants {
        organisation {
          id
        }
        role
      }
      contributions {
        edges {
          node {
            donor {
              id
            }
            amount {
              amount
              currency
            }
            status
            date
            sourceRecord {
              id
              version
            }
          }
        }
      }
    }
  }
`;

describeEachDatabase('programmes', 'importProgrammes', (database) => {
  let service: ProgrammesUnderTest;
  const counts = async () => ({
    programmes: await service.rowCount('programmes'),
    participants: await service.rowCount('programme_participants'),
    countries: await service.rowCount('programme_countries'),
    contributions: await service.rowCount('contributions'),
    events: await service.rowCount('outbox_events'),
  });
  const importAs = async (records: unknown[], dryRun = false, applyValid = false, roles: ('admin' | 'funding' | 'editor')[] = ['admin']) =>
    service.askAs<{ importProgrammes: Result[] }>(roles, IMPORT, { records, dryRun, applyValid });

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('refuses callers without the admin or funding role before anything else', async () => {
    expect(codeOf(await service.ask(IMPORT, { records: [record()], dryRun: false }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await importAs([record()], false, false, ['editor']))).toBe('FORBIDDEN');
  });

  it('writes nothing on a dry run, yet answers what an apply would do', async () => {
    const before = await counts();
    const response = await importAs([record()], true);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importProgrammes.map(({ key, kind, change, id }) => [key, kind, change, id])).toEqual([
      [ACTIVITY, 'PROGRAMME', 'CREATED', null],
      [`${ACTIVITY}#0`, 'CONTRIBUTION', 'CREATED', null],
      [`${ACTIVITY}#1`, 'CONTRIBUTION', 'CREATED', null],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('creates the programme, its participants and its contributions (with their events), then leaves them on a second import', async () => {
    const before = await counts();
    const first = await importAs([record()], false, false, ['funding']);
    expect(first.errors).toBeUndefined();
    const [programme, ...contributions] = first.data!.importProgrammes;
    expect(programme).toMatchObject({ kind: 'PROGRAMME', change: 'CREATED', reason: null, field: null });
    expect(contributions.map((result) => result.change)).toEqual(['CREATED', 'CREATED']);
    expect(await counts()).toEqual({
      programmes: before.programmes + 1,
      participants: before.participants + 3,
      countries: before.countries + 1,
      contributions: before.contributions + 2,
      events: before.events + 2,
    });
    const read = await service.ask(READ_IMPORTED, { id: programme!.id });
    expect(read.data).toEqual({
      programme: {
        name: 'Appui à la stabilisation au Nord-Kivu (fictif)',
        kind: 'PROJECT',
        countryCodes: ['CD'],
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        sourceRecord: { system: 'IATI', id: ACTIVITY, version: VERSION, url: null },
        participants: [
          { organisation: { id: 'gov-sweden' }, role: 'FUNDING' },
          { organisation: { id: 'undp' }, role: 'MANAGER' },
          { organisation: { id: 'intersos' }, role: 'IMPLEMENTING' },
        ],
        contributions: {
          edges: [
            {
              node: {
                donor: { id: 'gov-sweden' },
                amount: { amount: '1000000.00', currency: 'EUR' },
                status: 'COMMITTED',
                date: '2025-01',
                sourceRecord: { id: `${ACTIVITY}#1`, version: VERSION },
              },
            },
            {
              node: {
                donor: { id: 'gov-sweden' },
                amount: { amount: '250000.00', currency: 'USD' },
                status: 'PAID',
                date: '2025-03-14',
                sourceRecord: { id: `${ACTIVITY}#0`, version: VERSION },
              },
            },
          ],
        },
      },
    });

    const afterFirst = await counts();
    const second = await importAs([record()]);
    expect(second.data!.importProgrammes.map(({ change, id }) => [change, id])).toEqual([
      ['UNCHANGED', programme!.id],
      ['UNCHANGED', contributions[0]!.id],
      ['UNCHANGED', contributions[1]!.id],
    ]);
    expect(await counts()).toEqual(afterFirst);
  });

  it('leaves a record alone when the incoming version is older', async () => {
    const older = { system: 'IATI', id: ACTIVITY, version: '2020-01-01T00:00:00Z' };
    const response = await importAs([record({ source: older, name: 'Ancien nom', contributions: [] })]);
    expect(response.data!.importProgrammes).toEqual([
      expect.objectContaining({ change: 'UNCHANGED', reason: 'an older version than the one imported' }),
    ]);
  });

  it('updates from a newer version: fields, participants as a set, and a changed contribution through its update (with its event)', async () => {
    const newer = '2026-12-01T08:00:00Z';
    const before = await counts();
    const response = await importAs([
      record({
        source: { system: 'IATI', id: ACTIVITY, version: newer },
        endDate: '2027-06-30',
        participants: [
          { organisationId: 'gov-sweden', role: 'FUNDING' },
          { organisationId: 'undp', role: 'LEAD' },
        ],
        contributions: [
          contribution(0, { source: { system: 'IATI', id: `${ACTIVITY}#0`, version: newer } }),
          contribution(1, { source: { system: 'IATI', id: `${ACTIVITY}#1`, version: newer }, status: 'PAID', date: '2025-02-10' }),
        ],
      }),
    ]);
    expect(response.data!.importProgrammes.map((result) => result.change)).toEqual(['UPDATED', 'UNCHANGED', 'UPDATED']);
    expect(await counts()).toEqual({ ...before, participants: before.participants - 1, events: before.events + 1 });
    const read = await service.ask<{ programme: { endDate: string; sourceRecord: { version: string }; participants: unknown[] } }>(
      READ_IMPORTED,
      { id: response.data!.importProgrammes[0]!.id },
    );
    expect(read.data!.programme).toMatchObject({
      endDate: '2027-06-30',
      sourceRecord: { version: newer },
      participants: [
        { organisation: { id: 'gov-sweden' }, role: 'FUNDING' },
        { organisation: { id: 'undp' }, role: 'LEAD' },
      ],
    });
  });

  it('refuses bad records with their field and writes nothing, unless asked to apply the valid ones', async () => {
    const other = (id: string, overrides: Record<string, unknown> = {}) =>
      record({ key: id, source: { system: 'IATI', id, version: VERSION }, contributions: [], ...overrides });
    const badContributions = [
      contribution(0, { key: 'good', source: { system: 'IATI', id: 'XX-TEST-BAD#0' } }),
      contribution(1, { key: 'currency', source: { system: 'IATI', id: 'XX-TEST-BAD#1' }, amount: { amount: '10', currency: 'XYZ' } }),
      contribution(2, { key: 'decimals', source: { system: 'IATI', id: 'XX-TEST-BAD#2' }, amount: { amount: '10.005', currency: 'USD' } }),
      contribution(3, { key: 'zero', source: { system: 'IATI', id: 'XX-TEST-BAD#3' }, amount: { amount: '0', currency: 'USD' } }),
      contribution(4, { key: 'date', source: { system: 'IATI', id: 'XX-TEST-BAD#4' }, date: '2017-02-30' }),
    ];
    const records = [
      other('XX-TEST-BAD', { contributions: badContributions }),
      other('XX-TEST-ENDS-EARLY', { startDate: '2017-03', endDate: '2016' }),
      other('XX-TEST-NO-DATE', {
        startDate: '2017-02-30',
        contributions: [contribution(5, { key: 'orphan', source: { system: 'IATI', id: 'XX-TEST-NO-DATE#0' } })],
      }),
    ];
    const before = await counts();
    const refused = await importAs(records);
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.importProgrammes.map(({ key, change, field }) => [key, change, field])).toEqual([
      ['XX-TEST-BAD', 'CREATED', null],
      ['good', 'CREATED', null],
      ['currency', 'REFUSED', 'records.0.contributions.1.amount.currency'],
      ['decimals', 'REFUSED', 'records.0.contributions.2.amount.amount'],
      ['zero', 'REFUSED', 'records.0.contributions.3.amount.amount'],
      ['date', 'REFUSED', 'records.0.contributions.4.date'],
      ['XX-TEST-ENDS-EARLY', 'REFUSED', 'records.1.endDate'],
      ['XX-TEST-NO-DATE', 'REFUSED', 'records.2.startDate'],
      ['orphan', 'REFUSED', 'records.2.startDate'],
    ]);
    expect(refused.data!.importProgrammes.filter((result) => result.change === 'CREATED').map((result) => result.id)).toEqual([null, null]);
    expect(refused.data!.importProgrammes[2]!.reason).toMatch(/ISO 4217/);
    expect(refused.data!.importProgrammes[3]!.reason).toMatch(/2 decimal places/);
    expect(await counts()).toEqual(before);

    const applied = await importAs(records, false, true);
    expect(applied.data!.importProgrammes.map(({ change }) => change)).toEqual([
      'CREATED',
      'CREATED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
    ]);
    expect(await counts()).toEqual({
      ...before,
      programmes: before.programmes + 1,
      participants: before.participants + 3,
      countries: before.countries + 1,
      contributions: before.contributions + 1,
      events: before.events + 1,
    });
  });
});
