import { describeEachDatabase, refusalOf as refusalWith, type GraphQLResponse } from '@passerelle/testing';
import { RECORD, UPDATE, launchProgrammes, type ContributionValue, type ProgrammesUnderTest } from '../support';

/*
 * Issue 21, point 10: the year 0000 was taken as a Date. Each way a date reaches the
 * programmes service (a contribution's input, the `asOf` of a filter or of funding; as a
 * variable or written in the document) refuses a date the calendar does not have, naming
 * the field, and changes nothing.
 */

const IMPOSSIBLE = ['0000', '0000-06', '0000-06-15', '2023-02-29', '2100-02-29', '2099-02-30', '2023-11-31'];
const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '1250000.50', currency: 'USD', status: 'PLEDGED', date: '2018-03-15' };

describeEachDatabase('programmes', 'impossible dates', (database) => {
  let service: ProgrammesUnderTest;
  let recorded: ContributionValue;
  beforeAll(async () => {
    service = await launchProgrammes(database.create());
    const response = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, { input: VALID });
    expect(response.errors).toBeUndefined();
    recorded = response.data!.recordContribution;
  });
  afterAll(() => service.subgraph.stop());

  /** The request's refusal: its code and field, whether it says which forms a date takes, and whether any table changed. */
  const refusalOf = async (ask: () => Promise<GraphQLResponse<unknown>>) => {
    const { message, ...refusal } = await refusalWith(() => service.snapshot(), ask);
    return { ...refusal, saysTheForms: /YYYY-MM-DD, or YYYY-MM or YYYY/.test(message ?? '') };
  };
  const refused = (field: string) => ({ data: null, code: 'BAD_USER_INPUT', field, saysTheForms: true, unchanged: true });

  it.each(IMPOSSIBLE)('refuses to record a contribution dated %s', async (date) => {
    expect(await refusalOf(() => service.askAs(['funding'], RECORD, { input: { ...VALID, date } }))).toEqual(refused('input.date'));
  });

  it.each(IMPOSSIBLE)('refuses to redate a contribution to %s', async (date) => {
    const outcome = await refusalOf(() =>
      service.askAs(['funding'], UPDATE, { id: recorded.id, input: { date }, expectedVersion: recorded.version }),
    );
    expect(outcome).toEqual(refused('input.date'));
  });

  it.each(IMPOSSIBLE)('refuses contributions as of %s, as a variable', async (asOf) => {
    const query = 'query List($filter: ContributionFilter) { contributions(filter: $filter) { totalCount } }';
    expect(await refusalOf(() => service.ask(query, { filter: { asOf } }))).toEqual(refused('filter.asOf'));
  });

  it.each(IMPOSSIBLE)('refuses funding as of %s, written in the document', async (asOf) => {
    const query = `{ programme(id: "fcs") { funding(asOf: "${asOf}") { contributionCount } } }`;
    expect(await refusalOf(() => service.ask(query))).toEqual(refused('asOf'));
  });

  it('still takes a year, a month and 29 February of a leap year', async () => {
    for (const date of ['0001', '2024-02', '2024-02-29']) {
      const response = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, { input: { ...VALID, date } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordContribution.date).toBe(date);
    }
  });
});
