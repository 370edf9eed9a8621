import { foldForComparison } from './text';

/*
 * Dates as postings write them ("November 28, 2020", "18 December 2015", "06 octobre 2023",
 * "1er mars 2024", "2017-06-15") and the zones they state ("EST", "heure de Copenhague",
 * "New York time", "GMT+3"), read into an instant with Intl's zone data.
 */

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'fevrier', 'fev', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const MONTH_WORD = '([A-Za-zÀ-ÿ]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const ISO_DATE = new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH_WORD}\\s+${YEAR}\\b`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}\\b`, 'g');

export interface StatedDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The words as written. */
  written: string;
  /** Where the words end in the text searched. */
  end: number;
}

/** Thrown for a date a posting writes that no calendar has (30 February). */
export class ImpossibleDate extends Error {}

function calendarDate(year: number, month: number, day: number, written: string): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ImpossibleDate(`"${written}" is not a date that exists`);
  }
  return date.toISOString().slice(0, 10);
}

/** The first date written in `text`, in any of the forms above; undefined when there is none. */
export function firstDateIn(text: string): StatedDate | undefined {
  const candidates: StatedDate[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) candidates.push(dateOf(iso, Number(iso[1]), Number(iso[2]), Number(iso[3])));
  // "8 ans 2020" has the shape of a date but no month: look on to the first one that has
  const dayFirst = [...text.matchAll(DAY_MONTH_YEAR)].find((match) => MONTHS[foldForComparison(match[2] ?? '')]);
  if (dayFirst) candidates.push(dateOf(dayFirst, Number(dayFirst[3]), monthOf(dayFirst[2]), Number(dayFirst[1])));
  const monthFirst = [...text.matchAll(MONTH_DAY_YEAR)].find((match) => MONTHS[foldForComparison(match[1] ?? '')]);
  if (monthFirst) candidates.push(dateOf(monthFirst, Number(monthFirst[3]), monthOf(monthFirst[1]), Number(monthFirst[2])));
  return candidates.sort((a, b) => a.end - b.end)[0];
}

function monthOf(word: string | undefined): number {
  return MONTHS[foldForComparison(word ?? '')] ?? 0;
}

function dateOf(match: RegExpMatchArray, year: number, month: number, day: number): StatedDate {
  return { date: calendarDate(year, month, day, match[0]), written: match[0], end: (match.index ?? 0) + match[0].length };
}

/*
 * Zones. Abbreviations name the zone whose clocks they describe (postings write "EST" for New
 * York's clock whatever the season, as UN Women's does); cities name IANA zones by their city.
 */
const ABBREVIATIONS: Record<string, string> = {
  est: 'America/New_York',
  edt: 'America/New_York',
  'eastern time': 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  gmt: 'UTC',
  utc: 'UTC',
  cet: 'CET',
  cest: 'CET',
  'central european time': 'CET',
  "heure d'europe centrale": 'CET',
  eat: 'Africa/Nairobi',
  'east africa time': 'Africa/Nairobi',
  wat: 'Africa/Lagos',
  cat: 'Africa/Maputo',
  bst: 'Europe/London',
};

/** Cities postings name in French or English whose IANA zone goes by another city or spelling. */
const CITY_ZONES: Record<string, string> = {
  copenhague: 'Europe/Copenhagen',
  geneve: 'Europe/Zurich',
  geneva: 'Europe/Zurich',
  bruxelles: 'Europe/Brussels',
  londres: 'Europe/London',
  vienne: 'Europe/Vienna',
  'le caire': 'Africa/Cairo',
  beyrouth: 'Asia/Beirut',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  'washington, dc': 'America/New_York',
};

let zonesByCity: Map<string, string> | undefined;

function zoneOfCity(city: string): string | undefined {
  if (!zonesByCity) {
    zonesByCity = new Map(Object.entries(CITY_ZONES));
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.split('/').at(-1) ?? '';
      zonesByCity.set(foldForComparison(city.replace(/_/g, ' ')), zone);
    }
  }
  return zonesByCity.get(foldForComparison(city));
}

export interface StatedZone {
  zone: string;
  index: number;
}

const CITY_WORDS = "([A-ZÀ-Þ][\\p{L}'-]+(?:[ -][A-ZÀ-Þ][\\p{L}'-]+)?)";
const ZONE_PATTERNS: { pattern: RegExp; zoneOf: (match: RegExpExecArray) => string | undefined }[] = [
  { pattern: new RegExp(`\\bheure (?:de |d'|d’)${CITY_WORDS}`, 'u'), zoneOf: (match) => zoneOfCity(match[1] ?? '') },
  { pattern: new RegExp(`\\b${CITY_WORDS} (?:local )?time\\b`, 'u'), zoneOf: (match) => zoneOfCity(match[1] ?? '') },
  { pattern: /\b(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::00)?\b/, zoneOf: (match) => etcZone(match[1] ?? '+', Number(match[2])) },
  {
    // upper case only: "et" is French for "and"
    pattern:
      /\b(EST|EDT|CST|CDT|PST|PDT|GMT|UTC|CET|CEST|EAT|WAT|CAT|BST|Eastern Time|Central European Time|East Africa Time|heure d['’]Europe centrale)\b/,
    zoneOf: (match) => ABBREVIATIONS[foldForComparison(match[1] ?? '')],
  },
];

function etcZone(sign: string, hours: number): string | undefined {
  if (hours === 0) return 'UTC';
  if (hours > 14) return undefined;
  // IANA's Etc zones count the other way: GMT+3 is Etc/GMT-3
  return `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`;
}

/** The first zone `text` states, of those Intl knows. */
export function firstZoneIn(text: string): StatedZone | undefined {
  const found: StatedZone[] = [];
  for (const { pattern, zoneOf } of ZONE_PATTERNS) {
    const match = pattern.exec(text);
    const zone = match && zoneOf(match);
    if (match && zone) found.push({ zone, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index)[0];
}

/** A time of day stated with the deadline: midnight (the end of the day) or hh:mm, 11 pm, 23h59. */
export function timeOfDayIn(text: string): string | undefined {
  if (/\b(minuit|midnight)\b/i.test(text)) return '24:00';
  const withoutDates = text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+\d{4}\b/gu, '');
  const match = [...withoutDates.matchAll(/\b(\d{1,2})(?:[:h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=[\s,)(]|$)/gi)].find(
    (found) => found[2] ?? found[3],
  );
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const meridiem = (match[3] ?? '').toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 24 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(zone: string, instant: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-−])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '+' ? 1 : -1;
  return sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

/** The instant clocks in `zone` show `time` (hh:mm; 24:00 is the end of the day) on `date`. */
export function instantInZone(date: string, time: string, zone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const wallClock = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
  // the offset at the first estimate may differ from the offset at the answer across a change of clocks
  const estimate = wallClock - offsetAt(zone, wallClock);
  return new Date(wallClock - offsetAt(zone, estimate)).toISOString();
}
