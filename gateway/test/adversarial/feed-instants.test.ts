import { FeedParameterError, FeedParameters } from '../../src/feeds/feed-parameters';

/*
 * Issue 21, point 10: the feeds' `deadlineFrom` took "2099-02-30T00:00:00Z" (rolled over to
 * 2 March by Date.parse). A feed parameter that is an instant is read by the same strict
 * parser as the subgraphs' DateTime scalar; the HTTP answer (400, the parameter named) is
 * checked through the running gateway in feeds.test.ts.
 */

const parameters = new FeedParameters(/* GraphQL */ `
  scalar DateTime
  input DateTimeRange {
    from: DateTime
    to: DateTime
  }
  input OfferFilter {
    countryCodes: [String!]
    deadline: DateTimeRange
    postedAt: DateTimeRange
  }
  type Query {
    ok: Boolean
  }
`);

const problemOf = (query: string) => {
  try {
    return parameters.variablesOf(new URLSearchParams(query));
  } catch (error) {
    return error instanceof FeedParameterError ? { refused: error.parameter, message: error.message } : error;
  }
};

describe('instants in feed parameters', () => {
  it.each([
    ['deadlineFrom', '2099-02-30T00:00:00Z'],
    ['deadlineFrom', '2099-02-29T00:00:00Z'],
    ['deadlineTo', '2030-06-31T00:00:00Z'],
    ['postedAtFrom', '0000-01-01T00:00:00Z'],
    ['postedAtTo', '2030-01-01T24:00:00Z'],
    ['deadlineFrom', '2030-01-01T23:59:60Z'],
  ])('refuses %s=%s, naming the parameter', (name, value) => {
    expect(problemOf(`${name}=${encodeURIComponent(value)}`)).toEqual({
      refused: name,
      message: `${name} must be an RFC 3339 instant with a zone, e.g. "2020-11-28T23:59:59Z", on a day the calendar has`,
    });
  });

  it('passes a real instant on as written', () => {
    expect(problemOf('deadlineFrom=2096-02-29T00:00:00%2B01:00')).toEqual({
      filter: { deadline: { from: '2096-02-29T00:00:00+01:00' } },
      first: undefined,
    });
  });
});
