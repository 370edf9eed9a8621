import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseIatiActivities } from '../src/formats/iati';
import { UnreadableDocument, type ImportPlan, type PlannedContribution } from '../src/plan';

const FIXTURE = readFileSync(path.join(__dirname, 'fixtures', 'iati-two-activities.xml'), 'utf8');

const FIRST = 'XM-DAC-41114-FICTIF-0001';
const SECOND = 'XM-DAC-41114-FICTIF-0002';
const FIRST_VERSION = '2026-11-02T09:30:00Z';
const SECOND_VERSION = '2026-10-20T14:05:00Z';

const contribution = (
  key: string,
  version: string,
  donorKey: string,
  amount: string,
  currency: string,
  status: PlannedContribution['status'],
  date: string,
): PlannedContribution => ({
  key,
  source: { system: 'IATI', id: key, version, url: null },
  donorKey,
  amount: { amount, currency },
  status,
  date,
});

const EXPECTED: ImportPlan = {
  format: 'IATI_ACTIVITIES',
  organisations: [
    {
      key: 'iati:GB-GOV-1',
      identifiers: [{ scheme: 'IATI', value: 'GB-GOV-1' }],
      // the file's only narrative for it is in English: kept though the activity is in French
      name: 'Foreign, Commonwealth and Development Office',
      kind: 'GOVERNMENT',
      createIfMissing: true,
    },
    {
      key: 'iati:XM-DAC-41114',
      identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }],
      name: 'Programme des Nations Unies pour le développement',
      kind: 'UN_AGENCY',
      createIfMissing: true,
    },
    // named without a ref: matched by name, never created
    { key: 'name:INTERSOS', identifiers: [], name: 'INTERSOS', createIfMissing: false },
  ],
  offers: [],
  programmes: [
    {
      key: FIRST,
      source: { system: 'IATI', id: FIRST, version: FIRST_VERSION, url: null },
      // the narrative in the activity's language (fr), not the English one
      name: 'Appui à la stabilisation et à la cohésion sociale au Nord-Kivu (fictif)',
      kind: 'PROJECT',
      description:
        'Projet fictif aligné sur l’ISSSS : dialogue démocratique, restauration de l’autorité de l’État et relance ' +
        'socio-économique dans les zones prioritaires du Nord-Kivu.',
      countryCodes: ['CD'],
      // the actual start (type 2) rather than the planned one; the planned end, no actual one being stated
      startDate: '2024-03-01',
      endDate: '2026-12-31',
      participants: [
        { organisationKey: 'iati:GB-GOV-1', role: 'FUNDING' },
        { organisationKey: 'iati:XM-DAC-41114', role: 'LEAD' },
        { organisationKey: 'name:INTERSOS', role: 'IMPLEMENTING' },
      ],
      contributions: [
        contribution(`${FIRST}#FICTIF-0001-IC-1`, FIRST_VERSION, 'iati:GB-GOV-1', '2500000.00', 'USD', 'COMMITTED', '2024-02-15'),
        // no ref: its position; the value date, not the transaction date
        contribution(`${FIRST}#2`, FIRST_VERSION, 'iati:GB-GOV-1', '1250000.00', 'USD', 'PAID', '2024-03-10'),
        // a disbursement without provider-org: the reporting organisation pays it out
        contribution(`${FIRST}#FICTIF-0001-D-1`, FIRST_VERSION, 'iati:XM-DAC-41114', '400000', 'USD', 'PAID', '2024-06-30'),
      ],
    },
    {
      key: SECOND,
      source: { system: 'IATI', id: SECOND, version: SECOND_VERSION, url: null },
      name: 'Restoration of State authority in Ituri (fictitious)',
      kind: 'PROJECT',
      countryCodes: ['CD'],
      startDate: '2025-01-15',
      endDate: '2027-06-30',
      participants: [
        { organisationKey: 'iati:GB-GOV-1', role: 'FUNDING' },
        { organisationKey: 'iati:XM-DAC-41114', role: 'MANAGER' },
        { organisationKey: 'iati:XM-DAC-41114', role: 'IMPLEMENTING' },
      ],
      contributions: [
        contribution(`${SECOND}#FICTIF-0002-OC-1`, SECOND_VERSION, 'iati:XM-DAC-41114', '750000.00', 'EUR', 'COMMITTED', '2025-01-20'),
        contribution(`${SECOND}#FICTIF-0002-IF-1`, SECOND_VERSION, 'iati:GB-GOV-1', '300000.50', 'USD', 'PAID', '2025-02-03'),
      ],
    },
  ],
  refused: [],
};

