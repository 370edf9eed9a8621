import { scalarResolvers } from '@passerelle/subgraph-kit';

/** True for "YYYY-MM-DD" (a real day) and "YYYY-MM", the two forms the Date scalar accepts. */
export function isCalendarDate(text: string): boolean {
  try {
    scalarResolvers.Date.parseValue(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bound for "dated on or before `asOf`", compared as text with dates stored as
 * "YYYY-MM-DD" or "YYYY-MM": a month as of-date reaches its last day ("2017-12" → "2017-12-31"),
 * and a month-only date counts from its first day ("2017-12" sorts before "2017-12-01").
 */
export function asOfBound(asOf: string): string {
  return asOf.length === 7 ? `${asOf}-31` : asOf;
}
