import { createHash } from 'node:crypto';

/*
 * Reading the values feeds state, strictly: a date that does not exist, a zone nobody knows,
 * is refused with the field it came from (a FieldRefusal), never corrected or guessed.
 */

/** A record the parser refuses, and where in the source: caught per record, so the others are still read. */
export class FieldRefusal extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** What a parser is told besides the document: the clock that tells an open posting from a closed one. */
export interface FeedParseContext {
  now?: Date;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface StatedInstant {
  /** Null for a calendar date with no time. */
  instant: Date | null;
  date: string;
  /** The offset the source states, in minutes east of UTC; null when it states none. */
  offsetMinutes: number | null;
}

/**
 * An ISO 8601 date or date-time as a feed states it. Null when it is not one, or names a day
 * or time that does not exist (2023-02-30, 24:61). A time with no offset is not an instant: null.
 */
export function readDateTime(text: string): StatedInstant | null {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, offset] = match;
  const date = `${year}-${month}-${day}`;
  const calendar = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(calendar.getTime()) || calendar.toISOString().slice(0, 10) !== date) return null;
  if (hour === undefined) return { instant: null, date, offsetMinutes: null };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59 || offset === undefined) return null;
  const offsetMinutes = offset === 'Z' ? 0 : offsetMinutesOf(offset);
  if (offsetMinutes === null) return null;
  const instant = new Date(text.trim().replace(' ', 'T'));
  return Number.isNaN(instant.getTime()) ? null : { instant, date, offsetMinutes };
}

function offsetMinutesOf(offset: string): number | null {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  if (!sign || Number(hours) > 14 || Number(minutes) > 59) return null;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The IANA zone that is exactly a stated offset: UTC, or Etc/GMT∓h for whole hours (POSIX
 * signs: Etc/GMT-1 is UTC+1). Null for other offsets, which no zone name states exactly.
 */
export function zoneOfOffset(offsetMinutes: number): string | null {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0) return null;
  const hours = offsetMinutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** The zone as the runtime spells it, or null when it does not know it. */
export function knownZone(zone: string): string | null {
  if (!/^[A-Za-z]/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Midnight at the end of `date` (YYYY-MM-DD) in `zone`, as offers close "on" a date. */
export function endOfDayIn(date: string, zone: string): Date {
  const nextDayAsUtc = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  // the zone's offset at the guess may differ from the one at the answer across a DST change: one more step settles it
  const guess = nextDayAsUtc - offsetAt(zone, new Date(nextDayAsUtc));
  return new Date(nextDayAsUtc - offsetAt(zone, new Date(guess)));
}

function offsetAt(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClockAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** sha256 of a JSON value with its keys sorted: the same record gives the same hash however its keys are ordered. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A JSON object (not an array, not null), or null. */
export function objectOrNull(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A non-empty trimmed string, or null. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
