import { endOfDay } from '@passerelle/subgraph-kit';
import type { ContractType, ImportPlan, PlannedOffer, PlannedOfferFields, PlannedOrganisation } from '../../plan';
import {
  contentHash,
  FieldRefusal,
  objectOrNull,
  readDateTime,
  textOrNull,
  zoneOfOffset,
  type FeedParseContext,
} from '../json-ld/source-values';
import { sectionsOfHtml } from '../json-ld/description-html';
import { sectionsOfMarkdown } from './reliefweb-markdown';
import { alpha2OfCountry, itemsOf, organisationOfSource, recordsOf, slugOf, type ReliefWebRecord } from './reliefweb-records';

/*
 * ReliefWeb API (v1) jobs and sources as import plans. A job's organisation is its first
 * source (the publisher), matched by its ReliefWeb id and created if the graph lacks it.
 *
 * Closing dates: ReliefWeb states a day (date.closing is that day at 00:00 UTC) and no zone;
 * the offer closes at the end of that day in UTC, and says the zone is assumed. A job whose
 * closing day has passed is REFUSED (field `date.closing`), not imported as a draft: createOffer
 * opens only offers still to close, and a draft of a closed job would be a posting nobody can
 * publish, shown to editors as work to do. The offer imported while it was open stays, and
 * closes at its deadline.
 */

/** ReliefWeb's job types, as contract types. */
const CONTRACT_TYPES: Record<string, ContractType> = {
  job: 'STAFF',
  consultancy: 'CONSULTANCY',
  internship: 'INTERNSHIP',
  'volunteer opportunity': 'VOLUNTEER',
};

export function parseReliefWebJobs(content: string, context: FeedParseContext = {}): ImportPlan {
  const now = context.now ?? new Date();
  const plan: ImportPlan = { format: 'RELIEFWEB_JOBS', organisations: [], offers: [], programmes: [], refused: [] };
  const refuse = (path: string, field: string, reason: string) => plan.refused.push({ type: 'OFFER', key: path, reason, field });
  for (const record of recordsOf(content, refuse)) {
    try {
      const { offer, organisation } = plannedJob(record, now);
      if (plan.offers.some((planned) => planned.key === offer.key)) throw new FieldRefusal(`${record.path}.id`, `repeats job ${record.id}`);
      plan.offers.push(offer);
      if (!plan.organisations.some((planned) => planned.key === organisation.key)) plan.organisations.push(organisation);
    } catch (error) {
      if (!(error instanceof FieldRefusal)) throw error;
      refuse(`reliefweb-job:${record.id}`, error.field, error.message);
    }
  }
  return plan;
}

export function parseReliefWebSources(content: string): ImportPlan {
  const plan: ImportPlan = { format: 'RELIEFWEB_SOURCES', organisations: [], offers: [], programmes: [], refused: [] };
  const refuse = (path: string, field: string, reason: string) => plan.refused.push({ type: 'ORGANISATION', key: path, reason, field });
  for (const record of recordsOf(content, refuse)) {
    try {
      const organisation = organisationOfSource({ ...record.fields, id: record.fields.id ?? record.id }, `${record.path}.fields`);
      if (plan.organisations.some((planned) => planned.key === organisation.key)) {
        throw new FieldRefusal(`${record.path}.id`, `repeats source ${record.id}`);
      }
      plan.organisations.push(organisation);
    } catch (error) {
      if (!(error instanceof FieldRefusal)) throw error;
      refuse(`reliefweb:${record.id}`, error.field, error.message);
    }
  }
  return plan;
}

