/*
 * The value types the graph shares across subgraphs: the Date, DateTime, Decimal and JSON
 * scalars, and Money (an exact decimal string with an ISO 4217 code, stored in minor units).
 */
export { scalarResolvers, isCalendarDate, CALENDAR_DATE_FORMS } from './scalars';
export { asOfBound, yearOf } from './calendar-dates';
export { exponentOf, isCurrency } from './currencies';
export { AmountError, MAX_MINOR_UNITS, formatMinorUnits, money, toMinorUnits, totalsByCurrency, type Money } from './money';
export {
  SOURCE_SYSTEMS,
  compareSourceVersions,
  sourceRecordInput,
  type SourceRecord,
  type SourceSystem,
  type VersionComparison,
} from './source-record';
export { endOfDay, instantOfLocalTime, utcOffsetAt } from './zoned-time';
