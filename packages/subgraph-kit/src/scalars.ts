import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { JSONResolver } from 'graphql-scalars';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw invalid(`${scalar} must be given as a string`);
  return ast.value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`DateTime must be an ISO 8601 instant with a zone, e.g. "2020-11-28T23:59:59Z"; got ${JSON.stringify(value)}`);
  }
  return new Date(value);
}

/** An instant, always shown in UTC: `2020-11-28T22:59:59.000Z`. */
const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO 8601 instant, shown in UTC (e.g. "2017-06-15T22:00:00.000Z").',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(literalString(ast, 'DateTime')),
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function parseCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw invalid(`Date must be YYYY-MM-DD, or YYYY-MM when only the month is known; got ${JSON.stringify(value)}`);
  }
  return value as string;
}

/** A calendar date, or a month where a source gives only the month. */
const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date "YYYY-MM-DD", or "YYYY-MM" where a source gives only the month.',
  serialize: (value) => parseCalendarDate(value),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(literalString(ast, 'Date')),
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
  description: 'An exact decimal number written as a string, e.g. "40265165.00". Never a float.',
  serialize: (value) => parseDecimal(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal')),
});

/** Resolvers for the scalars a service's schema declares; pick the ones it uses. */
export const scalarResolvers = { DateTime, Date: DateScalar, Decimal, JSON: JSONResolver };