function plannedJob({ id, fields, path }: ReliefWebRecord, now: Date): { offer: PlannedOffer; organisation: PlannedOrganisation } {
  const field = (name: string) => `${path}.fields.${name}`;
  const title = textOrNull(fields.title);
  if (!title) throw new FieldRefusal(field('title'), 'a job needs a title');
  const source = itemsOf(fields.source)[0];
  if (!source) throw new FieldRefusal(field('source'), 'a job needs its source, the organisation that posts it');
  const organisation = organisationOfSource(source, field('source[0]'));
  const body = textOrNull(fields.body);
  // `body` is Markdown; a response asked for `body-html` only has that
  const bodyHtml = textOrNull(fields['body-html']);
  const descriptionSections = [
    ...(body ? sectionsOfMarkdown(body) : bodyHtml ? sectionsOfHtml(bodyHtml) : []),
    ...(textOrNull(fields.how_to_apply)
      ? [
          {
            heading: 'How to apply',
            body: sectionsOfMarkdown(fields.how_to_apply as string)
              .map(sectionText)
              .join('\n\n'),
          },
        ]
      : []),
  ];
  if (!(body ?? bodyHtml) || !descriptionSections.length) throw new FieldRefusal(field('body'), 'a job needs its body, the posting’s text');
  const dates = objectOrNull(fields.date) ?? {};
  const created = instantOf(dates.created, field('date.created'));
  const changed = instantOf(dates.changed, field('date.changed'));
  const closing = closingOf(dates.closing, field('date.closing'));
  if (closing && closing.deadline.getTime() <= now.getTime()) {
    throw new FieldRefusal(
      field('date.closing'),
      `closed on ${closing.stated}: only jobs still open are imported (an offer opened now would be closed at once)`,
    );
  }
  const missingFields: string[] = [];
  const countryCodes = [
    ...new Set(itemsOf(fields.country).flatMap((country, index) => alpha2OfCountry(country, field(`country[${index}]`)) ?? [])),
  ];
  const cities = itemsOf(fields.city).flatMap((city) => textOrNull(city.name) ?? []);
  // a city is placed only when the job names one country: with several, which city is where is not said
  const dutyStations = countryCodes.length === 1 ? cities.map((city) => ({ city, countryCode: countryCodes[0]! })) : [];
  if (cities.length && !dutyStations.length) missingFields.push('dutyStations');
  const themes = [...new Set([...itemsOf(fields.theme), ...itemsOf(fields.career_categories)].flatMap((item) => slugOrEmpty(item.name)))];
  const url = textOrNull(fields.url);
  const language = textOrNull(itemsOf(fields.language)[0]?.code)?.toLowerCase();
  const offer: PlannedOfferFields = {
    title,
    organisationName: organisation.name,
    dutyStations,
    countryCodes: dutyStations.length ? [] : countryCodes,
    contractType: contractTypeOf(fields.type, field('type')),
    themes: themes.slice(0, 20),
    languages: [],
    minExperienceYears: experienceOf(fields.experience, field('experience')),
    descriptionSections,
    postedAt: created?.toISOString(),
    ...(closing
      ? {
          deadline: closing.deadline.toISOString(),
          deadlineTimeZone: closing.zone,
          deadlineTimeZoneAssumed: closing.assumed,
          deadlineStated: closing.stated,
        }
      : {}),
    sourceUrl: url && /^https?:\/\//.test(url) ? url : undefined,
    sourceLanguage: language && /^[a-z]{2}$/.test(language) ? language : undefined,
    status: 'OPEN',
  };
  return {
    organisation,
    offer: {
      key: `reliefweb-job:${id}`,
      source: { system: 'RELIEFWEB', id, version: changed?.toISOString() ?? contentHash(fields), url: offer.sourceUrl ?? null },
      organisationKey: organisation.key,
      offer: Object.fromEntries(Object.entries(offer).filter(([, value]) => value !== undefined)) as PlannedOfferFields,
      missingFields,
    },
  };
}

function sectionText(section: { heading: string | null; body: string }): string {
  return section.heading ? `${section.heading}\n${section.body}` : section.body;
}

function slugOrEmpty(name: unknown): string[] {
  const text = textOrNull(name);
  const slug = text ? slugOf(text) : '';
  return slug ? [slug] : [];
}

function instantOf(value: unknown, field: string): Date | null {
  if (value === undefined || value === null) return null;
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated?.instant) throw new FieldRefusal(field, 'must be a date and time that exist, with their offset (ISO 8601)');
  return stated.instant;
}

/** The end of the closing day (see the top of this file), or the instant itself when ReliefWeb gives a time of day. */
function closingOf(value: unknown, field: string): { deadline: Date; zone: string; assumed: boolean; stated: string } | null {
  if (value === undefined || value === null) return null;
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated) throw new FieldRefusal(field, 'must be a date that exists (ISO 8601)');
  const midnight = !stated.instant || (stated.offsetMinutes === 0 && stated.instant.getTime() === Date.parse(`${stated.date}T00:00:00Z`));
  if (midnight) return { deadline: endOfDay(stated.date, 'UTC'), zone: 'UTC', assumed: true, stated: stated.date };
  const zone = zoneOfOffset(stated.offsetMinutes!);
  if (!zone) throw new FieldRefusal(field, 'its offset is no time zone’s: give a whole-hour offset or Z');
  return { deadline: stated.instant!, zone, assumed: false, stated: value as string };
}

function contractTypeOf(value: unknown, field: string): ContractType {
  const name = textOrNull(itemsOf(value)[0]?.name);
  if (!name) return 'UNSPECIFIED';
  const contract = CONTRACT_TYPES[name.toLowerCase()];
  if (!contract) throw new FieldRefusal(`${field}[0].name`, `unknown ReliefWeb job type ${JSON.stringify(name)}`);
  return contract;
}

/** ReliefWeb's experience bands ("0-2 years", "5-9 years", "10+ years") as their lower bound. */
function experienceOf(value: unknown, field: string): number | undefined {
  const name = textOrNull(itemsOf(value)[0]?.name);
  if (!name) return undefined;
  const years = /^(\d+)\s*(?:-\s*\d+|\+)\s*years?$/i.exec(name)?.[1];
  if (years === undefined) throw new FieldRefusal(`${field}[0].name`, `unknown ReliefWeb experience ${JSON.stringify(name)}`);
  return Number(years);
}
