import { describeEachDatabase, testDatabaseTargets } from '@passerelle/testing';
import { launchProgrammes, type ProgrammesUnderTest } from './support';

interface Contribution {
  programmeId: string;
  donorId: string;
  amount: string;
  currency: string;
  date?: string;
  status?: string;
}

/** Mutations per request: a subgraph refuses more aliases than SUBGRAPH_MAX_ALIASES (30). */
const MUTATIONS_PER_REQUEST = 30;

/** Records contributions through the API, many mutations per request. */
async function record(service: ProgrammesUnderTest, contributions: Contribution[]): Promise<void> {
  for (let start = 0; start < contributions.length; start += MUTATIONS_PER_REQUEST) {
    const batch = contributions.slice(start, start + MUTATIONS_PER_REQUEST);
    const fields = batch.map((_, index) => `c${index}: recordContribution(input: $c${index}) { id }`);
    const variables = Object.fromEntries(batch.map((input, index) => [`c${index}`, { status: 'PAID', ...input }]));
    const declarations = batch.map((_, index) => `$c${index}: RecordContributionInput!`).join(', ');
    const response = await service.askAs(['funding'], `mutation (${declarations}) { ${fields.join(' ')} }`, variables);
    expect(response.errors).toBeUndefined();
  }
}

const repeat = (times: number, contribution: Contribution) => Array.from({ length: times }, () => contribution);

/** The scenario every database must answer identically. */
const SCENARIO: Contribution[] = [
  // 1000 × 0.10: a float sum gives 99.9999999999986.
  ...repeat(1000, { programmeId: 'unops-fort-national', donorId: 'gov-sweden', amount: '0.10', currency: 'USD', date: '2018-01' }),
  ...repeat(5, { programmeId: 'unops-fort-national', donorId: 'gov-sweden', amount: '0.20', currency: 'EUR', date: '2019-06-30' }),
  // 2^53 + 1 cents: not a double.
  ...repeat(2, { programmeId: 'intersos-drc-protection', donorId: 'gov-norway', amount: '90071992547409.93', currency: 'USD' }),
  // Each fits a BIGINT; their sum does not.
  ...repeat(2, { programmeId: 'belgian-jpo-programme', donorId: 'gov-belgium', amount: '90000000000000000.00', currency: 'USD' }),
  { programmeId: 'un-women-mali-peace-security', donorId: 'gov-belgium', amount: '1000', currency: 'JPY', date: '2016-02' },
  { programmeId: 'un-women-mali-peace-security', donorId: 'gov-belgium', amount: '1', currency: 'JPY', date: '2016-02-15' },
  { programmeId: 'un-women-mali-peace-security', donorId: 'gov-belgium', amount: '0.125', currency: 'BHD', date: '2016-03-01' },
  { programmeId: 'un-women-mali-peace-security', donorId: 'gov-belgium', amount: '1.500', currency: 'BHD', date: '2016-03' },
  { programmeId: 'un-women-mali-peace-security', donorId: 'gov-belgium', amount: '2500', currency: 'XOF', date: '2017-01-01' },
];

const FUNDING = /* GraphQL */ `
  {
    fortNational: programme(id: "unops-fort-national") {
      funding {
        totals {
          amount
          currency
        }
        contributionCount
      }
    }
    intersos: programme(id: "intersos-drc-protection") {
      funding {
        totals {
          amount
          currency
        }
      }
    }
    jpo: programme(id: "belgian-jpo-programme") {
      funding {
        totals {
          amount
          currency
        }
      }
    }
    mali: programme(id: "un-women-mali-peace-security") {
      funding {
        totals {
          amount
          currency
        }
        byDonor {
          donor {
            id
          }
          totals {
            amount
            currency
          }
        }
      }
      inFebruary: funding(asOf: "2016-02") {
        totals {
          amount
          currency
        }
        asOf
      }
      onFirstOfMarch: funding(asOf: "2016-03-01") {
        totals {
          amount
          currency
        }
      }
    }
    byYear: fundingBreakdown(groupBy: YEAR) {
      year
      totals {
        amount
        currency
      }
      contributionCount
      unknownAmountCount
    }
    byDonor: fundingBreakdown(groupBy: DONOR, filter: { currencies: ["USD"] }) {
      donor {
        id
      }
      totals {
        amount
        currency
      }
      contributionCount
    }
    byProgramme: fundingBreakdown(groupBy: PROGRAMME, filter: { statuses: [PAID], asOf: "2018-12-31" }) {
      programme {
        id
      }
      totals {
        amount
        currency
      }
      contributionCount
      unknownAmountCount
    }
  }
`;

