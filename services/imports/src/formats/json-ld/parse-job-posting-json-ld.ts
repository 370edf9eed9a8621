import countries from 'i18n-iso-countries';
import type { ContractType, ImportPlan, PlannedOffer, PlannedOfferFields, PlannedOrganisation, RefusedRecord } from '../../plan';
import { UnreadableDocument } from '../../plan';
import { sectionsOfHtml } from './description-html';
import {
  contentHash,
  endOfDayIn,
  FieldRefusal,
  knownZone,
  objectOrNull,
  readDateTime,
  textOrNull,
  zoneOfOffset,
  type FeedParseContext,
} from './source-values';

/*
 * schema.org JobPosting JSON-LD (one posting, an array, or an @graph) as an import plan: the
 * inverse of the `jsonLd` an offer gives (services/offers/src/offers/offer-json-ld.ts), and
 * the postings career sites embed for search engines. What schema.org has no property for
 * comes from the `passerelle:` PropertyValues of `additionalProperty` when the posting has them.
 */

/** The `propertyID` prefix of the offer emitter's additional properties. */
const PREFIX = 'passerelle:';

const CONTRACT_TYPES: readonly ContractType[] = [
  'STAFF',
  'CONSULTANCY',
  'JPO',
  'INDIVIDUAL_CONTRACTOR',
  'INTERNSHIP',
  'VOLUNTEER',
  'OTHER',
  'UNSPECIFIED',
];

/**
 * schema.org/Google employment types, as contract types where one names one: the others say
 * how much one works, not under which contract, so the contract stays UNSPECIFIED.
 */
const CONTRACTS_OF_EMPLOYMENT_TYPES: Record<string, ContractType> = {
  FULL_TIME: 'UNSPECIFIED',
  PART_TIME: 'UNSPECIFIED',
  CONTRACTOR: 'UNSPECIFIED',
  TEMPORARY: 'UNSPECIFIED',
  PER_DIEM: 'UNSPECIFIED',
  INTERN: 'INTERNSHIP',
  VOLUNTEER: 'VOLUNTEER',
  OTHER: 'OTHER',
};

type JsonObject = Record<string, unknown>;

