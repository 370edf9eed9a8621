/*
 * Dates are stored as text as precise as their source: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
 * (checked by the Date scalar and the inputs' `isCalendarDate`). Compared byte-wise, as
 * both databases do, a less precise date sorts before the dates it contains:
 * "2017" < "2017-03" < "2017-03-05" < "2017-04" < "2018". Ordering and keyset paging
 * need nothing more; an imprecise date counts from its first day.
 */

/**
 * The bound for "dated on or before `asOf`": a year or a month as of-date reaches its last
 * day ("2017" → "2017-12-31", "2017-02" → "2017-02-31", after every day of February).
 */
export function asOfBound(asOf: string): string {
  if (asOf.length === 4) return `${asOf}-12-31`;
  if (asOf.length === 7) return `${asOf}-31`;
  return asOf;
}

/** The year of a date of any precision. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
