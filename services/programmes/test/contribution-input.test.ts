import { describeEachDatabase } from '@passerelle/testing';
import { RECORD, UPDATE, launchProgrammes, type ContributionValue, type ProgrammesUnderTest } from './support';

const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '1250000.50', currency: 'USD', status: 'COMMITTED', date: '2018-03-15' };

type Case = [mutation: 'record' | 'update', what: string, field: string, input: Record<string, unknown>, expectedVersion?: number];

/** Record cases differ from VALID in one respect; update cases are the whole change. Each must be refused, naming `field`. */
const MALFORMED: Case[] = [
  ['record', 'an unknown currency', 'input.currency', { currency: 'XYZ' }],
  ['record', 'a currency code in lower case', 'input.currency', { currency: 'usd' }],
  ['record', 'a code that is not money (SDR has no minor unit)', 'input.currency', { currency: 'XDR' }],
  ['record', 'a negative amount', 'input.amount', { amount: '-5.00' }],
  ['record', 'a zero amount', 'input.amount', { amount: '0.00' }],
  ['record', 'more decimals than USD has', 'input.amount', { amount: '10.001' }],
  ['record', 'decimals on yen', 'input.amount', { amount: '10.5', currency: 'JPY' }],
  ['record', 'a thousands separator', 'input.amount', { amount: '1,250,000.50' }],
  ['record', 'an exponent', 'input.amount', { amount: '1e6' }],
  ['record', 'an empty amount', 'input.amount', { amount: '' }],
  ['record', 'an amount with a leading space', 'input.amount', { amount: ' 100.00' }],
  ['record', 'more than a BIGINT of cents', 'input.amount', { amount: '92233720368547758.08' }],
  ['record', 'an amount without its currency', 'input.currency', { currency: null }],
  ['record', 'a currency without an amount', 'input.amount', { amount: null }],
  ['record', 'an unknown programme', 'input.programmeId', { programmeId: 'no-such-programme' }],
  ['record', 'a programme id with a path in it', 'input.programmeId', { programmeId: 'fcs/../issss' }],
  ['record', 'an empty donor id', 'input.donorId', { donorId: '' }],
  ['record', 'a donor id over 64 characters', 'input.donorId', { donorId: 'd'.repeat(65) }],
  ['record', 'a month that does not exist', 'input.date', { date: '2017-13' }],
  ['record', 'a day that does not exist', 'input.date', { date: '2018-02-30' }],
  ['record', 'a date in words', 'input.date', { date: 'Décembre 2017' }],
  ['record', 'a two-digit year', 'input.date', { date: '17' }],
  ['record', 'a five-digit year', 'input.date', { date: '20171' }],
  ['record', 'the 30th of February', 'input.date', { date: '2017-02-30' }],
  ['record', 'a source over 500 characters', 'input.source', { source: 'x'.repeat(501) }],
  ['record', 'a blank source', 'input.source', { source: '   ' }],
  ['record', 'an excerpt over 2000 characters', 'input.excerpt', { excerpt: 'x'.repeat(2001) }],
  ['update', 'nothing to change', 'input', {}],
  ['update', 'a version below 1', 'expectedVersion', { status: 'PAID' }, 0],
  ['update', 'the donor cleared', 'input.donorId', { donorId: null }],
  ['update', 'an empty donor id', 'input.donorId', { donorId: '' }],
  ['update', 'a donor id with a space', 'input.donorId', { donorId: 'gov sweden' }],
  ['update', 'the status cleared', 'input.status', { status: null }],
  ['update', 'an amount without its currency', 'input.currency', { amount: '5.00' }],
  ['update', 'a currency without an amount', 'input.amount', { currency: 'EUR' }],
  ['update', 'the amount cleared but not the currency', 'input.currency', { amount: null }],
  ['update', 'the currency cleared but not the amount', 'input.amount', { currency: null }],
  ['update', 'an amount and a null currency', 'input.currency', { amount: '5.00', currency: null }],
  ['update', 'decimals on yen', 'input.amount', { amount: '1.5', currency: 'JPY' }],
  ['update', 'a negative amount', 'input.amount', { amount: '-1', currency: 'EUR' }],
  ['update', 'an unknown currency', 'input.currency', { amount: '5.00', currency: 'EURO' }],
  ['update', 'the 29th of February of a common year', 'input.date', { date: '2018-02-29' }],
  ['update', 'a two-digit year', 'input.date', { date: '18-06-01' }],
  ['update', 'a month of one digit', 'input.date', { date: '2017-3' }],
  ['update', 'a year and a day but no month', 'input.date', { date: '2017--05' }],
  ['update', 'an empty source', 'input.source', { source: '' }],
  ['update', 'an excerpt over 2000 characters', 'input.excerpt', { excerpt: 'x'.repeat(2001) }],
];

describeEachDatabase('programmes', 'contribution input', (database) => {
  let service: ProgrammesUnderTest;
  let target: ContributionValue;
  const tally = { inputs: 0, refused: 0, changed: 0 };

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
    const recorded = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, {
      input: { ...VALID, status: 'PLEDGED' },
    });
    target = recorded.data!.recordContribution;
  });
  afterAll(async () => {
    console.log(
      `programmes on ${database.label}: ${tally.inputs} malformed inputs, ${tally.refused} refused as BAD_USER_INPUT naming the field, ` +
        `${tally.changed} changed a table (row counts and checksums)`,
    );
    await service.subgraph.stop();
  });

  // Objects, not arrays: jest would take a fifth parameter absent from most rows for a `done` callback.
  const cases = MALFORMED.map(([mutation, what, field, input, expectedVersion]) => ({ mutation, what, field, input, expectedVersion }));

  it.each(cases)('refuses to $mutation $what, naming $field, and saves nothing', async ({ mutation, field, input, expectedVersion }) => {
    const before = await service.snapshot();
    const response =
      mutation === 'record'
        ? await service.askAs(['funding'], RECORD, { input: { ...VALID, ...input } })
        : await service.askAs(['funding'], UPDATE, { id: target.id, input, expectedVersion: expectedVersion ?? target.version });
    const unchanged = JSON.stringify(await service.snapshot()) === JSON.stringify(before);
    const error = response.errors?.[0];
    tally.inputs += 1;
    if (error?.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === field) tally.refused += 1;
    if (!unchanged) tally.changed += 1;

    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(unchanged).toBe(true);
  });

  it('lists every problem of an input, not only the first', async () => {
    const response = await service.askAs(['funding'], UPDATE, {
      id: target.id,
      input: { donorId: '', date: 'soon', source: '' },
      expectedVersion: target.version,
    });
    const problems = response.errors?.[0]?.extensions?.problems as { field: string }[];
    expect(problems.map((problem) => problem.field)).toEqual(['input.donorId', 'input.date', 'input.source']);
  });
});
