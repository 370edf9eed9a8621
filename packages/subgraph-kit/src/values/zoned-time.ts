/**
 * Deadlines are stated as a local date (and sometimes a time) in some zone; they are
 * stored as the UTC instant they name. Intl knows the IANA zones and their history
 * (Haiti kept daylight saving time in 2017, for instance), so no zone data is bundled.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How far `zone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
export function utcOffsetAt(zone: string, instant: Date): number {
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

/** The instant at which clocks in `zone` show the given wall-clock time ("2017-06-15T18:00"). */
export function instantOfLocalTime(localDateTime: string, zone: string): Date {
  const wallClock = Date.parse(`${localDateTime}Z`);
  if (Number.isNaN(wallClock)) throw new RangeError(`not a local date and time: ${localDateTime}`);
  // The offset at the guess may differ from the offset at the answer across a DST change; one more step settles it.
  const guess = wallClock - utcOffsetAt(zone, new Date(wallClock));
  return new Date(wallClock - utcOffsetAt(zone, new Date(guess)));
}

/**
 * Midnight at the end of `date` (YYYY-MM-DD) in `zone`: when an offer that closes "on"
 * that date stops taking applications.
 */
export function endOfDay(date: string, zone: string): Date {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const nextDay = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return instantOfLocalTime(nextDay.toISOString().slice(0, 16), zone);
}