/** Why a document is unreadable, as the caller would report it. */
function unreadable(content: string): { message: string; field: string | undefined } {
  try {
    parseIatiActivities(content);
  } catch (error) {
    if (error instanceof UnreadableDocument) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('the document was read');
}

const ACTIVITY = (transaction: string) => `<?xml version="1.0"?>
<iati-activities version="2.03">
  <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" default-currency="USD">
    <iati-identifier>XX-TEST-1</iati-identifier>
    <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
    <title><narrative>Test activity</narrative></title>
    <transaction ref="good"><transaction-type code="3"/><value value-date="2026-01-05">10.00</value></transaction>
    ${transaction}
  </iati-activity>
</iati-activities>`;

describe('IATI activity files', () => {
  it('read the fixture into exactly the plan: two programmes, three organisations, five contributions in two currencies', () => {
    const plan = parseIatiActivities(FIXTURE);
    expect(plan).toEqual(EXPECTED);
    const contributions = plan.programmes.flatMap((programme) => programme.contributions);
    expect(contributions).toHaveLength(5);
    expect([...new Set(contributions.map((planned) => planned.amount.currency))].sort()).toEqual(['EUR', 'USD']);
  });

  it('refuse a document type declaration before parsing: an entity bomb, an external entity', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>`;
    expect(unreadable(bomb)).toEqual({ message: expect.stringMatching(/^the document contains <!DOCTYPE: /), field: 'line 2' });
    const external = `<?xml version="1.0"?>\n<!doctype x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<iati-activities>&secret;</iati-activities>`;
    expect(unreadable(external).message).toMatch(/^the document contains <!DOCTYPE: /);
    expect(unreadable(`<iati-activities><!ENTITY x "y"></iati-activities>`).message).toMatch(/^the document contains <!ENTITY: /);
  });

  it('refuse malformed XML, saying where', () => {
    const malformed =
      '<?xml version="1.0"?>\n<iati-activities version="2.03">\n  <iati-activity>\n    <title></iati-activity>\n</iati-activities>';
    const { message, field } = unreadable(malformed);
    expect(message).toMatch(/^malformed XML at line 4, column \d+: /);
    expect(field).toMatch(/^line 4, column \d+$/);
    expect(unreadable('{"not": "xml"}').message).toMatch(/^malformed XML/);
    expect(unreadable('<?xml version="1.0"?><organisations/>').message).toMatch(/root element must be iati-activities/);
    expect(unreadable('<iati-activities version="1.05"/>').field).toBe('iati-activities/@version');
    const deep = `<iati-activities>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</iati-activities>`;
    expect(unreadable(deep).message).toMatch(/^the XML cannot be read: .*nested/i);
  });

  it('refuse a transaction in an unknown currency, with its field, and keep the others', () => {
    const plan = parseIatiActivities(
      ACTIVITY(`<transaction ref="bad"><transaction-type code="3"/><value currency="XYZ" value-date="2026-01-05">10</value></transaction>`),
    );
    expect(plan.refused).toEqual([
      {
        type: 'CONTRIBUTION',
        key: 'XX-TEST-1#bad',
        reason: '"XYZ" is not an ISO 4217 currency code',
        field: 'iati-activity[1]/transaction[2]/value/@currency',
      },
    ]);
    expect(plan.programmes[0]!.contributions.map((planned) => planned.key)).toEqual(['XX-TEST-1#good']);
  });

  it('refuse a date the calendar does not have, an amount too precise or not positive, and money nobody is said to provide', () => {
    const plan = parseIatiActivities(
      ACTIVITY(`
        <transaction><transaction-type code="3"/><value value-date="2017-02-30">10</value></transaction>
        <transaction><transaction-type code="3"/><value value-date="2026-01-05">10.005</value></transaction>
        <transaction><transaction-type code="3"/><value value-date="2026-01-05">-10</value></transaction>
        <transaction><transaction-type code="1"/><value value-date="2026-01-05">10</value></transaction>
        <transaction><transaction-type code="4"/><value value-date="2026-01-05">10</value></transaction>`),
    );
    expect(plan.refused.map(({ key, field }) => [key, field])).toEqual([
      ['XX-TEST-1#2', 'iati-activity[1]/transaction[2]/value/@value-date'],
      ['XX-TEST-1#3', 'iati-activity[1]/transaction[3]/value'],
      ['XX-TEST-1#4', 'iati-activity[1]/transaction[4]/value'],
      ['XX-TEST-1#5', 'iati-activity[1]/transaction[5]/provider-org'],
    ]);
    expect(plan.refused[0]!.reason).toBe('"2017-02-30" is not a date the calendar has');
    // the expenditure (type 4) is not a contribution: neither planned nor refused
    expect(plan.programmes[0]!.contributions.map((planned) => planned.key)).toEqual(['XX-TEST-1#good']);
  });

  it('refuse an activity that ends before it starts', () => {
    const dates = '<activity-date iso-date="2025-06-01" type="2"/><activity-date iso-date="2025-01-31" type="4"/>';
    const plan = parseIatiActivities(ACTIVITY('').replace('<transaction ref="good">', `${dates}<transaction ref="good">`));
    expect(plan.programmes).toEqual([]);
    expect(plan.refused).toEqual([
      {
        type: 'PROGRAMME',
        key: 'XX-TEST-1',
        reason: 'the activity ends (2025-01-31) before it starts (2025-06-01)',
        field: 'iati-activity[1]/activity-date[2]/@iso-date',
      },
    ]);
  });

  it('refuse an activity whose own date does not exist', () => {
    const plan = parseIatiActivities(
      ACTIVITY('').replace('<transaction ref="good">', '<activity-date iso-date="2025-02-29" type="1"/><transaction ref="good">'),
    );
    expect(plan.programmes).toEqual([]);
    expect(plan.refused).toEqual([
      {
        type: 'PROGRAMME',
        key: 'XX-TEST-1',
        reason: '"2025-02-29" is not a date the calendar has',
        field: 'iati-activity[1]/activity-date[1]/@iso-date',
      },
    ]);
  });
});
