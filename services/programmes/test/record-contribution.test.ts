import { describeEachDatabase } from '@passerelle/testing';
import { RECORD, launchProgrammes, type ProgrammesUnderTest } from './support';

const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '1250000.50', currency: 'USD', status: 'COMMITTED', date: '2018-03-15' };

/** Each input differs from VALID in one respect and must be refused, naming that field. */
const BAD_INPUTS: [string, Record<string, unknown>, string][] = [
  ['an unknown currency', { currency: 'XYZ' }, 'input.currency'],
  ['a currency code in lower case', { currency: 'usd' }, 'input.currency'],
  ['a code that is not money (SDR has no minor unit)', { currency: 'XDR' }, 'input.currency'],
  ['a negative amount', { amount: '-5.00' }, 'input.amount'],
  ['a zero amount', { amount: '0.00' }, 'input.amount'],
  ['more decimals than USD has', { amount: '10.001' }, 'input.amount'],
  ['decimals on yen', { amount: '10.5', currency: 'JPY' }, 'input.amount'],
  ['a thousands separator', { amount: '1,250,000.50' }, 'input.amount'],
  ['an exponent', { amount: '1e6' }, 'input.amount'],
  ['more than a BIGINT of cents', { amount: '92233720368547758.08' }, 'input.amount'],
  ['an amount without its currency', { currency: null }, 'input.currency'],
  ['a currency without an amount', { amount: null }, 'input.amount'],
  ['an unknown programme', { programmeId: 'no-such-programme' }, 'input.programmeId'],
  ['an empty donor id', { donorId: '' }, 'input.donorId'],
  ['a month that does not exist', { date: '2017-13' }, 'input.date'],
  ['a day that does not exist', { date: '2018-02-30' }, 'input.date'],
  ['a date in words', { date: 'Décembre 2017' }, 'input.date'],
  ['a source over 500 characters', { source: 'x'.repeat(501) }, 'input.source'],
];

describeEachDatabase('programmes', 'recordContribution', (database) => {
  let service: ProgrammesUnderTest;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('refuses an anonymous caller and an editor before looking at the input, and saves nothing', async () => {
    const before = await service.rowCount('contributions');
    const anonymous = await service.ask(RECORD, { input: { ...VALID, currency: 'XYZ' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const editor = await service.askAs(['editor'], RECORD, { input: VALID });
    expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await service.rowCount('contributions')).toBe(before);
  });

  it.each(BAD_INPUTS)('refuses %s as BAD_USER_INPUT naming the field, and saves nothing', async (_case, change, field) => {
    const before = await service.rowCount('contributions');
    const response = await service.askAs(['funding'], RECORD, { input: { ...VALID, ...change } });
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await service.rowCount('contributions')).toBe(before);
  });

  it('records a valid contribution, which then counts in the programme’s funding and the donor’s side', async () => {
    const recorded = await service.askAs<{ recordContribution: { id: string } }>(['funding'], RECORD, { input: VALID });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordContribution).toMatchObject({
      donor: { id: 'gov-sweden' },
      programme: { id: 'fcs' },
      amount: { amount: '1250000.50', currency: 'USD' },
      status: 'COMMITTED',
      date: '2018-03-15',
    });
    const { id } = recorded.data!.recordContribution;
    const response = await service.ask(
      `query ($id: ID!, $representations: [_Any!]!) {
        contribution(id: $id) { amount { amount currency } }
        programme(id: "fcs") { funding { totals { amount currency } contributionCount unknownAmountCount } }
        _entities(representations: $representations) { ... on Organisation { contributions { id } } }
      }`,
      { id, representations: [{ __typename: 'Organisation', id: 'gov-sweden' }] },
    );
    expect(response.data).toEqual({
      contribution: { amount: { amount: '1250000.50', currency: 'USD' } },
      programme: { funding: { totals: [{ amount: '1250000.50', currency: 'USD' }], contributionCount: 7, unknownAmountCount: 6 } },
      _entities: [{ contributions: [{ id: 'fcs-gov-sweden' }, { id: 'issss-aligned-portfolio-gov-sweden' }, { id }] }],
    });
  });

  it('accepts a donor known only by name, with no amount, and zeros beyond the minor unit', async () => {
    const unknownAmount = await service.askAs(['admin'], RECORD, {
      input: { programmeId: 'issss', donorId: 'gov-united-states', status: 'PLEDGED', date: '2019-07' },
    });
    expect(unknownAmount.data?.recordContribution).toMatchObject({ amount: null, status: 'PLEDGED', date: '2019-07' });
    const trailingZeros = await service.askAs(['funding'], RECORD, { input: { ...VALID, amount: '10.100', currency: 'EUR' } });
    expect(trailingZeros.data?.recordContribution).toMatchObject({ amount: { amount: '10.10', currency: 'EUR' } });
  });
});
