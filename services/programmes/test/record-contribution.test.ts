import { describeEachDatabase } from '@passerelle/testing';
import { RECORD, launchProgrammes, type ProgrammesUnderTest } from './support';

const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '1250000.50', currency: 'USD', status: 'COMMITTED', date: '2018-03-15' };

describeEachDatabase('programmes', 'recordContribution', (database) => {
  let service: ProgrammesUnderTest;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('records a valid contribution, which then counts in the programme’s funding and the donor’s side', async () => {
    const recorded = await service.askAs<{ recordContribution: { id: string } }>(['funding'], RECORD, { input: VALID });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordContribution).toMatchObject({
      donor: { id: 'gov-sweden' },
      programme: { id: 'fcs' },
      amount: { amount: '1250000.50', currency: 'USD' },
      status: 'COMMITTED',
      date: '2018-03-15',
      version: 1,
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
