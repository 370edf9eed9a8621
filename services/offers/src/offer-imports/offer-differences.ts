import type { Offer } from '../offers/offer.entity';
import type { CreateOfferInput, UpdateOfferInput } from '../offers/offer-input';
import type { StoredLists } from '../offers/offer-lists';

/*
 * What an imported record would change in the offer it matched: the update that makes the
 * offer say what the record says, or null when it says it already. The record is the whole
 * posting as its source states it: a fact it leaves out is cleared and a list replaced
 * whole, except the posting date (kept when the record gives none) and the status (an
 * import publishes a draft when the record is OPEN, and never takes an offer back to draft
 * nor reopens one somebody closed).
 */

const COLUMNS = [
  'title',
  'reference',
  'organisationId',
  'organisationName',
  'contractType',
  'contractLabel',
  'grade',
  'durationMonths',
  'minExperienceYears',
  'education',
  'eligibility',
  'applyUrl',
  'sourceUrl',
  'sourceLanguage',
] as const satisfies readonly (keyof UpdateOfferInput & keyof Offer)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const time = (instant: Date | null | undefined) => instant?.getTime() ?? null;

export function offerChanges(current: Offer, lists: StoredLists, record: CreateOfferInput): UpdateOfferInput | null {
  const changes: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const wanted = record[column] ?? null;
    if (wanted !== current[column]) changes[column] = wanted;
  }
  const positions = record.positions ?? 1;
  if (positions !== current.positions) changes.positions = positions;

  const sections = record.descriptionSections.map(({ heading, body }) => ({ heading: heading ?? null, body }));
  if (!same(sections, current.descriptionSections)) changes.descriptionSections = sections;

  // the stored countries are the duty stations' and the others the posting names, once each
  const dutyStations = (record.dutyStations ?? []).map(({ city, countryCode }) => ({ city, countryCode }));
  const countryCodes = record.countryCodes ?? [];
  const countries = [...new Set([...dutyStations.map((station) => station.countryCode), ...countryCodes])];
  if (!same(dutyStations, lists.dutyStations) || !same(countries, lists.countryCodes))
    Object.assign(changes, { dutyStations, countryCodes });
  const languages = (record.languages ?? []).map(({ code, required }) => ({ code, required }));
  if (!same(languages, lists.languages)) changes.languages = languages;
  if (!same(record.themes ?? [], lists.themes)) changes.themes = record.themes ?? [];
  if (!same(record.programmeIds ?? [], lists.programmeIds)) changes.programmeIds = record.programmeIds ?? [];

  // the deadline, its zone and its words go together (a new deadline without words would drop them)
  const deadline = {
    deadline: record.deadline ?? null,
    deadlineTimeZone: record.deadlineTimeZone ?? null,
    deadlineStated: record.deadlineStated ?? null,
  };
  if (
    time(deadline.deadline) !== time(current.deadline) ||
    deadline.deadlineTimeZone !== current.deadlineTimeZone ||
    deadline.deadlineStated !== current.deadlineStated
  ) {
    Object.assign(changes, deadline);
  }
  if (record.postedAt && time(record.postedAt) !== time(current.postedAt)) changes.postedAt = record.postedAt;
  if (current.state === 'DRAFT' && record.status === 'OPEN') changes.status = 'OPEN';

  return Object.keys(changes).length ? changes : null;
}
