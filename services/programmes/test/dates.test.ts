import { describeEachDatabase } from '@passerelle/testing';
import { RECORD, UPDATE, launchProgrammes, type ContributionValue, type ProgrammesUnderTest } from './support';

/**
 * One contribution per date, each of another precision, each amount a power of two, so a
 * total tells exactly which ones a date range kept. Recorded out of order.
 */
const DATED: [date: string, amount: string][] = [
  ['2017-04', '16.00'],
  ['2018', '64.00'],
  ['2017-03-05', '8.00'],
  ['2016-12-31', '1.00'],
  ['2017-12-31', '32.00'],
  ['2017', '2.00'],
  ['2017-03', '4.00'],
];
const IN_DATE_ORDER = ['2016-12-31', '2017', '2017-03', '2017-03-05', '2017-04', '2017-12-31', '2018'];
const PROGRAMME = 'unops-fort-national';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { date: string } }[];
}

describeEachDatabase('programmes', 'dates as precise as their source', (database) => {
  let service: ProgrammesUnderTest;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
    for (const [date, amount] of DATED) {
      const input = { programmeId: PROGRAMME, donorId: 'gov-sweden', amount, currency: 'USD', status: 'PAID', date };
      const response = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, { input });
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordContribution.date).toBe(date);
    }
  });
  afterAll(() => service.subgraph.stop());

  const contributions = (filter: Record<string, unknown>, first: number, after: string | null = null) =>
    service.ask<{ contributions: Page }>(
      `query ($filter: ContributionFilter, $first: Int, $after: String) {
        contributions(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { date } }
        }
      }`,
      { filter: { programmeIds: [PROGRAMME], ...filter }, first, after },
    );

  it('lists a year before the months and days it contains, and a month before its days, page after page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = (await contributions({}, 2, after)).data!.contributions;
      seen.push(...page.edges.map((edge) => edge.node.date));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(IN_DATE_ORDER);
    const ofProgramme = await service.ask<{ programme: { contributions: Page } }>(
      `{ programme(id: "${PROGRAMME}") { contributions(first: 10) { edges { node { date } } } } }`,
    );
    expect(ofProgramme.data?.programme.contributions.edges.map((edge) => edge.node.date)).toEqual(IN_DATE_ORDER);
  });

  it('reads asOf as the end of its year or month; a year- or month-dated contribution counts from its first day', async () => {
    const datesAsOf = async (asOf: string) => (await contributions({ asOf }, 100)).data!.contributions.edges.map((edge) => edge.node.date);
    expect(await datesAsOf('2016')).toEqual(['2016-12-31']);
    expect(await datesAsOf('2017')).toEqual(IN_DATE_ORDER.slice(0, 6));
    expect(await datesAsOf('2017-12')).toEqual(IN_DATE_ORDER.slice(0, 6));
    expect(await datesAsOf('2017-03')).toEqual(['2016-12-31', '2017', '2017-03', '2017-03-05']);
    expect(await datesAsOf('2017-03-04')).toEqual(['2016-12-31', '2017', '2017-03']);
    expect(await datesAsOf('2018')).toEqual(IN_DATE_ORDER);
  });

  it('sums funding as of a year, a month or a day, and breaks it down by year', async () => {
    const response = await service.ask(`{
      programme(id: "${PROGRAMME}") {
        asOf2017: funding(asOf: "2017") { asOf totals { amount } contributionCount }
        asOfMarch: funding(asOf: "2017-03") { asOf totals { amount } }
        asOfFourthOfMarch: funding(asOf: "2017-03-04") { totals { amount } }
      }
      byYear: fundingBreakdown(groupBy: YEAR, filter: { programmeIds: ["${PROGRAMME}"] }) { year totals { amount } contributionCount }
      byYearAsOf2017: fundingBreakdown(groupBy: YEAR, filter: { programmeIds: ["${PROGRAMME}"], asOf: "2017" }) { year totals { amount } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      programme: {
        asOf2017: { asOf: '2017', totals: [{ amount: '63.00' }], contributionCount: 6 },
        asOfMarch: { asOf: '2017-03', totals: [{ amount: '15.00' }] },
        asOfFourthOfMarch: { totals: [{ amount: '7.00' }] },
      },
      byYear: [
        { year: 2016, totals: [{ amount: '1.00' }], contributionCount: 1 },
        { year: 2017, totals: [{ amount: '62.00' }], contributionCount: 5 },
        { year: 2018, totals: [{ amount: '64.00' }], contributionCount: 1 },
      ],
      byYearAsOf2017: [
        { year: 2016, totals: [{ amount: '1.00' }] },
        { year: 2017, totals: [{ amount: '62.00' }] },
      ],
    });
  });

  it('changes a date to a year alone, and moves the contribution in the order', async () => {
    const recorded = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, {
      input: { programmeId: 'fcs', donorId: 'gov-norway', status: 'PLEDGED', date: '2019-05-02' },
    });
    const { id, version } = recorded.data!.recordContribution;
    const updated = await service.askAs<{ updateContribution: ContributionValue }>(['funding'], UPDATE, {
      id,
      input: { date: '2015' },
      expectedVersion: version,
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateContribution.date).toBe('2015');
    const dated = await service.ask<{ contributions: Page }>(
      `{ contributions(filter: { programmeIds: ["fcs"], asOf: "2015" }) { totalCount edges { node { date } } } }`,
    );
    expect(dated.data?.contributions).toEqual({ totalCount: 1, edges: [{ node: { date: '2015' } }] });
  });

  it.each([
    [
      'funding(asOf:)',
      `query ($date: Date) { programme(id: "fcs") { funding(asOf: $date) { asOf } } }`,
      (date: string) => ({ date }),
      'date',
    ],
    [
      'ContributionFilter.asOf',
      `query ($filter: ContributionFilter) { contributions(filter: $filter) { totalCount } }`,
      (date: string) => ({ filter: { asOf: date } }),
      'filter.asOf',
    ],
  ])('refuses a malformed date in %s as BAD_USER_INPUT naming the field', async (_, query, variables, field) => {
    for (const date of ['2017-13', '17', '2017-02-30', '20171', '2017-3', 'Décembre 2017']) {
      const response = await service.ask(query, variables(date));
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message).toContain('Date must be YYYY-MM-DD, or YYYY-MM or YYYY');
    }
  });

  it('refuses a malformed date written in the query itself, as BAD_USER_INPUT naming the argument', async () => {
    const inArgument = await service.ask(`{ programme(id: "fcs") { funding(asOf: "2017-13") { asOf } } }`);
    expect(inArgument.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const inFilter = await service.ask(`{ fundingBreakdown(groupBy: YEAR, filter: { asOf: "17" }) { year } }`);
    expect(inFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.asOf' });
  });
});