export function parseJobPostingJsonLd(content: string, context: FeedParseContext = {}): ImportPlan {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw new UnreadableDocument(`not JSON: ${(error as Error).message}`);
  }
  const now = context.now ?? new Date();
  const plan: ImportPlan = { format: 'JOB_POSTING_JSON_LD', organisations: [], offers: [], programmes: [], refused: [] };
  const { nodes, inGraph } = nodesOf(document);
  const byId = new Map(nodes.flatMap(({ node }) => (node && typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  for (const { node, path } of nodes) {
    // an @graph holds other nodes too (the Organization a posting points at); a list of postings, only postings
    if (inGraph && node && !isJobPosting(node)) continue;
    try {
      if (!node) throw new FieldRefusal(path, 'must be a JSON-LD object');
      if (!isJobPosting(node)) throw new FieldRefusal(at(path, '@type'), 'must be a schema.org JobPosting');
      const { offer, organisation } = plannedOffer(node, path, byId, now);
      if (plan.offers.some((planned) => planned.key === offer.key)) throw new FieldRefusal(at(path, 'url'), `repeats ${offer.key}`);
      plan.offers.push(offer);
      if (!plan.organisations.some((planned) => planned.key === organisation.key)) plan.organisations.push(organisation);
    } catch (error) {
      if (!(error instanceof FieldRefusal)) throw error;
      plan.refused.push(refusal(error, path));
    }
  }
  if (!plan.offers.length && !plan.refused.length) throw new UnreadableDocument('holds no schema.org JobPosting', '@type');
  return plan;
}

/** The document's nodes with where each is: `` for one posting, `[2]`, `@graph[2]`; null for an item that is no object. */
function nodesOf(document: unknown): { nodes: { node: JsonObject | null; path: string }[]; inGraph: boolean } {
  const list = (items: unknown[], prefix: string) =>
    items.map((item, index) => ({ node: objectOrNull(item), path: `${prefix}[${index}]` }));
  if (Array.isArray(document)) return { nodes: list(document, ''), inGraph: false };
  const object = objectOrNull(document);
  if (!object) throw new UnreadableDocument('must be a JSON-LD object, an array of them, or an @graph');
  if (Array.isArray(object['@graph'])) return { nodes: list(object['@graph'], '@graph'), inGraph: true };
  if (!isJobPosting(object)) throw new UnreadableDocument('must be a schema.org JobPosting', '@type');
  return { nodes: [{ node: object, path: '' }], inGraph: false };
}

function isJobPosting(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && /^(?:(?:https?:\/\/schema\.org\/)|schema:)?JobPosting$/.test(type));
}

function at(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}

function refusal(error: FieldRefusal, path: string): RefusedRecord {
  return { type: 'OFFER', key: path || 'JobPosting', reason: error.message, field: error.field };
}

function plannedOffer(
  node: JsonObject,
  path: string,
  byId: Map<string, JsonObject>,
  now: Date,
): { offer: PlannedOffer; organisation: PlannedOrganisation } {
  const field = (name: string) => at(path, name);
  const title = textOrNull(node.title) ?? textOrNull(node.name);
  if (!title) throw new FieldRefusal(field('title'), 'a posting needs a title');
  const organisationName = organisationNameOf(node.hiringOrganization, byId, field('hiringOrganization'));
  const descriptionHtml = typeof node.description === 'string' ? node.description : '';
  const descriptionSections = sectionsOfHtml(descriptionHtml);
  if (!descriptionSections.length) throw new FieldRefusal(field('description'), 'a posting needs a description');
  const properties = offerProperties(node.additionalProperty, field('additionalProperty'));
  const identifier = identifierOf(node.identifier);
  const url = httpUrlOrRefuse(node.url, field('url'));
  const sourceId = url ?? identifier?.value;
  if (!sourceId) throw new FieldRefusal(field('url'), 'names neither its url nor an identifier: nothing recognises it on a later import');
  const missingFields: string[] = [];
  const { deadline, deadlineTimeZone } = deadlineOf(node.validThrough, properties.deadlineTimeZone, field('validThrough'));
  const posted = postedAtOf(node.datePosted, field('datePosted'));
  if (posted === 'date only') missingFields.push('postedAt');
  if (deadline && deadline.getTime() <= now.getTime()) {
    throw new FieldRefusal(
      field('validThrough'),
      `closed on ${deadline.toISOString()}: only postings still open are imported (an offer opened now would be closed at once)`,
    );
  }
  const places = placesOf(node.jobLocation, field('jobLocation'));
  const experience = experienceYearsOf(node.experienceRequirements, field('experienceRequirements'));
  if (experience === 'not in years') missingFields.push('minExperienceYears');
  const applyUrl = applyTargetOf(node.potentialAction, field('potentialAction')) ?? (node.directApply === true && url ? url : undefined);
  const fields: PlannedOfferFields = {
    title,
    reference: identifier && !identifier.ours ? identifier.value : undefined,
    organisationName,
    programmeIds: properties.programmeIds ?? [],
    positions: positionsOf(node.totalJobOpenings, field('totalJobOpenings')),
    dutyStations: places.dutyStations,
    countryCodes: places.countryCodes,
    contractType: properties.contractType ?? contractOfEmploymentType(node.employmentType, field('employmentType')),
    contractLabel: properties.contractLabel,
    grade: properties.grade,
    durationMonths: properties.durationMonths,
    themes: properties.themes ?? [],
    languages: properties.languages ?? [],
    minExperienceYears: typeof experience === 'number' ? experience : undefined,
    education: educationOf(node.educationRequirements),
    eligibility: textOrNull(node.eligibilityToWorkRequirement) ?? undefined,
    descriptionSections,
    postedAt: posted instanceof Date ? posted.toISOString() : undefined,
    deadline: deadline?.toISOString(),
    deadlineTimeZone,
    deadlineTimeZoneAssumed: deadline ? (properties.deadlineTimeZoneAssumed ?? false) : undefined,
    deadlineStated: deadline ? properties.deadlineStated : undefined,
    applyUrl,
    sourceUrl: url,
    sourceLanguage: properties.sourceLanguage,
    status: 'OPEN',
  };
  const organisation: PlannedOrganisation = {
    key: `name:${organisationName}`,
    identifiers: [],
    name: organisationName,
    createIfMissing: false,
  };
  const modified = typeof node.dateModified === 'string' ? readDateTime(node.dateModified) : null;
  if (node.dateModified !== undefined && !modified?.instant) {
    throw new FieldRefusal(field('dateModified'), 'must be a date and time with its offset, e.g. 2024-05-02T10:00:00Z');
  }
  const offer: PlannedOffer = {
    key: `web:${sourceId}`,
    source: { system: 'WEB', id: sourceId, version: modified?.instant?.toISOString() ?? contentHash(node), url: url ?? null },
    organisationKey: organisation.key,
    offer: withoutUndefined(fields),
    missingFields,
  };
  return { offer, organisation };
}

function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function organisationNameOf(value: unknown, byId: Map<string, JsonObject>, field: string): string {
  const given = typeof value === 'string' ? value : objectOrNull(value);
  const node = typeof given === 'object' && given && typeof given['@id'] === 'string' && !given.name ? byId.get(given['@id']) : given;
  const name = typeof node === 'string' ? textOrNull(node) : textOrNull(node?.name);
  if (!name) throw new FieldRefusal(field, 'a posting needs its hiring organisation’s name');
  return name;
}

function identifierOf(value: unknown): { value: string; ours: boolean } | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string' || typeof first === 'number') return { value: String(first), ours: false };
  const object = objectOrNull(first);
  const text = object && (typeof object.value === 'string' || typeof object.value === 'number') ? String(object.value) : null;
  return text ? { value: text, ours: object?.propertyID === `${PREFIX}offer` } : null;
}