describeEachDatabase('programmes', 'funding sums', (database) => {
  let service: ProgrammesUnderTest;
  let answer: Record<string, unknown>;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
    await record(service, SCENARIO);
    const response = await service.ask(FUNDING);
    expect(response.errors).toBeUndefined();
    answer = response.data!;
  });
  afterAll(() => service.subgraph.stop());

  it('adds a thousand small amounts exactly, and never across currencies', () => {
    expect(answer.fortNational).toEqual({
      funding: {
        totals: [
          { amount: '1.00', currency: 'EUR' },
          { amount: '100.00', currency: 'USD' },
        ],
        contributionCount: 1005,
      },
    });
  });

  it('keeps amounts beyond 2^53, and sums beyond 2^63, exact', () => {
    expect(answer.intersos).toEqual({ funding: { totals: [{ amount: '180143985094819.86', currency: 'USD' }] } });
    expect(answer.jpo).toEqual({ funding: { totals: [{ amount: '180000000000000000.00', currency: 'USD' }] } });
  });

  it('writes each currency with its own minor unit, and sums up to an as-of date', () => {
    expect(answer.mali).toEqual({
      funding: {
        totals: [
          { amount: '1.625', currency: 'BHD' },
          { amount: '1001', currency: 'JPY' },
          { amount: '2500', currency: 'XOF' },
        ],
        byDonor: [
          {
            donor: { id: 'gov-belgium' },
            totals: [
              { amount: '1.625', currency: 'BHD' },
              { amount: '1001', currency: 'JPY' },
              { amount: '2500', currency: 'XOF' },
            ],
          },
        ],
      },
      // A month reaches its last day; a month-only date counts from its first.
      inFebruary: { totals: [{ amount: '1001', currency: 'JPY' }], asOf: '2016-02' },
      onFirstOfMarch: {
        totals: [
          { amount: '1.625', currency: 'BHD' },
          { amount: '1001', currency: 'JPY' },
        ],
      },
    });
  });

  it('breaks funding down by year, by donor and by programme', () => {
    expect(answer.byYear).toEqual([
      {
        year: 2016,
        totals: [
          { amount: '1.625', currency: 'BHD' },
          { amount: '1001', currency: 'JPY' },
        ],
        contributionCount: 4,
        unknownAmountCount: 0,
      },
      { year: 2017, totals: [{ amount: '2500', currency: 'XOF' }], contributionCount: 1, unknownAmountCount: 0 },
      { year: 2018, totals: [{ amount: '100.00', currency: 'USD' }], contributionCount: 1000, unknownAmountCount: 0 },
      { year: 2019, totals: [{ amount: '1.00', currency: 'EUR' }], contributionCount: 5, unknownAmountCount: 0 },
      // the 13 seeded contributions, whose amounts and dates no source states, and the 4 undated ones above
      { year: null, totals: [{ amount: '180180143985094819.86', currency: 'USD' }], contributionCount: 17, unknownAmountCount: 13 },
    ]);
    expect(answer.byDonor).toEqual([
      { donor: { id: 'gov-belgium' }, totals: [{ amount: '180000000000000000.00', currency: 'USD' }], contributionCount: 2 },
      { donor: { id: 'gov-norway' }, totals: [{ amount: '180143985094819.86', currency: 'USD' }], contributionCount: 2 },
      { donor: { id: 'gov-sweden' }, totals: [{ amount: '100.00', currency: 'USD' }], contributionCount: 1000 },
    ]);
    expect(answer.byProgramme).toEqual([
      {
        programme: { id: 'un-women-mali-peace-security' },
        totals: [
          { amount: '1.625', currency: 'BHD' },
          { amount: '1001', currency: 'JPY' },
          { amount: '2500', currency: 'XOF' },
        ],
        contributionCount: 5,
        unknownAmountCount: 0,
      },
      {
        programme: { id: 'unops-fort-national' },
        totals: [{ amount: '100.00', currency: 'USD' }],
        contributionCount: 1000,
        unknownAmountCount: 0,
      },
    ]);
  });

  it('refuses a currency filter that is not ISO 4217, naming the field', async () => {
    const response = await service.ask(`{ fundingBreakdown(groupBy: DONOR, filter: { currencies: ["usd"] }) { contributionCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.currencies' });
  });
});

const targets = testDatabaseTargets('programmes');
(targets.length > 1 ? describe : describe.skip)('funding on MySQL and SQLite', () => {
  afterAll(() => Promise.all(targets.map((target) => target.cleanup())));

  it('answers the same strings on both databases', async () => {
    const answers: unknown[] = [];
    for (const target of targets) {
      const service = await launchProgrammes(target.create());
      try {
        await record(service, SCENARIO.slice(1000));
        answers.push((await service.ask(FUNDING)).data);
      } finally {
        await service.subgraph.stop();
      }
    }
    expect(answers[1]).toEqual(answers[0]);
  });
});
