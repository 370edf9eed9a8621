import { GraphQLError, parseValue as parseGraphQLValue, type GraphQLScalarType } from 'graphql';
import { scalarResolvers } from '../../src';

/*
 * Issue 21, point 10: an impossible instant or date was rolled over ("2099-02-30" became
 * 2 March) or taken as it was (the year 0000). Every date and instant is now checked against
 * the calendar, from a variable and from a literal alike, and refused as BAD_USER_INPUT.
 */

const DateTime = scalarResolvers.DateTime;
const DateScalar = scalarResolvers.Date;

/** What a scalar makes of a value sent as a variable and as a literal: its value, or the refusal's code. */
function outcomes(scalar: GraphQLScalarType, value: string): unknown[] {
  const attempt = (parse: () => unknown) => {
    try {
      const parsed = parse();
      return parsed instanceof Date ? parsed.toISOString() : parsed;
    } catch (error) {
      return error instanceof GraphQLError ? error.extensions.code : String(error);
    }
  };
  return [attempt(() => scalar.parseValue(value)), attempt(() => scalar.parseLiteral(parseGraphQLValue(JSON.stringify(value))))];
}

describe('the DateTime scalar', () => {
  it.each([
    ['30 February', '2099-02-30T00:00:00Z'],
    ['29 February of a common year', '2099-02-29T12:00:00Z'],
    ['29 February of a century that is not a leap year', '2100-02-29T00:00:00Z'],
    ['31 April', '2030-04-31T00:00:00Z'],
    ['month 13', '2030-13-01T00:00:00Z'],
    ['month 00', '2030-00-10T00:00:00Z'],
    ['day 00', '2030-01-00T00:00:00Z'],
    ['the year 0000', '0000-01-01T00:00:00Z'],
    ['hour 24 (end of day: write 00:00 of the next day)', '2030-01-01T24:00:00Z'],
    ['hour 25', '2030-01-01T25:00:00Z'],
    ['minute 60', '2030-01-01T10:60:00Z'],
    ['a leap second (a Date cannot hold it)', '2016-12-31T23:59:60Z'],
    ['an offset of 24 hours', '2030-01-01T00:00:00+24:00'],
    ['an offset minute of 60', '2030-01-01T00:00:00+01:60'],
    ['no zone', '2030-01-01T00:00:00'],
    ['a date alone', '2030-01-01'],
    ['ten fraction digits', '2030-01-01T00:00:00.1234567890Z'],
  ])('refuses %s (%s) as BAD_USER_INPUT, as a variable and as a literal', (_what, value) => {
    expect(outcomes(DateTime, value)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it.each([
    ['29 February of a leap year', '2028-02-29T23:59:59Z', '2028-02-29T23:59:59.000Z'],
    ['29 February of a leap century', '2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['an offset', '2030-03-01T00:30:00+01:00', '2030-02-28T23:30:00.000Z'],
    ['a fraction', '2030-01-01T00:00:00.5Z', '2030-01-01T00:00:00.500Z'],
    ['no seconds', '2030-01-01T08:15Z', '2030-01-01T08:15:00.000Z'],
    ['the year 0001', '0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('accepts %s (%s) as the instant it names', (_what, value, instant) => {
    expect(outcomes(DateTime, value)).toEqual([instant, instant]);
  });
});

describe('the Date scalar', () => {
  it.each([
    ['the year 0000', '0000'],
    ['a month of the year 0000', '0000-01'],
    ['a day of the year 0000', '0000-01-01'],
    ['30 February', '2099-02-30'],
    ['29 February of a common year', '2023-02-29'],
    ['29 February of 1900', '1900-02-29'],
    ['31 June', '2023-06-31'],
    ['month 00', '2023-00'],
    ['month 13', '2023-13'],
    ['day 00', '2023-01-00'],
    ['an instant', '2023-01-01T00:00:00Z'],
  ])('refuses %s (%s) as BAD_USER_INPUT, as a variable and as a literal', (_what, value) => {
    expect(outcomes(DateScalar, value)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it.each([
    ['a year', '2017'],
    ['a month', '2017-02'],
    ['29 February of a leap year', '2024-02-29'],
    ['29 February of 2000', '2000-02-29'],
    ['the year 0001', '0001'],
  ])('accepts %s (%s) as written', (_what, value) => {
    expect(outcomes(DateScalar, value)).toEqual([value, value]);
  });
});