function httpUrlOrRefuse(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value)) throw new FieldRefusal(field, 'must be an http(s) URL');
  return value;
}

function applyTargetOf(value: unknown, field: string): string | undefined {
  const actions = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const [index, item] of actions.entries()) {
    const action = objectOrNull(item);
    if (action?.['@type'] !== 'ApplyAction') continue;
    const target = objectOrNull(action.target)?.urlTemplate ?? action.target;
    return httpUrlOrRefuse(target, `${field}${Array.isArray(value) ? `[${index}]` : ''}.target`);
  }
  return undefined;
}

/** The deadline instant and the zone it was stated in: the posting's own zone, else the one its offset is exactly. */
function deadlineOf(value: unknown, statedZone: string | undefined, field: string): { deadline?: Date; deadlineTimeZone?: string } {
  if (value === undefined || value === null) return {};
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated) throw new FieldRefusal(field, 'must be a date that exists, or a date and time with its offset (ISO 8601)');
  if (!stated.instant) {
    if (!statedZone) throw new FieldRefusal(field, 'states a day but no time zone: when applications close cannot be told');
    return { deadline: endOfDayIn(stated.date, statedZone), deadlineTimeZone: statedZone };
  }
  const zone = statedZone ?? zoneOfOffset(stated.offsetMinutes!);
  if (!zone) throw new FieldRefusal(field, 'its offset is no time zone’s: give a whole-hour offset or Z');
  return { deadline: stated.instant, deadlineTimeZone: zone };
}

function postedAtOf(value: unknown, field: string): Date | 'date only' | undefined {
  if (value === undefined || value === null) return undefined;
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated) throw new FieldRefusal(field, 'must be a date that exists, or a date and time with its offset (ISO 8601)');
  // a day alone is not an instant: the editor says when, rather than the importer guessing an hour
  return stated.instant ?? 'date only';
}

function placesOf(value: unknown, field: string): { dutyStations: { city: string; countryCode: string }[]; countryCodes: string[] } {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const dutyStations: { city: string; countryCode: string }[] = [];
  const countryCodes: string[] = [];
  items.forEach((item, index) => {
    const itemField = Array.isArray(value) ? `${field}[${index}]` : field;
    const address = objectOrNull(objectOrNull(item)?.address);
    if (!address) throw new FieldRefusal(`${itemField}.address`, 'a job location needs a PostalAddress');
    const countryCode = countryCodeOf(address.addressCountry, `${itemField}.address.addressCountry`);
    const city = textOrNull(address.addressLocality);
    if (city) dutyStations.push({ city, countryCode });
    else if (!countryCodes.includes(countryCode)) countryCodes.push(countryCode);
  });
  return { dutyStations, countryCodes };
}

/** ISO 3166-1 alpha-2 (or alpha-3), as a string or a Country's name. */
function countryCodeOf(value: unknown, field: string): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : textOrNull(objectOrNull(value)?.name)?.toUpperCase();
  const alpha2 = code?.length === 3 ? countries.alpha3ToAlpha2(code) : code;
  if (!alpha2 || !countries.isValid(alpha2)) throw new FieldRefusal(field, 'must be an ISO 3166-1 country code, e.g. CD');
  return alpha2;
}

