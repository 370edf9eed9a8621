import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { CALENDAR_DATE_FORMS, INSTANT_FORM, instantOf, isCalendarDate } from '@passerelle/config';

export { CALENDAR_DATE_FORMS, isCalendarDate };

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A scalar's parseLiteral: the string literal parsed like a variable's value. A refusal
 * carries the literal's node, so that the error shows where it is and the server can name
 * the argument or input field it was written in (`withLiteralField`).
 */
function parseStringLiteral<Value>(scalar: string, parse: (value: unknown) => Value) {
  return (ast: ValueNode): Value => {
    try {
      if (ast.kind !== Kind.STRING) throw invalid(`${scalar} must be given as a string`);
      return parse(ast.value);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      throw new GraphQLError(error.message, { nodes: ast, extensions: error.extensions });
    }
  };
}

/** A real instant (no 30 February, no year 0000: see @passerelle/config's calendar), never one rolled over. */
function parseInstant(value: unknown): Date {
  const instant = instantOf(value);
  if (!instant) throw invalid(`DateTime must be ${INSTANT_FORM}, on a day the calendar has; got ${JSON.stringify(value)}`);
  return instant;
}

/** An instant, always shown in UTC: `2020-11-28T22:59:59.000Z`. */
const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant: an RFC 3339 date-time with its zone offset, e.g. "2020-11-28T23:59:59Z" or\n' +
    '"2020-11-29T01:59:59+02:00"; always answered in UTC with milliseconds, "2020-11-28T23:59:59.000Z".',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral: parseStringLiteral('DateTime', parseInstant),
});

function parseCalendarDate(value: unknown): string {
  if (!isCalendarDate(value)) throw invalid(`Date must be ${CALENDAR_DATE_FORMS}; got ${JSON.stringify(value)}`);
  return value;
}

/** A calendar date as precise as its source: a day, a month or a year. */
const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar date "YYYY-MM-DD", or where a source gives only the month or the year, "YYYY-MM"\n' +
    'or "YYYY" (ISO 8601 reduced precision): as precise as the source, never more. Ordered as\n' +
    'text, a less precise date comes before the dates it contains ("2017" < "2017-03" <\n' +
    '"2017-03-05" < "2017-04"); as an upper bound (`asOf`), a month or a year reaches its last day.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: (value) => parseCalendarDate(value),
  parseValue: parseCalendarDate,
  parseLiteral: parseStringLiteral('Date', parseCalendarDate),
});

const DECIMAL = /^-?\d{1,20}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw invalid(`Decimal must be an exact decimal string such as "1250.50"; got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Money and other exact quantities travel as strings, never as floats. */
const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number written as a string: an optional minus sign, up to 20 digits, and\n' +
    'optionally a point and up to 6 more digits, e.g. "40265165.00" (the XML Schema decimal form,\n' +
    'without "+" or a bare "."). Never a float: read it with a decimal type, not a binary number.',
  specifiedByURL: 'https://www.w3.org/TR/xmlschema11-2/#decimal',
  serialize: (value) => parseDecimal(value),
  parseValue: parseDecimal,
  parseLiteral: parseStringLiteral('Decimal', parseDecimal),
});

/** graphql-scalars' JSON, described as our schemas describe it. */
const JSONScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  description: "Any JSON value (RFC 8259), e.g. an offer's schema.org JobPosting as JSON-LD.",
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc8259',
});

/** Resolvers for the scalars a service's schema declares; pick the ones it uses (descriptions as in the schemas). */
export const scalarResolvers = { DateTime, Date: DateScalar, Decimal, JSON: JSONScalar };
