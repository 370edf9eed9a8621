/*
 * One strict reading of dates and instants for every process (the subgraphs' scalars and
 * the gateway's feed parameters). `Date.parse` and `setUTCFullYear` roll an impossible day
 * over (30 February becomes 2 March), so each part is checked against the calendar first:
 * years 0001-9999 (the proleptic Gregorian calendar has no year 0 in ISO 8601 exchange
 * without agreement), months 01-12, the days each month has (29 February in leap years
 * only), hours 00-23, minutes and seconds 00-59, zone offsets up to ±23:59. Two edge forms
 * are refused on purpose: "24:00" (ISO 8601's end of day; RFC 3339 has no such hour: write
 * 00:00 of the next day) and the leap second "23:59:60" (a JavaScript Date cannot hold it).
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** What an instant must look like, said the same way wherever one is refused. */
export const INSTANT_FORM = 'an RFC 3339 instant with a zone, e.g. "2020-11-28T23:59:59Z"';

/** What a calendar date may be, said the same way wherever one is refused. */
export const CALENDAR_DATE_FORMS = 'YYYY-MM-DD, or YYYY-MM or YYYY where only the month or the year is known';

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The instant a string names, or null unless it is a real one (see above), e.g. "2099-02-30T00:00:00Z" is null. */
export function instantOf(value: unknown): Date | null {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (!isRealDay(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 59) return null;
  if (match[9] && (Number(match[10]) > 23 || Number(match[11]) > 59)) return null;
  const instant = new Date(value as string);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** True for a real day "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY" (ISO 8601 reduced precision), year 0001 or later. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (!match) return false;
  return isRealDay(Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1);
}