function positionsOf(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new FieldRefusal(field, 'must be a whole number, at least 1');
  return value;
}

function contractOfEmploymentType(value: unknown, field: string): ContractType {
  const types = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const contracts = new Set(
    types.map((type, index) => {
      const contract = typeof type === 'string' ? CONTRACTS_OF_EMPLOYMENT_TYPES[type.toUpperCase()] : undefined;
      if (!contract) {
        throw new FieldRefusal(Array.isArray(value) ? `${field}[${index}]` : field, `unknown employment type ${JSON.stringify(type)}`);
      }
      return contract;
    }),
  );
  // several that disagree name no one contract
  return contracts.size === 1 ? [...contracts][0]! : 'UNSPECIFIED';
}

/** Whole years from schema.org's months of experience: 18 months is at least 1 year, never 2. */
function experienceYearsOf(value: unknown, field: string): number | 'not in years' | undefined {
  if (value === undefined || value === null) return undefined;
  const requirements = objectOrNull(value);
  if (!requirements || requirements.monthsOfExperience === undefined) return 'not in years';
  const months = requirements.monthsOfExperience;
  if (typeof months !== 'number' || !(months >= 0)) throw new FieldRefusal(`${field}.monthsOfExperience`, 'must be a number, at least 0');
  return Math.floor(months / 12);
}

function educationOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return textOrNull(first) ?? textOrNull(objectOrNull(first)?.credentialCategory) ?? undefined;
}

interface OfferProperties {
  contractType?: ContractType;
  contractLabel?: string;
  grade?: string;
  durationMonths?: number;
  languages?: { code: string; required: boolean }[];
  themes?: string[];
  programmeIds?: string[];
  deadlineTimeZone?: string;
  deadlineTimeZoneAssumed?: boolean;
  deadlineStated?: string;
  sourceLanguage?: string;
}

/** The `passerelle:` PropertyValues; others are someone else's and left alone. */
function offerProperties(value: unknown, field: string): OfferProperties {
  const properties: OfferProperties = {};
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  items.forEach((item, index) => {
    const property = objectOrNull(item);
    const id = typeof property?.propertyID === 'string' ? property.propertyID : '';
    if (!property || !id.startsWith(PREFIX)) return;
    const valueField = `${field}${Array.isArray(value) ? `[${index}]` : ''}.value`;
    const text = () => {
      const given = textOrNull(property.value);
      if (!given) throw new FieldRefusal(valueField, `${id} must be a text`);
      return given;
    };
    const name = id.slice(PREFIX.length);
    switch (name) {
      case 'contractType': {
        const contract = text() as ContractType;
        if (!CONTRACT_TYPES.includes(contract)) throw new FieldRefusal(valueField, `unknown contract type ${JSON.stringify(contract)}`);
        properties.contractType = contract;
        break;
      }
      case 'contractLabel':
      case 'grade':
      case 'deadlineStated':
      case 'sourceLanguage':
        properties[name] = text();
        break;
      case 'durationMonths':
        if (typeof property.value !== 'number' || !Number.isInteger(property.value) || property.value < 1) {
          throw new FieldRefusal(valueField, 'must be a whole number of months, at least 1');
        }
        properties.durationMonths = property.value;
        break;
      case 'languageRequired':
      case 'languageAsset':
        (properties.languages ??= []).push({ code: text(), required: name === 'languageRequired' });
        break;
      case 'theme':
        (properties.themes ??= []).push(text());
        break;
      case 'programme':
        (properties.programmeIds ??= []).push(text());
        break;
      case 'deadlineTimeZone': {
        const zone = knownZone(text());
        if (!zone) throw new FieldRefusal(valueField, 'must be an IANA time zone such as "Africa/Kinshasa"');
        properties.deadlineTimeZone = zone;
        break;
      }
      case 'deadlineTimeZoneAssumed':
        if (typeof property.value !== 'boolean') throw new FieldRefusal(valueField, 'must be true or false');
        properties.deadlineTimeZoneAssumed = property.value;
        break;
      default:
      // a property of a later emitter: left alone, as schema.org readers leave what they do not know
    }
  });
  return properties;
}
